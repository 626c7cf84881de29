/**
 * A survey exported one row per answer (Salesforce Feedback Management's SurveyQuestionResponse: "Question.Name",
 * "NumberValue"), where one column holds the answers of every question. Imported as one rating, the mean would average
 * a satisfaction question with any other (an ease question, a second product's), so the wizard names the questions and
 * each one's mean before importing.
 */
import { formatCount, formatDecimal } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

/** Headers naming the question a row answers. */
const QUESTION_HEADER = /question|frage|pregunta|vraag|survey ?item|^item$|attribute/i;

function meanOf(rows: readonly SampledRow[]): string {
  const ratings = rows.map((r) => (r.row as RowByKind['satisfaction']).rating);
  return formatDecimal(ratings.reduce((a, b) => a + b, 0) / ratings.length);
}

/** When a satisfaction file's rows answer several questions, what the mean would mix; null otherwise. */
export function severalQuestionsWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'satisfaction') return null;
  const mapped = new Set(resolveMapping(mapping, headers).values());
  const rows = sampled.filter((s) => s.row !== null);
  if (rows.length < 2) return null;
  for (let column = 0; column < headers.length; column++) {
    if (mapped.has(column) || !QUESTION_HEADER.test(headers[column]!)) continue;
    const questions = [...new Set(rows.map((r) => (r.cells[column] ?? '').trim()))];
    // Each question answered more than once, or a column of free text (a question per row) is no list of questions.
    if (questions.length < 2 || questions.includes('') || questions.length * 2 > rows.length) continue;
    const each = questions
      .slice(0, 3)
      .map((q) => `“${q}” ${meanOf(rows.filter((r) => (r.cells[column] ?? '').trim() === q))}`)
      .join(', ');
    return {
      code: 'several_questions',
      message:
        `The rows of ${sampleScope(complete)} answer ${formatCount(questions.length)} questions, named in “${headers[column]}” (mean ${each}` +
        `${questions.length > 3 ? ' …' : ''}): the rating would be one mean over all of them (${meanOf(rows)}). ` +
        `Import the rows of the satisfaction question alone (filter the file on “${headers[column]}”).`,
    };
  }
  return null;
}
