/**
 * What one column says about one field, from its header and its values together. A header alone, or
 * values alone, is weak evidence; both agreeing (or values no other field could have) is strong. A column
 * whose values contradict the field (dates under "Week", text under "Rating", an empty e-mail column) is
 * never proposed for it.
 */
import type { ImportField } from './fields';
import { headerScore } from './alias-score';
import { anyReversedPoint } from './scale-points';
import { isPercentileHeader, isRateHeader, namesAccountDate, namesACode, namesACodeOrNumber, namesADuration, namesACategory, namesACountOfPeople, namesAnAmount, namesAPass, namesARowNumber, namesAScore, namesOtherScale, namesReportDate, namesReversedScale, namesUrgency, namesUseEvents, qualifiesActive } from './header-words';
import type { ColumnProfile } from './value-detect';
import { fitShare } from './value-fit';
import { countsUp, vetoed } from './column-vetoes';
import { monthNameDate } from './month-dates';
import { dateParts, isNotJudged, parseBoolean, readsAsActive, readsAsCorrectnessLabels, readsAsHallucinationLabels, readsAsVerdicts } from './values';

export type EvidenceStrength = 'strong' | 'weak';

/** Why a column is proposed for a field: returned as data so the wizard can say it. */
export interface FieldEvidence {
  readonly field: string;
  readonly column: number;
  readonly header: string;
  readonly strength: EvidenceStrength;
  /** Sorting weight among candidates (higher first). */
  readonly score: number;
  /** Plain words: "“Edited (%)” is headed like an editing share and holds values 0–100". */
  readonly reason: string;
}

/** What the sample says about one column. */
export interface ColumnFacts {
  readonly header: string;
  /** The header with the text of any extra header rows under it: what is matched and read as a question. */
  readonly text: string;
  readonly key: string;
  readonly profile: ColumnProfile;
  /** Non-empty trimmed sample values. */
  readonly values: readonly string[];
  /** The sample had data rows at all (without rows, only the header can speak). */
  readonly sampled: boolean;
  /** Data rows sampled (empty cells included): `values` short of it are the column's empty cells. */
  readonly rows: number;
  /** The tool's word for no value ("null") when that is all the column holds, so the column is said to be so. */
  readonly noValueWord?: string;
}

/** A survey question used as a header: "How satisfied are you with the assistant? (1-5)". */
export function isQuestionHeader(header: string): boolean {
  return /\?|\(\s*1\s*(-|–|to|bis|à|a|tot)\s*(5|10)\s*\)|\bon a scale\b|^(how|what|would|did|do|wie|comment|cómo|como|hoe)\b|^(please )?rate (the|your|our|this|how)\b/i.test(header);
}

/** A question asking which group the respondent is in: "Which team…", "What is your department?", "Your role". */
function asksForGroup(question: string): boolean {
  return /\b(which|what|your|select|choose|welche[rsm]?|quel(le)?|cu[aá]l)\b(\s+[\p{L}-]+){0,3}\s+(team|department|dept|group|role|region|unit|segment|cohort|function|location|office|site|abteilung|gruppe|équipe|equipe|service|groupe|equipo|departamento|grupo|afdeling|groep)s?\b/iu.test(
    question,
  );
}

/** A header that speaks of a share (percent sign, "percent", "share", "ratio"), never of minutes. */
function isShareHeader(header: string): boolean {
  return /%|percent|pct|share|ratio|anteil|prozent|pourcentage|porcentaje|aandeel/i.test(header);
}

function isMinutesHeader(header: string): boolean {
  return /min|time|zeit|temps|tiempo|tijd|duration|dauer|durée|duración|duur/i.test(header) && !isShareHeader(header);
}

const EDIT_WORD = /edit|bearbeit|korrig|modif|edici|correc|bewerk|rework|nacharbeit/i;

