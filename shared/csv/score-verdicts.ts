/**
 * A score chosen as a yes/no (DeepEval's "score_faithfulness", ragas' "answer_relevancy": 0.875, 0.944, 1.0). Its 1.0
 * and 0.0 read as yes and no, every score between is rejected: the cases that scored below full marks drop out, and
 * accuracy is read from the perfect ones only (3 of 3 right where one case of 4 scored 0.94). A verdict column is what
 * accuracy needs; the wizard says so before importing.
 */
import { formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';
import { parseDecimal, trimCell } from './values';

const FIELDS = [
  ['correct', 'right', 'accuracy'],
  ['hallucination', 'with a hallucination', 'the hallucination rate'],
] as const;

/** Warns when the correct or hallucination column holds scores between 0 and 1; null otherwise. */
export function scoreAsVerdictWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  decimalComma: boolean,
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'test_results') return null;
  const columns = resolveMapping(mapping, headers);
  for (const [field, yesWord, figure] of FIELDS) {
    const column = columns.get(field);
    if (column === undefined) continue;
    const between = sampled.filter((s) => {
      const value = parseDecimal(trimCell(s.cells[column]), decimalComma);
      return value > 0 && value < 1;
    });
    if (between.length === 0) continue;
    const judged = sampled.flatMap((s) => {
      const value = s.row === null ? null : (s.row as RowByKind['test_results'])[field];
      return value === null || value === undefined ? [] : [value];
    });
    const yes = judged.filter((v) => v).length;
    const example = trimCell(between[0]!.cells[column]);
    return {
      code: 'score_as_verdict',
      message:
        `“${headers[column]}” holds scores between 0 and 1 (${example}), not yes or no: ${formatPlural(between.length, 'row')} of ${sampleScope(complete)} ` +
        `with a score between would be rejected, and ${figure} read only from the cases scored exactly 1 or 0` +
        (judged.length > 0 ? ` (${yes} of ${judged.length} ${yesWord})` : '') +
        '. Choose a column that says pass or fail for each case, or record the figure by hand.',
    };
  }
  return null;
}
