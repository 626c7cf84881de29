/**
 * The columns of a file the import does not read, each with why: nothing in the file is left out without the
 * user being told. A column that resembles a field but would give a wrong figure says so (a rate is not a
 * count); the others are simply not part of this kind of file.
 */
import { isQuestionHeader, type ColumnFacts } from './column-evidence';
import { anyReversedPoint } from './scale-points';
import { accountRoles } from './column-vetoes';
import { isPercentileHeader, isRateHeader, namesACountOfPeople, namesAccountDate, namesAPass, namesARowNumber, namesAScore, namesOtherScale, namesReportDate, namesReversedScale, namesUrgency, spacedHeader } from './header-words';
import type { ImportKind } from './kinds';

export interface UnusedColumn {
  readonly header: string;
  /** Plain words: why the import does not read it. */
  readonly reason: string;
}

const COUNTS = /error|fail|escalat|handoff|thumb|request|call|feedback|uses|usage|session/i;
/** A time: named so, or a figure in milliseconds or seconds ("p95_ms" in an observability export). */
const LATENCY = /latenc|response time|duration|elapsed|(^|[^a-z])(ms|msec|millis|milliseconds|secs?|seconds)$/i;
const SAMPLED = /^(item ?count|sample ?count|sampling count)$/i;

function why(kind: ImportKind, facts: ColumnFacts, wholeTime: boolean): string {
  if (facts.sampled && facts.values.length === 0) {
    return facts.noValueWord === undefined ? 'empty in every row' : `no value in any row (“${facts.noValueWord}”, the tool's word for none)`;
  }
  const text = facts.text;
  if ((kind === 'operations' || kind === 'usage') && isRateHeader(text) && COUNTS.test(text)) {
    return 'a rate, not a count: rates are worked out from counts (errors ÷ requests), never read from a column';
  }
  if ((kind === 'operations' || kind === 'test_results') && LATENCY.test(spacedHeader(text).trim()) && isPercentileHeader(text)) {
    return 'a percentile or extreme, not a mean latency: the 95th percentile is worked out from one row per request';
  }
  if (kind === 'operations' && SAMPLED.test(text)) {
    return 'how many requests each row stands for (a sampled log): not chosen, each row counts as one request, so requests, errors and cost read low; choose it as “Requests per row (sampling)”';
  }
  if (wholeTime && /^latency$/i.test(facts.header.trim()) && (kind === 'operations' || kind === 'test_results')) {
    return 'the time to the first byte of each answer (JMeter), not the whole response time a user waits for: “elapsed” is that time';
  }
  if (kind === 'satisfaction' && namesOtherScale(text)) return 'a question on another scale than 1–5';
  if (kind === 'satisfaction' && (namesReversedScale(text) || anyReversedPoint(facts.values))) return 'a 1–5 question whose 1 is the best answer: ratings count 5 as the best, so its answers would be read reversed';
  // "Very satisfied", "Neutral": the words of a scale are not numbered by the app (which word is 1, how many there are).
  if (kind === 'satisfaction' && isQuestionHeader(text) && facts.profile.shape === 'text' && scaleWords(facts.values)) {
    return `answered in words (${facts.values.slice(0, 2).map((v) => `“${v}”`).join(', ')}), not a number from 1 to 5: the app does not number the words of a scale; a column of ratings 1–5 can be chosen as the rating`;
  }
  // Several questions answered 1–5: the wizard proposes none of them (mapping.ts), the user chooses.
  if (kind === 'satisfaction' && isQuestionHeader(text) && facts.profile.shape === 'rating') {
    return 'a question answered 1–5, not chosen as the rating: when several are, choose the one the satisfaction is judged on';
  }
  if (namesARowNumber(text)) return 'a row number or response id, not a measure';
  if (facts.profile.shape === 'date' && namesAccountDate(text)) return 'the date a person was invited, joined or enrolled, not a date of use';
  if (facts.profile.shape === 'date' && namesReportDate(text)) return 'the date the report was made, or of a sign-in, not a date of use';
  if (kind === 'test_results' && /hallucinat/i.test(text) && namesAPass(text) && !namesAScore(text)) {
    return 'whether the hallucination check passed: a yes there means no hallucination, so it is not read as one';
  }
  // Said of a score that names what a verdict column would ("Hallucination score"); a bare "score" is just not used.
  if (kind === 'test_results' && /hallucinat|correct/i.test(text) && namesAScore(text) && facts.profile.shape !== 'text') {
    return 'a score or its threshold, not a yes/no: a case scored between 0 and 1 could not be read as right or wrong; a yes/no verdict column is read instead';
  }
  if (kind === 'incidents' && namesUrgency(text)) return 'an urgency (how fast people are notified), not a severity: it never says an incident is critical';
  if (facts.profile.shape === 'text' && accountRoles(facts.values)) {
    return `a person’s rights in the tool (${[...new Set(facts.values)].slice(0, 3).map((v) => `“${v}”`).join(', ')}), not a team or a kind of user: not proposed as the group`;
  }
  if (namesACountOfPeople(text)) return 'a count of people per row, not one person: adoption is worked out from one row per user and day or week';
  return 'not used by this kind of file';
}

/** Answers that look like the words of a scale: a handful of short answers, repeated (not free comments). */
function scaleWords(values: readonly string[]): boolean {
  const distinct = new Set(values);
  return distinct.size <= 7 && [...distinct].every((v) => v.length <= 40);
}

/** Every column not in `mapped` (column indexes the mapping reads), in file order. */
export function unusedColumns(kind: ImportKind, columns: readonly ColumnFacts[], mapped: ReadonlySet<number>): UnusedColumn[] {
  // JMeter writes "elapsed" (the whole response time) beside "Latency" (to the first byte).
  const wholeTime = columns.some((c, i) => mapped.has(i) && /^elapsed$/i.test(c.header.trim()));
  return columns.flatMap((facts, i) => (mapped.has(i) ? [] : [{ header: facts.header, reason: why(kind, facts, wholeTime) }]));
}