/** Values sharing a letter prefix and running on as numbers, one per row: OUT-0001, OUT-0002… */
export function runningIds(values: readonly string[]): boolean {
  if (values.length < 3) return false;
  const prefixes = new Map<string, number>();
  for (const v of values) {
    const m = /^([A-Za-z][A-Za-z_-]*?)[-_ #./]?(\d+)$/.exec(v);
    if (!m) return false;
    const prefix = m[1]!.toLowerCase();
    prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
  }
  const top = Math.max(...prefixes.values());
  return top >= values.length * 0.9 && new Set(values).size >= values.length * 0.95;
}

function examples(values: readonly string[]): string {
  const shown = [...new Set(values)].slice(0, 2);
  return shown.join(', ') + (values.length > 2 ? ' …' : '');
}

function range(profile: ColumnProfile): string {
  return profile.min !== null && profile.max !== null ? `${profile.min}–${profile.max}` : '';
}

interface Judged {
  readonly strength: EvidenceStrength;
  readonly bonus: number;
  readonly reason: string;
}

/** "Result", "Test status", "Outcome": a header that may hold a verdict as well as an answer or a state ("correct", "passed" say it). */
const VERDICT_HEADER = /result|verdict|outcome|status/;
const NAMES_CORRECTNESS = /correct|accura|pass|success|korrekt/;

/** Judges one column for one field; null when the column should not be proposed for it. */
function judgeValues(field: ImportField, facts: ColumnFacts, headerMatch: number, decimalComma: boolean): Judged | null {
  const { header, profile, values, sampled } = facts;
  const text = facts.text;
  // "Q1" alone says nothing to the user: its question (from the extra header rows) is quoted beside it.
  const q = text === header ? `“${header}”` : `“${header}” (“${text.slice(header.length + 1)}”)`;
  const named = headerMatch > 0;
  const headedLike = `${q} is headed like ${field.label.toLowerCase()}`;
  if (vetoed(field, text, values, profile.shape === 'text', named)) return null;
  // A rate is not a count, a percentile is not a mean, and a 1–10 question is not a 1–5 rating: each would give a
  // confident wrong figure, so none is proposed (the column is then listed as not used, with why).
  if ((field.type === 'tally' || field.type === 'count') && isRateHeader(text)) return null;
  if (field.type === 'seconds' && isPercentileHeader(text)) return null;
  if (field.type === 'rating' && (namesOtherScale(text) || namesReversedScale(text) || namesACode(text) || anyReversedPoint(values))) return null;
  // A row number or response id is no measure: a small survey's 1, 2, 3, 4 would read as its ratings.
  // (Unless the header is the field's own name: a weekly-figures file's "num" is its numerator.)
  if (!named && field.type !== 'id' && field.type !== 'text' && field.type !== 'date' && namesARowNumber(text)) return null;
  if (field.type === 'rating' && !named && countsUp(values)) return null;
  // Nor is a duration or an amount: Locust's "Median Response Time" ends like "time", and its "Average Content Size"
  // (76266.6) falls among Excel's serials, read as a day in 2108; nor a code ("Codigo Postal" 34200, a day in 1993).
  if (field.type === 'date' && (namesAccountDate(text) || namesReportDate(text) || namesADuration(text) || (!named && (namesAnAmount(text) || namesACodeOrNumber(text))))) return null;
  if (field.type === 'severity' && namesUrgency(text)) return null;
  // A score is a degree, not a verdict; a hallucination check that "passed" means none: read as a hallucination
  // yes/no, the first would reject every case scored in between, the second count every passed case as one.
  if ((field.id === 'correct' || field.id === 'hallucination') && namesAScore(text)) return null;
  if (field.id === 'hallucination' && namesAPass(text)) return null;
  // A yes/no under "comments" (Medallia Agent Connect's: whether the customer left one) is no comment.
  if (field.id === 'comment' && values.length > 0 && values.every((v) => parseBoolean(v) !== null)) return null;
  // A judge's verdict ("factual", "hallucinated", "correct", "incorrect" under Phoenix's "label") is no expected answer: compared with the output,
  // every case would count as wrong.
  if ((field.id === 'expected' || field.id === 'actual') && (readsAsHallucinationLabels(values) || readsAsCorrectnessLabels(values))) return null;
  // Opsgenie's "Acknowledged" says whether an alert was acknowledged (true/false), not when: read as the time,
  // every row would be rejected.
  if (field.type === 'moment' && values.length > 0 && values.every((v) => parseBoolean(v) !== null)) return null;
  // Nor an id: Log Analytics' "ItemCount" (how many requests a sampled row stands for) is no test case, however it
  // starts like "item".
  if ((field.type === 'week' || field.type === 'boolean' || field.type === 'id' || field.id === 'group') && namesAnAmount(text)) return null;
  if (field.type === 'id' && namesACategory(text)) return null;
  // Nor a column of dates ("Account created (UTC)": "Jan 10, 2024"), however its header starts like "account".
  if (field.type === 'id' && values.length > 0 && values.filter((v) => dateParts(v) !== null || monthNameDate(v) !== null).length * 2 > values.length) return null;
  // Nor a column of yes and no ("IncidentExperience": Yes/No, whether a respondent had one): two values name no one.
  if (field.type === 'id' && values.length >= 3 && values.every((v) => parseBoolean(v) !== null)) return null;
  // A count of people per row ("Daily active members", "Daily members posting messages") is neither a person, nor a
  // week, nor a count of uses, nor a yes/no, nor a rating (GitHub Copilot's legacy "total_active_users" holds 2–5).
  // (A weekly-figures file's "total users" is its denominator: only the uses are excluded of the counts.)
  if ((field.type === 'id' || field.type === 'week' || field.id === 'uses' || field.type === 'boolean' || field.type === 'rating') && namesACountOfPeople(text)) return null;
  // "Active" is read only from a header that says so and values that read as yes or no: never "inactive" (it would
  // invert adoption), an account's or a licence's state, or a column of dates or amounts ("last active", "days active").
  if (field.id === 'active' && (!named || qualifiesActive(text))) return null;
  if (field.id === 'active' && sampled && !readsAsActive(values)) return null;
  // "result", "status", "outcome" (PASS, FAIL, ERROR) are a test tool's verdicts, read as Correct before any word-for-word
  // comparison of the answers; the same headers hold the model's answer or a run's state ("done"), never proposed.
  if (field.id === 'correct' && VERDICT_HEADER.test(facts.key) && !NAMES_CORRECTNESS.test(facts.key) && (!sampled || !readsAsVerdicts(values))) return null;
  // A question is the user only when it asks for one ("What is your e-mail?"): respondents' ids differ row by row,
  // while the answers to "As a member of …, how has your experience been?" repeat (Typeform).
  if (field.id === 'userId' && isQuestionHeader(text) && values.length >= 5 && new Set(values).size < values.length * 0.8) return null;
  // A question is the group only when it asks for one ("Which team are you in?"), not for a word inside it
  // ("…a person belonging to a different linguistic group?", "…they perform the same function…").
  if (field.id === 'group' && isQuestionHeader(text) && !asksForGroup(text)) return null;
  // A column of decimals (Qualtrics' LocationLatitude, a duration) names no group: splitting by it splits by every value.
  if (field.id === 'group' && profile.shape === 'number') return null;
  // A tick box is exported as 1 or empty (Qualtrics, SurveyMonkey): it is no 1–5 rating, every "rating" would be 1.
  // Unnamed, any column holding one value throughout (Qualtrics' "Status" 2) tells no answers apart.
  if (field.type === 'rating' && values.length >= 3 && values.every((v) => v === values[0]) && (values[0] === '1' || !named)) return null;
  if (sampled && profile.shape === 'empty') return null;
  if (!sampled) return named ? { strength: 'weak', bonus: 0, reason: headedLike } : null;
  // A header that speaks of a share never feeds minutes, and a survey question never a week or an id.
  if (field.type === 'minutes' && isShareHeader(text)) return null;
  if (field.type === 'percent' && isMinutesHeader(text) && !profile.percentSigns) return null;
  // A survey question answered with numbers is never a week number or an id ("What is your e-mail?" may be the user).
  const numeric = profile.shape === 'rating' || profile.shape === 'integer' || profile.shape === 'number' || profile.shape === 'week';
  if (field.type === 'week' && isQuestionHeader(text)) return null;
  if (field.type === 'id' && numeric && isQuestionHeader(text)) return null;
  // Nor is a column of numbers a comment: GitHub Copilot's "total_suggestions_count" counts suggestions, however it
  // is headed like a survey's "Suggestions".
  if (field.id === 'comment' && numeric) return null;
  // A column of dates is never a group (Microsoft 365 lists "Word Copilot Last Activity Date" beside the user).
  if (field.id === 'group' && profile.shape === 'date') return null;
  // An id that is the same on every row tells no case or output apart (promptfoo's "promptIdx" is 0 throughout).
  // Two rows are enough when they are all the file has: an eval log's "prompt_id" (prompt-1 on both) is the prompt, not the case.
  if (field.type === 'id' && field.id !== 'userId' && values.length >= Math.min(3, Math.max(2, facts.rows)) && values.every((v) => v === values[0])) return null;
  if (named) {
    const share = fitShare(field.type, values, decimalComma);
    // A yes/no named right but mostly unreadable (DeepEval's "Hallucination reason", sentences) is no yes/no: proposed,
    // it would reject every row over a column the import can do without.
    // (A case with no verdict, promptfoo's ERROR, is still a cell of a verdict column.)
    const verdicts = field.type === 'boolean' ? values.filter((v) => parseBoolean(v) !== null || isNotJudged(v)).length / values.length : 1;
    if (verdicts < 0.5 && field.id !== 'active' && !field.required) return null;
    // Named but mostly unreadable: still proposed (its rows are then rejected with reasons), as a guess; unless the field
    // is optional, where each rejected row would go missing from the figures the file does give (TestRail's "Elapsed",
    // "1m 30s", as a test's latency would reject most of its verdicts).
    if (share < 0.5 && !field.required && (field.type === 'seconds' || field.type === 'moment' || field.id === 'uses')) return null;
    if (share < 0.5) return { strength: 'weak', bonus: -20, reason: `${headedLike}, but most of its values do not read as one` };
    if (field.id === 'outputId' && runningIds(values)) {
      return { strength: 'strong', bonus: 45, reason: `${q} holds ids with a shared prefix and a running number (${examples(values)})` };
    }
    // "ID" alone could be anything: a weak guess until the values say more. So is a bare "count": a log search's count
    // of events per bucket is the requests, an alert's (Opsgenie) how often it repeated.
    if ((field.type === 'id' && facts.key.length <= 3) || (field.id === 'requests' && facts.key === 'count')) return { strength: 'weak', bonus: 0, reason: headedLike };
    // A required text left empty on most rows (Jira's "Description" beside the "Summary" every issue has) would reject
    // those rows: only a guess, so a column of the same name filled on every row is proposed before it.
    if (field.type === 'text' && field.required && values.length * 2 < facts.rows) {
      return { strength: 'weak', bonus: -20, reason: `${headedLike}, but it is empty on most rows` };
    }
    const bonus = field.type === 'text' || field.type === 'id' ? 5 : 40;
    return { strength: 'strong', bonus, reason: `${headedLike}${namedValues(field, profile, values)}` };
  }
  switch (field.type) {
    case 'date':
      return profile.shape === 'date' ? { strength: 'strong', bonus: 30, reason: `${q} holds dates (${examples(values)})` } : null;
    case 'week':
      if (profile.shape !== 'week' && profile.shape !== 'rating') return null;
      // Under a survey's extra header rows a column holds answers: small whole numbers there are ranks or ratings.
      if (text !== header) return null;
      // Small whole numbers without a week header could as well be ratings or counts: only a guess.
      return { strength: 'weak', bonus: 3, reason: `${q} holds whole numbers ${range(profile)}, which could be week numbers` };
    case 'rating':
      if (profile.shape !== 'rating') return null;
      if (isQuestionHeader(text)) {
        return { strength: 'strong', bonus: 45, reason: `${q} is a survey question answered with whole numbers ${range(profile)}` };
      }
      return { strength: 'weak', bonus: 5, reason: `${q} holds whole numbers ${range(profile)}, which could be ratings` };
    case 'percent': {
      const numeric = profile.min !== null && profile.max !== null && profile.shape !== 'date';
      if (!numeric || profile.min! < 0 || profile.max! > 100) return null;
      if (EDIT_WORD.test(text) && isShareHeader(text)) {
        return { strength: 'strong', bonus: 45, reason: `${q} is headed like an editing share and holds values ${range(profile)}` };
      }
      if (profile.percentSigns) return { strength: 'weak', bonus: 5, reason: `${q} holds percentages` };
      if (profile.shape === 'number') return { strength: 'weak', bonus: 2, reason: `${q} holds numbers ${range(profile)}, which could be percentages` };
      return null;
    }
    // A yes/no column says nothing of what it answers: promptfoo's "score" (1 = passed) is not a hallucination,
    // PagerDuty's "auto_resolved" is not a rollback. Only its header can name the field.
    // Except a judge's own labels (Arize Phoenix's "hallucinated" / "factual"), which name what they answer.
    case 'boolean':
      if (field.id === 'hallucination' && readsAsHallucinationLabels(values)) return { strength: 'strong', bonus: 40, reason: `${q} holds a judge's labels “hallucinated” and “factual”` };
      if (field.id === 'correct' && readsAsCorrectnessLabels(values)) return { strength: 'strong', bonus: 40, reason: `${q} holds a judge's verdicts “correct” and “incorrect”` };
      return null;
    // Values no other field could have: the app's metric names, incident severities.
    case 'metric':
      return fitShare('metric', values, decimalComma) >= 0.8
        ? { strength: 'strong', bonus: 35, reason: `${q} holds names of the app's metrics (${examples(values)})` }
        : null;
    case 'severity':
      return profile.shape === 'text' && fitShare('severity', values, decimalComma) >= 0.8
        ? { strength: 'strong', bonus: 35, reason: `${q} holds incident severities (${examples(values)})` }
        : null;
    case 'id':
      if (field.id === 'outputId' && runningIds(values)) {
        return { strength: 'strong', bonus: 35, reason: `${q} holds ids with a shared prefix and a running number (${examples(values)})` };
      }
      return null;
    default:
      return null;
  }
}

function namedValues(field: ImportField, profile: ColumnProfile, values: readonly string[]): string {
  switch (field.type) {
    case 'date':
      return ` and holds dates (${examples(values)})`;
    case 'rating':
    case 'week':
    case 'percent':
      return range(profile) ? ` and holds values ${range(profile)}` : '';
    default:
      return '';
  }
}

/** Every column this field could read, with why; best first. */
export function fieldCandidates(
  field: ImportField,
  columns: readonly ColumnFacts[],
  used: ReadonlySet<number>,
  decimalComma = false,
): FieldEvidence[] {
  const out: FieldEvidence[] = [];
  columns.forEach((facts, column) => {
    if (used.has(column)) return;
    const match = headerScore(field, facts.key);
    const judged = judgeValues(field, facts, match, decimalComma);
    if (!judged) return;
    const score = match + judged.bonus + (judged.strength === 'strong' ? 1000 : 0);
    out.push({ field: field.id, column, header: facts.header, strength: judged.strength, score, reason: judged.reason });
  });
  return out.sort((a, b) => b.score - a.score || a.column - b.column);
}

/**
 * The columns counting one kind of use event each (Amazon Q Developer's "Chat_MessagesSent", "Inline_SuggestionsCount",
 * "InlineChat_EventCount"…): whole numbers under a header that names events of use.
 */
export function useEventColumns(columns: readonly ColumnFacts[]): number[] {
  return columns.flatMap((c, i) => {
    const { shape, min } = c.profile;
    const whole = shape === 'integer' || shape === 'rating' || shape === 'week' || (shape === 'boolean' && min !== null);
    return whole && (min ?? 0) >= 0 && namesUseEvents(c.header) ? [i] : [];
  });
}
