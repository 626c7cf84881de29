/**
 * Answers on a 0–10 or 1–10 scale (a Net Promoter question: "How likely are you to recommend…", Delighted's and
 * Medallia's "score") are not 1–5 ratings. Read as ratings, the answers above 5 are rejected and the mean is taken
 * from the low answers alone: a confident wrong figure. A Net Promoter score (promoters 9–10 minus detractors 0–6)
 * cannot become a 1–5 mean either, so such a column is refused with the reason.
 */
import { formatCount } from '../format/format';
import { scalePoint } from './scale-points';
import { trimCell } from './values';

/**
 * Share of answers above 5, and different answers above 5, from which a column is taken for a 0–10 scale: a typo of 9
 * in a 1–5 survey is not one, nor a test file's 0 and 9.
 */
const ABOVE_FIVE = 0.2;
const DISTINCT_ABOVE_FIVE = 3;

export interface TenPointAnswers {
  /** Answers 6–10. */
  readonly above: number;
  readonly total: number;
  readonly min: number;
  readonly max: number;
}

/** Whole answers within 0–10, a fifth or more of them above 5, in three or more different answers; null otherwise. */
export function tenPointAnswers(values: readonly string[]): TenPointAnswers | null {
  const numbers: number[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    // SurveyMonkey labels the end points of its NPS question: "10 - Extremely likely", "0 - Not at all likely".
    const n = /^\d{1,2}$/.test(v) ? Number(v) : (scalePoint(v)?.point ?? NaN);
    if (Number.isNaN(n)) return null;
    if (n > 10) return null;
    numbers.push(n);
  }
  const above = numbers.filter((n) => n > 5).length;
  if (numbers.length === 0 || above / numbers.length < ABOVE_FIVE) return null;
  if (new Set(numbers.filter((n) => n > 5)).size < DISTINCT_ABOVE_FIVE) return null;
  return { above, total: numbers.length, min: Math.min(...numbers), max: Math.max(...numbers) };
}

/** Why a rating column on a 0–10 scale cannot be imported, or null when it is not one. */
export function tenPointBlock(header: string, rows: readonly (readonly string[])[], column: number): string | null {
  const values = rows.map((r) => trimCell(r[column]));
  const answers = tenPointAnswers(values);
  if (answers === null) return null;
  const examples = values.filter((v) => v !== '').slice(0, 3).join(', ');
  return (
    `“${header}” holds answers from ${answers.min} to ${answers.max} (${examples} …): a 0–10 scale, as a Net Promoter question asks, is not a ` +
    `1–5 rating. Read as one, its ${formatCount(answers.above)} answers above 5 would be rejected and the mean taken from the low answers alone. ` +
    'Import a 1–5 question, or record the figure (such as the Net Promoter Score) by hand.'
  );
}
