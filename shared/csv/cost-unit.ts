/**
 * The unit of a cost column. Billing APIs differ: Anthropic's cost report gives `amount` in cents ("123.45" USD is
 * $1.23), Stripe too, while OpenAI's costs give whole dollars. A header that names no unit cannot tell them apart, and
 * cents read as dollars make every cost a hundred times too high: the app asks, never guesses.
 */
import type { CsvDetection } from './detect';
import { spacedHeader } from './header-words';
import type { ScaleAnswer } from './kind-questions';
import { trimCell } from './values';

export const costUnits = ['units', 'cents'] as const;
/** `units`: whole currency units (dollars, euros); `cents`: the currency's smallest unit, divided by 100 on import. */
export type CostUnit = (typeof costUnits)[number];

/** The unit a cost header names: "cost_cents", "amount (minor units)" → cents; "cost_usd", "Cost ($)", "Betrag EUR" → units. */
export function costUnitFromHeader(header: string): CostUnit | null {
  const words = spacedHeader(header);
  if (/(^|[^a-z])(cents?|pence|minor ?units?|lowest ?(currency )?units?|centimes?|céntimos?)([^a-z]|$)/i.test(words)) return 'cents';
  if (/[$€£¥]|(^|[^a-z])(usd|eur|gbp|chf|jpy|cad|aud|dollars?|euros?|pounds?|francs?)([^a-z]|$)/i.test(words)) return 'units';
  return null;
}

/** A column of ISO currency codes under a header naming the currency ("currency": USD on every row). */
function currencyColumn(detection: CsvDetection): number {
  return detection.headers.findIndex((h, c) => {
    if (!/currency|währung|devise|moneda/i.test(h)) return false;
    const values = detection.rows.map((r) => trimCell(r[c])).filter((v) => v !== '');
    return values.length > 0 && values.every((v) => /^[A-Za-z]{3}$/.test(v));
  });
}

/**
 * Anthropic's cost report (`/v1/organizations/cost_report`) flattened: `amount` and `currency` beside its own line-item
 * columns (`cost_type` tokens / web_search / code_execution, `token_type`). Its documentation: "Cost amount in lowest
 * currency units (e.g. cents) as a decimal string".
 */
function isAnthropicCostReport(detection: CsvDetection, costHeader: string): boolean {
  const has = (name: string): boolean => detection.headers.some((h) => h.trim().toLowerCase() === name);
  return /^(amount|list_amount)$/i.test(costHeader.trim()) && has('currency') && (has('cost_type') || has('token_type'));
}

/**
 * The unit of the mapped cost column: named by its header, or asked when the file gives amounts beside a currency
 * code (a billing export, where cents are common) and the header names no unit. A plain "cost" column with no
 * currency beside it is read in whole units, as before.
 */
export function costUnitOf(detection: CsvDetection, columns: ReadonlyMap<string, number>): ScaleAnswer<CostUnit> {
  const iCost = columns.get('cost');
  if (iCost === undefined) return { scale: null, question: null };
  const header = detection.headers[iCost]!;
  const named = costUnitFromHeader(header);
  if (named !== null) return { scale: named, question: null };
  const iCurrency = currencyColumn(detection);
  if (iCurrency < 0) return { scale: 'units', question: null };
  // OpenAI's costs (`/v1/organization/costs`) flattened: "amount.value" beside "amount.currency", whole dollars.
  if (/^amount\.value$/i.test(header.trim()) && /^amount\.currency$/i.test(detection.headers[iCurrency]!.trim())) return { scale: 'units', question: null };
  const examples = detection.rows.map((r) => trimCell(r[iCost])).filter((v) => v !== '').slice(0, 3);
  const currency = trimCell(detection.rows.find((r) => trimCell(r[iCurrency]) !== '')?.[iCurrency]).toUpperCase();
  const message = isAnthropicCostReport(detection, header)
    ? `"${header}" is laid out like Anthropic's cost report, whose amounts are in cents ("123.45" ${currency} is 1.23 ${currency}). ` +
      `Are the amounts in "${header}" (${examples.join(', ')}) in cents, or in whole ${currency}?`
    : `"${header}" (${examples.join(', ')}) names no unit, and the file gives its currency (${currency}) apart. Billing exports write ` +
      `amounts in cents (Anthropic, Stripe) or in whole units (OpenAI): read the wrong way, every cost is a hundred times off. ` +
      `Are the amounts in whole ${currency} or in cents?`;
  return {
    scale: null,
    question: { message, candidates: isAnthropicCostReport(detection, header) ? ['cents', 'units'] : ['units', 'cents'], examples },
  };
}
