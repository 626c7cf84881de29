/**
 * Turning one record of an operations file into a row: one request (no requests column, or 1), or an
 * hour's or day's figures. A sampled log's row (Application Insights' "ItemCount") stands for that many requests:
 * its requests, errors, escalations, thumbs and cost are multiplied by it, its latency weighs by it. A count larger than the row's requests cannot be true and rejects the row,
 * because an error rate over 100% would be a confident wrong number.
 */
import { formatDate } from '../format/format';
import type { OperationsRow } from './kinds';
import { CommonReader, Keeper, quote, reject, textCell, type RowBuilder, type RowContext, type RowNote, type RowOutcome, type Writable } from './row-common';
import { zeroLatencyNote } from './zero-latency-note';
import { isWhole, parseBoolean, parseDate, parseDecimal, parseSeconds } from './values';
import { errorsOfOutcome } from './yes-no-words';
import { valueCell } from './no-value';

const operationsRow = (): Writable<OperationsRow> => ({
  line: 0,
  date: null,
  week: null,
  stage: null,
  group: null,
  userId: '',
  requests: 1,
  errors: null,
  latencySeconds: null,
  cost: null,
  escalations: null,
  thumbsUp: null,
  thumbsDown: null,
});

/** What a tally cell holds: a number, null when empty, NaN when the row was rejected (`out` says why). */
function tally(raw: string, decimalComma: boolean, field: string, label: string, out: RowOutcome): number | null {
  if (raw === '') return null;
  const outcome = field === 'errors' ? errorsOfOutcome(raw) : null;
  if (outcome !== null) return outcome;
  const yes = parseBoolean(raw);
  // "yes"/"no" (or true/false) on a row per request: one or none.
  const value = yes !== null && !/^\d/.test(raw) ? (yes ? 1 : 0) : parseDecimal(raw, decimalComma);
  if (Number.isNaN(value)) reject(out, 'invalid_number', field, `${label} ${quote(raw)} is not a number or yes/no`);
  else if (value < 0) reject(out, 'negative_value', field, `${label} ${raw} is negative`);
  else if (!isWhole(value)) reject(out, 'invalid_number', field, `${label} ${raw} is not a whole number`);
  else return value;
  return NaN;
}

/** "$0.02", "0,02 €", "0.02 USD" → the number; plain numbers (most cells) skip the pattern. */
function withoutCurrency(raw: string): string {
  if (raw === '') return raw;
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  if (first >= 48 && first <= 57 && last >= 48 && last <= 57) return raw;
  return raw.replace(/^[$€£¥]\s*|\s*[$€£¥]$|\s*(USD|EUR|GBP|CHF)$/gi, '');
}

/** The note on a row of a sampled log: one object for every such row (a sampled log may have millions). */
const SAMPLED_NOTE: RowNote = { code: 'sampled_row', field: 'itemCount', message: () => 'This row stands for several requests (a sampled log)' };

