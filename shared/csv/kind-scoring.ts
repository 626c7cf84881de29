/**
 * Which kind of file this is, proven from distinctive evidence or left to the user. Every kind is mapped
 * as if it were the one; a kind scores by the columns only it would have (an output id, an editing share,
 * a rating, a case id), a little for the shared ones (user, date), and for explaining every column.
 * There is no default: when the best two are close, or a required field is only weakly guessed, the
 * answer is "ask".
 */
import { isQuestionHeader, type ColumnFacts, type FieldEvidence } from './column-evidence';
import { fieldRequirements } from './fields';
import { importKindLabels, importKinds, type ImportKind } from './kinds';
import { guessMappingWithEvidence, type ColumnMapping } from './mapping';

export interface KindScore {
  readonly kind: ImportKind;
  readonly score: number;
  /** Every required field (or one of its alternatives) has a column. */
  readonly requiredMet: boolean;
  /** Labels of required fields whose only column is a weak guess. */
  readonly weakRequired: readonly string[];
  /** Fields only this kind has, with the columns that showed them. */
  readonly distinctive: readonly FieldEvidence[];
  /** Every mapped field with why. */
  readonly evidence: readonly FieldEvidence[];
  readonly mapping: ColumnMapping;
}

export interface KindSuggestion {
  /** The kind proven by the evidence, or null: the user must choose (nothing is pre-selected). */
  readonly kind: ImportKind | null;
  /** The best-scoring kind (the mapping shown while the user has not chosen follows it). */
  readonly best: ImportKind;
  /** 0–1: below 0.5 the kind is not suggested. */
  readonly confidence: number;
  /** Every kind's score, best first. */
  readonly scores: readonly KindScore[];
  /** One sentence the wizard shows: why this kind, or why it asks. */
  readonly explanation: string;
  /** The explanation without its request to choose: why the app could not tell (the explanation when it could). */
  readonly reason: string;
}

/** Fields every pilot-data kind shares: they say little about which kind a file is. */
const commonFields = new Set(['userId', 'date', 'week', 'stage', 'group']);

/** Points the best kind must lead by to be suggested. */
const MARGIN = 3;

/** Discount for a kind whose required columns are not all found. */
const UNMET_PENALTY = 3;

