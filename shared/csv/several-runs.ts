/**
 * Test results of several models or prompts in one file. An evaluation tool compares providers side by side:
 * promptfoo's results, flattened one row per test and provider, repeat each test case once per provider (the doc's
 * own analysis groups them by `provider`); its table export puts each provider's "Status", "Score"… columns one
 * after the other (repeated headers, numbered "Status (2)" here). Imported as one file, accuracy would be one figure
 * over every provider's answers (a weak model's and a strong one's averaged), or the first provider's alone without
 * saying so. Neither is the accuracy of the assistant being piloted, so the wizard says so before importing. A list of
 * scores (one row per case and measure) mixes measures the same way.
 */
import { formatCount, formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { readField, resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

/** Headers that name what an evaluation compares: a provider, a model, a prompt or a variant. */
const RUN_HEADER = /provider|model|prompt|variant|experiment|config|target|system|llm|engine|deployment/i;

/**
 * Headers naming the measure of a row in a long score list (Langfuse's scores export: "name" correctness or
 * hallucination, "value" 1/0; LangSmith's feedback "key"): each case has one row per measure.
 */
const MEASURE_HEADER = /^(name|score ?name|metric|metric ?name|measure|evaluator|evaluator ?name|key|feedback ?key|criteri(on|a))$/i;

/** The values of `column` among rows, each once, in the order met. */
function valuesOf(rows: readonly SampledRow[], column: number): string[] {
  return [...new Set(rows.map((r) => r.cells[column] ?? ''))];
}

/**
 * A column that tells the runs apart: its values differ between the rows of one case, and under each value every
 * case appears at most once (a score or a cost differs too, but repeats within a value). Few values: a setting. Its
 * header names a provider, model or prompt: repeated runs of one set-up (a "run" 1, 2, 3) are trials of the same
 * assistant, rightly counted together.
 */
function runColumn(rows: readonly SampledRow[], caseColumn: number, skip: ReadonlySet<number>, headers: readonly string[], repeats: number): number | null {
  const candidates: number[] = [];
  for (let column = 0; column < headers.length; column++) {
    if (column === caseColumn || skip.has(column)) continue;
    const values = valuesOf(rows, column);
    // As many runs as a case has rows are possible: one case run by four models has four models in four rows.
    if (values.length < 2 || values.length > Math.max(2, rows.length / 2, repeats) || values.includes('')) continue;
    const pairs = new Set(rows.map((r) => `${r.cells[caseColumn]}\u0000${r.cells[column]}`));
    if (pairs.size === rows.length) candidates.push(column);
  }
  return candidates.find((c) => RUN_HEADER.test(headers[c]!) || MEASURE_HEADER.test(headers[c]!.trim())) ?? null;
}

function accuracyOf(rows: readonly SampledRow[]): string {
  const judged = rows.flatMap((r) => {
    const correct = (r.row as RowByKind['test_results']).correct;
    return correct === null ? [] : [correct];
  });
  if (judged.length === 0) return formatPlural(rows.length, 'case');
  const right = judged.filter(Boolean).length;
  return `${formatCount(right)} of ${formatCount(judged.length)} right`;
}

/** When a test-results file holds several providers' or prompts' results, what accuracy would mix; null otherwise. */
export function severalRunsWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'test_results') return null;
  const columns = resolveMapping(mapping, headers);
  const scope = sampleScope(complete);
  const side = sideBySide(mapping, headers);
  if (side !== null) return side;
  const caseColumn = columns.get('caseId');
  const rows = sampled.filter((s) => s.row !== null);
  if (caseColumn === undefined || rows.length < 2) return null;
  const cases = new Map<string, number>();
  for (const r of rows) cases.set(r.cells[caseColumn] ?? '', (cases.get(r.cells[caseColumn] ?? '') ?? 0) + 1);
  const repeated = [...cases.entries()].find(([, n]) => n > 1);
  if (repeated === undefined) return null;
  // Mapped measures differ between runs by nature; the group may be the very column that tells them apart.
  const skip = new Set([...columns.entries()].filter(([field]) => field !== 'group').map(([, column]) => column));
  const column = runColumn(rows, caseColumn, skip, headers, Math.max(...cases.values()));
  if (column === null) return null;
  const header = headers[column]!;
  const runs = valuesOf(rows, column);
  const each = runs
    .slice(0, 3)
    .map((v) => `“${v}” ${accuracyOf(rows.filter((r) => r.cells[column] === v))}`)
    .join(', ');
  // A list of scores mixes measures (a hallucination's 1 would count as a right answer); an evaluation, providers.
  const measures = MEASURE_HEADER.test(header.trim());
  return {
    code: 'several_runs',
    message:
      `Case “${repeated[0]}” appears ${repeated[1]} times in ${scope}, once for each “${header}” (${each}${runs.length > 3 ? ' …' : ''}): ` +
      `accuracy would be one figure over the results of ${runs.length === 2 ? 'both' : `all ${runs.length}`} together (${accuracyOf(rows)}). ` +
      (measures
        ? `Import the rows of one measure at a time (filter the file on “${header}”).`
        : `Import the results of the one being piloted alone (filter the file on “${header}”).`),
  };
}

/**
 * A header without the number of its set: "Status (2)" (repeated headers, numbered here) and "Status_V2", "status v1",
 * "Status-2" (a prompt's or a model's version written into the name) are all "Status".
 */
function runStem(header: string): string {
  return header.replace(/ \(\d+\)$|[ _-](v|version ?)?\d+$/i, '');
}

/**
 * A measure read from one of several columns of the same name ("Status", "Status (2)"): a table export with one set of
 * columns per provider. Only the chosen set counts, which the user should know before the figure is called accuracy.
 */
function sideBySide(mapping: ColumnMapping, headers: readonly string[]): PlausibilityWarning | null {
  for (const field of ['correct', 'actual', 'hallucination', 'latency']) {
    const header = readField(mapping, field);
    if (header === null) continue;
    const base = runStem(header);
    const twins = headers.filter((h) => h !== header && runStem(h) === base);
    if (twins.length === 0) continue;
    const sets = twins.length + 1;
    return {
      code: 'several_runs',
      message:
        `“${header}” is one of ${sets} columns named “${base}” (${[header, ...twins].map((h) => `“${h}”`).join(', ')}): the file holds ${sets} sets ` +
        `of results side by side, one per prompt or model, and only those under “${header}” would count. Check that it is the set of the ` +
        'assistant being piloted; each set can be imported on its own by choosing its columns.',
    };
  }
  return null;
}
