/**
 * Answers of a numbered scale whose points carry words: "5 - It's extremely important", "1 – Not at all",
 * "3 (Neutral)", "4: Agree". Survey tools export a multiple-choice question's option text as it was typed,
 * so a 1–5 question whose end points were given words arrives as "4", "2" and "5 - It's extremely important"
 * in one column. The number is the answer; the words only describe it.
 */
import { namesReversedScale } from './header-words';
import { readSeverity } from './severity-words';
import { isWhole, parseDecimal } from './values';

export interface ScalePoint {
  readonly point: number;
  readonly label: string;
}

/** A number of one or two digits, a separator, then words (at least one letter); "4.5" and "2)" are not labelled points. */
const SEPARATED = /^(\d{1,2})\s*(?:[-–—:=)]|\.(?!\d))\s*(.*\p{L}.*)$/u;
const BRACKETED = /^(\d{1,2})\s*\(\s*(.*\p{L}.*?)\s*\)$/u;

/** The point and its words, or null when `text` is not a labelled point. */
export function scalePoint(text: string): ScalePoint | null {
  const trimmed = text.trim();
  const match = SEPARATED.exec(trimmed) ?? BRACKETED.exec(trimmed);
  if (match === null) return null;
  return { point: Number(match[1]), label: match[2]!.trim() };
}

/** A scale's words, not a category's ("1 - North"): how an answer is judged. */
const SCALE_WORDS =
  /satisf|agree|important|likely|useful|helpful|happy|excellent|good|poor|bad|neutral|neither|not at all|extremely|very|somewhat|matter|zufrieden|gut|schlecht|satisfait|bien|mauvais/i;

/**
 * Whether a column's values are answers 1–5 of a scale with words at some points: each a whole number 1–5 or a
 * labelled point 1–5, at least one labelled, and either some bare numbers beside them or words of a scale (so that
 * "1 - North", "2 - South" stays a category). A label that names a severity ("1 - Critical") is an incident's.
 */
export function labelledRatings(values: readonly string[], decimalComma: boolean): boolean {
  let labelled = 0;
  let bare = 0;
  let scaleWords = false;
  for (const v of values) {
    const n = parseDecimal(v, decimalComma);
    if (!Number.isNaN(n)) {
      if (!isWhole(n) || n < 1 || n > 5) return false;
      bare++;
      continue;
    }
    const p = scalePoint(v);
    if (p === null || p.point < 1 || p.point > 5) return false;
    const severity = readSeverity(v, null);
    if (severity !== null && 'severity' in severity) return false;
    labelled++;
    if (SCALE_WORDS.test(p.label)) scaleWords = true;
  }
  return labelled > 0 && (bare > 0 || scaleWords);
}

/** A labelled point whose words say the scale runs the other way: "1 - Very satisfied", "5 = Very poor". */
export function reversedPoint(text: string): boolean {
  const p = scalePoint(text);
  // Written the one way the header rule reads, whatever the separator ("1 (Very satisfied)").
  return p !== null && namesReversedScale(`${p.point} - ${p.label}`);
}

/** Whether any value shows the scale runs the other way (its 1 the best answer). */
export function anyReversedPoint(values: readonly string[]): boolean {
  return values.some(reversedPoint);
}

/**
 * A rating 1–5 as the satisfaction rows read it: a whole number, or a labelled point of a scale that does not run
 * the other way; NaN for anything else (the row is rejected with the reason).
 */
export function ratingOf(text: string, decimalComma: boolean): number {
  const n = parseDecimal(text, decimalComma);
  if (!Number.isNaN(n)) return isWhole(n) && n >= 1 && n <= 5 ? n : NaN;
  const p = scalePoint(text);
  return p !== null && p.point >= 1 && p.point <= 5 && !reversedPoint(text) ? p.point : NaN;
}

const REVERSED = 'is on a scale whose best answer is 1';

/** Why a row's labelled rating is not read (its words say 1 is the best answer). */
export function reversedRatingMessage(raw: string): string {
  return `Rating “${raw}” ${REVERSED}; ratings count 5 as the best, so it is not read`;
}

/** The answer a row was rejected for by `reversedRatingMessage` ("1 - Very satisfied"), or null. */
/**
 * The rating of a row rejected for lying above 5 ("Rating 8 is outside 1–5", row-builders.ts), or null: a
 * survey whose answers reach 6–10 asked on a longer scale, and the file's 1–5 answers are on that scale too.
 */
export function ratingAboveFiveIn(message: string | null): number | null {
  const match = message === null ? null : /^Rating (\d+(?:[.,]\d+)?) is outside 1–5$/.exec(message);
  const rating = match === null ? NaN : Number(match[1]!.replace(',', '.'));
  return rating > 5 ? rating : null;
}

export function reversedAnswerIn(message: string | null): string | null {
  if (message === null || !message.includes(REVERSED)) return null;
  return /^Rating “(.*)” is on a scale/.exec(message)?.[1] ?? null;
}