function scoreKind(kind: ImportKind, columns: readonly ColumnFacts[], remembered: ColumnMapping | null, decimalComma: boolean): KindScore {
  const { mapping, evidence: found } = guessMappingWithEvidence(columns, kind, remembered, decimalComma);
  // The end of a billing period ("usage_end_time") only qualifies the cost: an "end time" says nothing of the kind.
  const evidence = found.filter((e) => e.field !== 'periodEnd');
  const byField = new Map(evidence.map((e) => [e.field, e]));
  const requiredMet = fieldRequirements[kind].every((r) => r.anyOf.some((set) => set.every((id) => byField.has(id))));
  const weakRequired: string[] = [];
  for (const requirement of fieldRequirements[kind]) {
    const strongSet = requirement.anyOf.some((set) => set.every((id) => byField.get(id)?.strength === 'strong'));
    const anySet = requirement.anyOf.some((set) => set.every((id) => byField.has(id)));
    if (anySet && !strongSet) weakRequired.push(requirement.label);
  }
  const distinctive = evidence.filter((e) => !commonFields.has(e.field) && !(kind === 'satisfaction' && e.field === 'comment'));
  let score = 0;
  for (const e of evidence) {
    const mine = distinctive.includes(e);
    score += mine ? (e.strength === 'strong' ? 4 : 1) : e.strength === 'strong' ? 1 : 0.5;
  }
  if (requiredMet) score += weakRequired.length === 0 ? 4 : 1;
  // A kind that explains every column with something in it is likelier than one that leaves columns over.
  const filled = columns.filter((c) => !c.sampled || c.values.length > 0).length;
  if (filled > 0 && evidence.length >= filled) score += 2;
  return { kind, score, requiredMet, weakRequired, distinctive, evidence, mapping };
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Short names of what distinctive columns look like, for the sentence the wizard shows. */
const fieldNouns: Readonly<Record<string, string>> = {
  outputId: 'an output id',
  editingShare: 'an editing share',
  editingMinutes: 'editing minutes',
  manualMinutes: 'minutes by hand',
  rating: 'a rating',
  uses: 'a count of uses',
  caseId: 'a test case id',
  expected: 'an expected answer',
  actual: 'an actual answer',
  correct: 'a correct yes/no',
  hallucination: 'a hallucination yes/no',
  latency: 'a latency',
  requests: 'a count of requests',
  errors: 'errors',
  cost: 'a cost',
  escalations: 'escalations',
  thumbsUp: 'thumbs up',
  thumbsDown: 'thumbs down',
  metric: 'metric names',
  value: 'a value',
  numerator: 'a numerator',
  denominator: 'a denominator',
  sample: 'a sample size',
  severity: 'a severity',
  acknowledged: 'acknowledged times',
  resolved: 'resolved times',
  description: 'what happened',
  rollback: 'a rollback yes/no',
  incidentId: 'an incident id',
  decision: 'a review decision',
  match: 'a match yes/no',
  aiOutput: 'an AI output',
  humanOutput: 'a human output',
  userId: 'a user',
  date: 'a date',
  week: 'a week number',
  stage: 'a stage',
  group: 'a group',
};

function why(score: KindScore): string {
  const strong = score.distinctive.filter((e) => e.strength === 'strong');
  if (strong.length === 0) {
    const shared = score.evidence.slice(0, 3).map((e) => `“${e.header}”`);
    return `${list(shared)} look like ${list(score.evidence.slice(0, 3).map((e) => fieldNouns[e.field] ?? 'a ' + e.field))}, and no column looks like another kind's`;
  }
  const headers = strong.slice(0, 3).map((e) => `“${e.header}”`);
  const nouns = strong.slice(0, 3).map((e) => fieldNouns[e.field] ?? e.field);
  return strong.length === 1 ? `${headers[0]} looks like ${nouns[0]}` : `${list(headers)} look like ${list(nouns)}`;
}

/** The headers behind weak guesses of required fields, quoted: " (“id”)". */
function weakHeaders(score: KindScore, required: ReadonlySet<string>): string {
  const headers = score.evidence.filter((e) => e.strength === 'weak' && required.has(e.field)).map((e) => `“${e.header}”`);
  return headers.length === 0 ? '' : ` (${list(headers)})`;
}

/**
 * A column of HTTP status codes ("responseCode" in JMeter's results: 200, 302, 500): the file logs requests, and its
 * "success" says a request was served, never that an answer was right.
 */
function holdsStatusCodes(column: ColumnFacts): boolean {
  return (
    /(status|response|http).?code/i.test(column.header) &&
    column.values.length > 0 &&
    column.values.every((v) => /^[1-5]\d\d$/.test(v))
  );
}

/**
 * Scores every kind on the file's columns (headers and sampled values) and suggests one only when the
 * evidence proves it. `remembered` holds the plan's remembered mappings per kind.
 */
/** What the wizard asks when the columns do not prove a kind. */
const ASK = 'Choose the kind to go on.';

export function scoreKinds(
  columns: readonly ColumnFacts[],
  remembered: Partial<Record<ImportKind, ColumnMapping>> = {},
  decimalComma = false,
): KindSuggestion {
  const scores = importKinds.map((kind) => scoreKind(kind, columns, remembered[kind] ?? null, decimalComma));
  // A kind missing a required column competes at a discount: its columns may be another kind's shared ones.
  const standing = (s: KindScore): number => s.score - (s.requiredMet ? 0 : UNMET_PENALTY);
  scores.sort((a, b) => standing(b) - standing(a) || b.score - a.score);
  const best = scores[0]!;
  const second = scores[1]!;
  const lead = standing(best) - standing(second);
  const label = importKindLabels[best.kind];
  const hasDistinctive = best.distinctive.some((e) => e.strength === 'strong');
  let reason: string;
  let ask = ASK;
  let kind: ImportKind | null = null;
  // Without a column only this kind has, a survey question left over may be what the file is about (a 1–10
  // satisfaction question read as usage would turn answers into adoption): the user says which kind.
  const mappedColumns = new Set(best.evidence.map((e) => e.column));
  const question = hasDistinctive
    ? undefined
    : columns.find((c, i) => !mappedColumns.has(i) && c.values.length > 0 && isQuestionHeader(c.text) && !/mail|name|team|group|department|role/i.test(c.text));
  // Without such a column, a file whose columns are mostly left over (a time tracker's client, project,
  // duration…) is not shown to be this kind by a user and a date alone.
  const filledColumns = columns.filter((c) => c.values.length > 0).length;
  const leftOver = hasDistinctive ? 0 : filledColumns - mappedColumns.size;
  // Several survey questions answered 1–5 and none proposed as the rating (the user chooses which one): the file is a
  // survey, and "this may be usage" (a respondent's e-mail and a timestamp) would point the user to the wrong kind.
  const ratedQuestions = columns.filter((c) => isQuestionHeader(c.text) && c.profile.shape === 'rating');
  if (!hasDistinctive && best.kind !== 'satisfaction' && ratedQuestions.length >= 2) {
    const shown = ratedQuestions.slice(0, 2).map((c) => `“${c.header}”`);
    const named = ratedQuestions.length > 2 ? `${shown.join(', ')} and ${ratedQuestions.length - 2} more` : list(shown);
    reason =
      `This may be ${importKindLabels.satisfaction}: ${ratedQuestions.length} survey questions are answered 1–5 (${named}). ` +
      'Choose that kind, then the question the satisfaction is judged on.';
    return { kind: null, best: best.kind, confidence: Math.min(0.4, Math.max(0, best.score) / 30), scores, explanation: reason, reason };
  }
  const statusCodes = best.kind === 'test_results' ? columns.find(holdsStatusCodes) : undefined;
  if (columns.length === 0 || best.score < 4 || (!hasDistinctive && !best.requiredMet)) {
    reason = 'The columns do not show which kind of file this is.';
    ask = 'Choose the kind, then check the columns.';
  } else if (!best.requiredMet && best.distinctive.every((e) => e.field === 'description') && filledColumns - mappedColumns.size > mappedColumns.size) {
    // A description is in every kind of export: alone, with a required column missing and most columns left over (a time
    // tracker's "Description" beside its project, client and durations), it proves no incident register.
    const missing = fieldRequirements[best.kind].filter((r) => !r.anyOf.some((set) => set.every((id) => best.evidence.some((e) => e.field === id))));
    reason =
      `This may be ${label}: ${list(best.evidence.slice(0, 3).map((e) => `“${e.header}”`))} fit, but no column gives ` +
      `${list(missing.map((r) => r.label.toLowerCase()))}, and ${filledColumns - mappedColumns.size} of the file's ${filledColumns} columns would not be used.`;
  } else if (!hasDistinctive && leftOver > mappedColumns.size) {
    reason =
      `This may be ${label}: ${list(best.evidence.slice(0, 3).map((e) => `“${e.header}”`))} fit, but no column is only found in that ` +
      `kind of file and ${leftOver} of the file's ${filledColumns} columns would not be used.`;
  } else if (question !== undefined) {
    reason =
      `This may be ${label}, but no column is only found in that kind of file, and the question “${question.header}” ` +
      'is not one of its columns.';
  } else if (best.weakRequired.length > 0) {
    // A required column named right whose values do not read (Jira's "03/Mar/26 9:40 AM" under "Created") is not
    // "guessed from the values": say which values did not read.
    const required = new Set(fieldRequirements[best.kind].flatMap((r) => r.anyOf.flat()));
    const unreadable = best.evidence.filter((e) => e.strength === 'weak' && required.has(e.field) && e.reason.includes('do not read'));
    reason =
      unreadable.length > 0
        ? `This may be ${label}, but ${list(unreadable.map((e) => `the values of “${e.header}” (${columns[e.column]?.values[0] ?? ''} …)`))} ` +
          `do not read as ${list(unreadable.map((e) => fieldNouns[e.field] ?? e.field))}.`
        : `This may be ${label}, but ${list(best.weakRequired.map((l) => l.toLowerCase()))} ` +
          `${best.weakRequired.length === 1 ? 'is' : 'are'} only a guess${weakHeaders(best, required)}.`;
    if (unreadable.length > 0) ask = 'Choose the kind to go on, then check the columns.';
  } else if (best.kind === 'test_results' && statusCodes !== undefined) {
    reason =
      `This may be ${label}, but “${statusCodes.header}” holds HTTP status codes (${list([...new Set(statusCodes.values)].slice(0, 3))}…): ` +
      'it is a request log (a load test or a server), whose successes are requests served, not correct answers.';
  } else if (lead < MARGIN) {
    reason =
      `This could be ${label} or ${importKindLabels[second.kind]}: the columns fit both about equally.`;
  } else {
    kind = best.kind;
    reason = `Suggested ${label}: ${why(best)}.`;
  }
  const confidence = kind === null ? Math.min(0.4, Math.max(0, best.score) / 30) : Math.min(1, 0.5 + lead / 20);
  const explanation = kind === null ? `${reason} ${ask}` : reason;
  return { kind, best: best.kind, confidence: Math.round(confidence * 100) / 100, scores, explanation, reason };
}