/** The first `n` characters of two texts agree (compared in place: no string is cut per row). */
function samePrefix(a: string, b: string, n: number): boolean {
  if (a.length < n || b.length < n) return a === b;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Days from one ISO date to another. */
function daysFrom(start: string, end: string): number {
  const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  return day(end) - day(start);
}

/**
 * A line item whose period runs past a week (a monthly subscription on a cloud bill): its whole cost is counted in the week
 * it starts, which a week-by-week cost per interaction must not take for that week's spending alone.
 */
function spanNote(start: string, end: string, days: number): RowNote {
  return { code: 'cost_spans_weeks', field: 'periodEnd', message: () => `The cost of this row covers ${days} days (${formatDate(start)} to ${formatDate(end)}): all of it is counted in the week of ${formatDate(start)}` };
}

export function operationsBuilder(ctx: RowContext): RowBuilder<'operations'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const col = (id: string): number => ctx.columns.get(id) ?? -1;
  const iUser = col('userId');
  const iRequests = col('requests');
  const iErrors = col('errors');
  const iLatency = col('latency');
  const iCost = col('cost');
  const iEscalations = col('escalations');
  const iUp = col('thumbsUp');
  const iDown = col('thumbsDown');
  const iItems = col('itemCount');
  const iStart = col('date');
  const iEnd = col('periodEnd');
  const format = ctx.settings.dateFormat ?? 'iso';
  const decimalComma = ctx.settings.decimalComma;
  const unitMs = ctx.latencyUnit === 'milliseconds';
  const inCents = ctx.settings.costUnit === 'cents';
  const shared = ctx.reuseRow ? operationsRow() : null;
  // "null" (Grafana) is an empty cell: that figure not reported on this row, never a reason to reject the row.
  const cell = (cells: readonly string[], i: number): string => (i < 0 ? '' : valueCell(cells[i]));

  return (cells, line, out): OperationsRow | null => {
    if (!common.read(cells, out)) return null;
    let requests = 1;
    const rawRequests = cell(cells, iRequests);
    if (iRequests >= 0) {
      const r = rawRequests === '' ? NaN : parseDecimal(rawRequests, decimalComma);
      if (rawRequests === '') return (reject(out, 'missing_value', 'requests', 'Requests is empty'), null);
      if (Number.isNaN(r) || !isWhole(r)) return (reject(out, 'invalid_number', 'requests', `Requests ${quote(rawRequests)} is not a whole number`), null);
      if (r < 0) return (reject(out, 'negative_value', 'requests', `Requests ${rawRequests} is negative`), null);
      requests = r;
    }
    // An empty count is an unsampled row: it stands for itself.
    let items = 1;
    const rawItems = cell(cells, iItems);
    if (rawItems !== '') {
      items = parseDecimal(rawItems, decimalComma);
      if (Number.isNaN(items) || !isWhole(items) || items < 1) {
        return (reject(out, 'invalid_number', 'itemCount', `Requests per row ${quote(rawItems)} is not a whole number of at least 1`), null);
      }
    }
    const errors = tally(cell(cells, iErrors), decimalComma, 'errors', 'Errors', out);
    if (errors !== null && Number.isNaN(errors)) return null;
    const escalations = tally(cell(cells, iEscalations), decimalComma, 'escalations', 'Escalations', out);
    if (escalations !== null && Number.isNaN(escalations)) return null;
    const thumbsUp = tally(cell(cells, iUp), decimalComma, 'thumbsUp', 'Thumbs up', out);
    if (thumbsUp !== null && Number.isNaN(thumbsUp)) return null;
    const thumbsDown = tally(cell(cells, iDown), decimalComma, 'thumbsDown', 'Thumbs down', out);
    if (thumbsDown !== null && Number.isNaN(thumbsDown)) return null;
    const over = (errors ?? 0) > requests ? 'errors' : (escalations ?? 0) > requests ? 'escalations' : (thumbsUp ?? 0) + (thumbsDown ?? 0) > requests ? 'thumbsUp' : null;
    if (over !== null) {
      const what = over === 'errors' ? `${errors} errors` : over === 'escalations' ? `${escalations} escalations` : `${(thumbsUp ?? 0) + (thumbsDown ?? 0)} thumbs up and down`;
      // A request log's HTTP status (Helicone's "response_status": 200, 429, 500) is no count of errors: said so, it is
      // the reason the user can act on.
      const status = over === 'errors' && requests === 1 && errors !== null && errors >= 100 && errors <= 599;
      const message = status
        ? `${errors} looks like an HTTP status code, not a number of errors (the row is one request): choose a column of errors, or leave errors unmapped`
        : `${what} but only ${requests} ${requests === 1 ? 'request' : 'requests'} on this row`;
      reject(out, 'count_exceeds_requests', over, message);
      return null;
    }
    let latencySeconds: number | null = null;
    const rawLatency = cell(cells, iLatency);
    if (rawLatency !== '') {
      latencySeconds = parseSeconds(rawLatency, decimalComma, unitMs);
      if (Number.isNaN(latencySeconds)) return (reject(out, 'invalid_number', 'latency', `Latency ${quote(rawLatency)} is not a number`), null);
      if (latencySeconds < 0) return (reject(out, 'negative_value', 'latency', `Latency ${rawLatency} is negative`), null);
      if (latencySeconds === 0) {
        latencySeconds = null;
        out.note = zeroLatencyNote(rawLatency);
      }
    }
    let cost: number | null = null;
    const rawCost = withoutCurrency(cell(cells, iCost));
    if (rawCost !== '') {
      cost = parseDecimal(rawCost, decimalComma);
      if (Number.isNaN(cost)) return (reject(out, 'invalid_number', 'cost', `Cost ${quote(rawCost)} is not a number`), null);
      if (cost < 0) return (reject(out, 'negative_value', 'cost', `Cost ${rawCost} is negative`), null);
      if (inCents) cost /= 100;
    }
    // Only a cloud bill maps the end of its periods; most of its items end the day they start (the same first ten
    // characters), so a date is read only for the others.
    let spans: RowNote | null = null;
    if (iEnd >= 0 && cost !== null && cost > 0 && common.date !== null) {
      const rawEnd = cell(cells, iEnd);
      if (rawEnd !== '' && !samePrefix(rawEnd, cell(cells, iStart), 10)) {
        const end = parseDate(rawEnd, format);
        const days = end === null ? 0 : daysFrom(common.date, end);
        if (end !== null && days > 7) spans = spanNote(common.date, end, days);
      }
    }
    const row = shared ?? operationsRow();
    const times = (n: number | null): number | null => (n === null ? null : n * items);
    common.fill(row, line);
    row.userId = textCell(cells, iUser, keeper);
    row.requests = requests * items;
    row.errors = times(errors);
    row.latencySeconds = latencySeconds;
    row.cost = times(cost);
    row.escalations = times(escalations);
    row.thumbsUp = times(thumbsUp);
    row.thumbsDown = times(thumbsDown);
    // Counted on the import record, so the gates know the log is sampled (a 95% interval needs the rows, not the requests they stand for).
    // A zero latency's note stays beside it, so neither count reads low.
    if (items > 1) out.note = out.note === null ? SAMPLED_NOTE : { ...SAMPLED_NOTE, also: out.note };
    if (spans !== null) out.note = out.note === null ? spans : { ...spans, also: out.note };
    return row;
  };
}
