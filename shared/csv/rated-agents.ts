/**
 * Ratings of the AI and of people in one satisfaction export. Support tools with an AI agent survey both: Intercom's
 * CSAT export says in "Agent rated type" whether "Fin AI Agent" or a "Teammate" was rated. The import reads no such
 * column, so satisfaction with the AI would be one mean over both (people's ratings are often the higher). The wizard
 * names the two before importing, with each one's mean.
 */
import { formatFixed, formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

/** A value naming an AI or automated agent ("Fin AI Agent", "Bot", "Chatbot", "Virtual agent", "Copilot"). */
const AI = /(^|[^a-z])(ai|bots?|chat ?bot|fin|virtual (agent|assistant)|assistant|copilot|automated|automation|llm|gpt)([^a-z]|$)/i;
/** A value naming a person who answered ("Teammate", "Human", "Agent", "Live agent", "Staff"). */
const PERSON = /(^|[^a-z])(teammate|human|agent|person|staff|operator|live|rep|representative|employee)([^a-z]|$)/i;

function mean(rows: readonly SampledRow[]): number {
  return rows.reduce((sum, r) => sum + (r.row as RowByKind['satisfaction']).rating, 0) / rows.length;
}

function share(value: string, rows: readonly SampledRow[]): string {
  return `${value} (${formatPlural(rows.length, 'rating')}, mean ${formatFixed(mean(rows), 2)})`;
}

/** When a satisfaction file's ratings are of an AI agent and of people alike, what the mean would mix; null otherwise. */
export function ratedAgentsWarning(kind: ImportKind, mapping: ColumnMapping, headers: readonly string[], sampled: readonly SampledRow[], complete: boolean): PlausibilityWarning | null {
  if (kind !== 'satisfaction') return null;
  const columns = resolveMapping(mapping, headers);
  const used = new Set([...columns.entries()].filter(([field]) => field !== 'group').map(([, column]) => column));
  const rows = sampled.filter((s) => s.row !== null);
  if (rows.length < 2) return null;
  for (let column = 0; column < headers.length; column++) {
    if (used.has(column)) continue;
    const values = [...new Set(rows.map((r) => (r.cells[column] ?? '').trim()))];
    if (values.length < 2 || values.length > 4 || values.includes('')) continue;
    const ai = values.filter((v) => AI.test(v));
    const people = values.filter((v) => !AI.test(v) && PERSON.test(v));
    if (ai.length === 0 || people.length === 0) continue;
    const of = (names: readonly string[]): SampledRow[] => rows.filter((r) => names.includes((r.cells[column] ?? '').trim()));
    const parts = [...ai, ...people].map((v) => share(`“${v}”`, of([v])));
    return {
      code: 'ratings_of_ai_and_people',
      message:
        `“${headers[column]}” says who was rated in ${sampleScope(complete)}: ${parts.join(', ')}. Imported as one, satisfaction would ` +
        `mix ratings of people with those of the AI (mean ${formatFixed(mean(rows), 2)} over ${formatPlural(rows.length, 'rating')}). ` +
        `Keep only the AI's rows in the file, or choose “${headers[column]}” as the group to see each apart.`,
    };
  }
  return null;
}
