import { formatCount, formatDecimal, formatFixed, formatPlural } from '../format/format';
/**
 * Checks made on the preview before anything is imported: figures that cannot be true, or columns that
 * are probably something else. Each warning says the number it would produce; the user confirms it or
 * changes the mapping. When every row would be rejected, the import is blocked with the reason.
 */
import { stageCalendar, type StageInput } from '../metrics/stage-calendar';
import { isQuestionHeader } from './column-evidence';
import { namesAPass, namesLastActivity, namesOtherScale, namesReversedScale } from './header-words';
import type { ImportKind, RowByKind } from './kinds';
import { readField, type ColumnMapping } from './mapping';
import { ratingAboveFiveIn, reversedAnswerIn } from './scale-points';
import { isTotalName } from './line-skips';
import { placeRow } from './row-place';
import { codedRating, costWithoutRequests } from './report-shape-checks';

export type PlausibilityCode =
  | 'active_over_enrolled'
  | 'activity_flag_unread'
  | 'week_beyond_stage'
  | 'unknown_stage_names'
  | 'week_like_rating'
  | 'shares_fractions'
  | 'shares_minutes'
  | 'one_user'
  | 'rating_other_scale'
  | 'rating_reversed'
  | 'rating_coded'
  | 'last_activity_only'
  | 'subtotal_rows'
  | 'mixed_time_zones'
  | 'aggregates_without_requests'
  | 'cost_without_requests'
  | 'errors_from_success'
  | 'answers_differ_in_case'
  | 'answers_free_text'
  | 'several_runs'
  | 'several_questions'
  | 'weeks_misaligned'
  | 'turned_down_incidents'
  | 'try_out_responses'
  | 'sampled_requests'
  | 'score_as_verdict'
  | 'incident_id_repeats'
  | 'unfinished_responses'
  | 'ratings_of_ai_and_people'
  | 'use_counts_unread'
  | 'text_unreadable'
  | 'many_rejected';

export interface PlausibilityWarning {
  readonly code: PlausibilityCode;
  /** What looks wrong and the figure it would produce. */
  readonly message: string;
}

export interface Plausibility {
  readonly warnings: readonly PlausibilityWarning[];
  /** Why the import cannot run at all (every row rejected), or null. */
  readonly blocked: string | null;
}

export interface PlausibilityInput {
  readonly kind: ImportKind;
  readonly mapping: ColumnMapping;
  /** Every sampled data row: the typed row, or null with the rejection message. */
  readonly verdicts: readonly { readonly row: RowByKind[ImportKind] | null; readonly rejection: string | null }[];
  readonly stages: readonly StageInput[];
  /** The sample is the whole file (figures are then the file's, not its first rows'). */
  readonly complete: boolean;
}

/** An expected answer of this many words is a sentence, which another answer rarely repeats word for word. */
const SENTENCE_WORDS = 4;

/** Rejected share from which the user must confirm. */
const MANY_REJECTED = 0.2;

/** A rough share, whole percent: these warnings ask for a look, they judge nothing. */
function percent(part: number, whole: number): string {
  return `${formatFixed((part / whole) * 100, 0)}%`;
}

/** Looks at the sampled rows as the import would produce them. */
export function checkPlausibility(input: PlausibilityInput): Plausibility {
  const { verdicts, mapping, kind } = input;
  const warnings: PlausibilityWarning[] = [];
  const scope = input.complete ? 'the file' : 'the first rows of the file';
  const total = verdicts.length;
  const rejected = verdicts.filter((v) => v.row === null);
  if (total > 0 && rejected.length === total) {
    const reasons = new Map<string, number>();
    for (const v of rejected) reasons.set(v.rejection ?? '', (reasons.get(v.rejection ?? '') ?? 0) + 1);
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return {
      warnings: [],
      blocked: `Every row of ${scope} would be rejected (${formatCount(total)} of ${formatCount(total)}), for example: ${top}. Check the kind and the columns.`,
    };
  }
  if (total >= 2 && rejected.length / total >= MANY_REJECTED) {
    warnings.push({
      code: 'many_rejected',
      message: `${formatCount(rejected.length)} of ${formatPlural(total, 'row')} of ${scope} (${percent(rejected.length, total)}) would be rejected; only ${formatCount(total - rejected.length)} would count.`,
    });
  }

  const rows = verdicts.flatMap((v) => (v.row === null ? [] : [v.row]));
  // An anonymous survey link often fills the e-mail column with one placeholder ("anonymous"):
  // every answer would then count as one person's.
  const userHeader = readField(mapping, 'userId');
  const userIds = userHeader === null ? [] : rows.map((r) => (r as { readonly userId?: string | null }).userId ?? '');
  if (kind !== 'test_results' && userIds.length >= 3 && userIds.every((u) => u === userIds[0])) {
    warnings.push({
      code: 'one_user',
      message: `Every row of ${scope} has the same user in “${userHeader}” (“${userIds[0]}”): they would count as one person. Choose a column that tells the people apart, such as a respondent id.`,
    });
  }
  const weekHeader = readField(mapping, 'week');
  if (weekHeader !== null && (isQuestionHeader(weekHeader) || /rating|score|satisf|bewert|note|puntua|beoordel/i.test(weekHeader))) {
    warnings.push({
      code: 'week_like_rating',
      message: `The week number is read from “${weekHeader}”, which looks like a rating or survey answer: its values would be taken as weeks 1–5.`,
    });
  }

  const ratingHeader = readField(mapping, 'rating');
  if (kind === 'satisfaction' && ratingHeader !== null && namesOtherScale(ratingHeader)) {
    warnings.push({
      code: 'rating_other_scale',
      message: `“${ratingHeader}” names a scale other than 1–5: its answers would be read as ratings 1–5, so a 4 of 10 would count as a 4 of 5 and the share of 4–5 would be wrong. Import a 1–5 question, or record the figure by hand.`,
    });
  }
  // Or its answers do: ratings above 5 are rejected, and the rest (a 4 of 10) would silently count as ratings out of 5.
  const aboveFive = kind === 'satisfaction' ? rejected.flatMap((v) => ratingAboveFiveIn(v.rejection) ?? []) : [];
  if (ratingHeader !== null && !namesOtherScale(ratingHeader) && aboveFive.length > 0) {
    const highest = Math.max(...aboveFive);
    warnings.push({
      code: 'rating_other_scale',
      message: `Answers in “${ratingHeader}” go up to ${formatDecimal(highest)} (${formatPlural(aboveFive.length, 'row')} of ${scope}): the question was asked on a scale longer than 1–5. Those rows are rejected, and every other answer would be read as a rating out of 5, so a 4 of ${highest <= 10 ? 10 : formatDecimal(highest)} would count as a 4 of 5 and the mean and the share of 4–5 would be wrong. Import a 1–5 question, or record the figure by hand.`,
    });
  }
  // Or its answers' words say so ("1 - Very satisfied"): those rows are rejected, and the others would read reversed.
  const reversedAnswer = kind === 'satisfaction' ? rejected.map((v) => reversedAnswerIn(v.rejection)).find((a) => a !== null) : undefined;
  if (ratingHeader !== null && !namesReversedScale(ratingHeader) && reversedAnswer !== undefined && reversedAnswer !== null) {
    warnings.push({
      code: 'rating_reversed',
      message: `Answers in “${ratingHeader}” give 1 to the best answer (“${reversedAnswer}”), but ratings count 5 as the best: those rows are rejected, and every other answer would be read reversed, so the mean and the share of 4–5 would be wrong. Import a question where 5 is the best answer, or record the figure by hand.`,
    });
  }
  if (kind === 'satisfaction' && ratingHeader !== null && namesReversedScale(ratingHeader)) {
    warnings.push({
      code: 'rating_reversed',
      message: `“${ratingHeader}” gives 1 to the best answer, but ratings count 5 as the best: a 1 would be read as the worst rating, so the mean and the share of 4–5 would be reversed. Import a question where 5 is the best answer, or record the figure by hand.`,
    });
  }
  const coded = codedRating(kind, mapping);
  if (coded !== null) warnings.push(coded);
  // Admin-console exports (Microsoft 365 Copilot, GitHub Copilot seats) give one row per user with the day last active.
  const dateHeader = readField(mapping, 'date');
  if (kind === 'usage' && dateHeader !== null && namesLastActivity(dateHeader)) {
    warnings.push({
      code: 'last_activity_only',
      message: `“${dateHeader}” holds each user's last active day, not every day they were active: a user active earlier counts only in the week of their last activity, so adoption in earlier weeks would read too low. Import an activity log (one row per user per active day or week) for weekly adoption.`,
    });
  }

  // A "Total" team beside the teams it sums would count every request, output or user twice.
  const totals = verdicts.flatMap((v) => {
    const group = (v.row as { readonly group?: string | null } | null)?.group;
    return typeof group === 'string' && isTotalName(group) ? [{ group, line: (v.row as { readonly line: number }).line }] : [];
  });
  if (totals.length > 0) {
    const lines = totals.slice(0, 5).map((t) => t.line).join(', ') + (totals.length > 5 ? ' …' : '');
    warnings.push({
      code: 'subtotal_rows',
      message: `${formatPlural(totals.length, 'row')} of ${scope} ${totals.length === 1 ? 'has' : 'have'} the group “${totals[0]!.group}” (${totals.length === 1 ? 'line' : 'lines'} ${lines}): they look like totals of the other rows and would count them twice. Delete them from the file and choose it again.`,
    });
  }

  // Without a requests column every row is one request. A mean latency, or one row per day, says a row stands
  // for many: requests per day would read 1 and the 95th percentile would be taken from means.
  const latencyHeader = readField(mapping, 'latency');
  if (kind === 'operations' && readField(mapping, 'requests') === null && rows.length >= 2) {
    const days = rows.map((r) => (r as RowByKind['operations']).date);
    const oneRowPerDay = rows.length >= 3 && days.every((d) => d !== null) && new Set(days).size === days.length;
    const meanHeader = latencyHeader !== null && /(^|[^a-z])(avg|average|mean|mittel|moyenne|promedio|gemiddeld)/i.test(latencyHeader.replace(/_/g, ' '));
    if (meanHeader || oneRowPerDay) {
      warnings.push({
        code: 'aggregates_without_requests',
        message:
          `${meanHeader ? `“${latencyHeader}” holds mean latencies` : 'Every row is a different day'} and no column gives the number of requests, ` +
          `so each row would count as one request: requests per day would read about 1 and the 95th percentile would be taken from ${meanHeader ? 'means' : 'daily figures'}. ` +
          'Map the requests column, or import one row per request.',
      });
    }
  }

  const billing = costWithoutRequests(kind, mapping, rows, scope);
  if (billing !== null) warnings.push(billing);

  // A request log says whether each request succeeded (Application Insights' "Success" True/False): chosen as the
  // errors, every success would count as an error and the error rate would read as the success rate.
  const errorsHeader = readField(mapping, 'errors');
  if (kind === 'operations' && errorsHeader !== null && namesAPass(errorsHeader) && !/error|fail|fehl|erreur|échec|fallo/i.test(errorsHeader)) {
    const ops = rows as readonly RowByKind['operations'][];
    const requests = ops.reduce((n, r) => n + (r.errors === null ? 0 : r.requests), 0);
    const errors = ops.reduce((n, r) => n + (r.errors ?? 0), 0);
    warnings.push({
      code: 'errors_from_success',
      message:
        `“${errorsHeader}” says which requests succeeded, not which failed: read as errors, every successful request would count as an error` +
        (requests > 0 ? ` (the error rate of ${scope} would read ${percent(errors, requests)})` : '') +
        '. Choose a column of errors or failures, or leave errors unmapped.',
    });
  }

  // "Correct when expected and actual are equal" is an exact comparison: an answer that differs only in capitals or
  // spaces counts as wrong. Whether that is right depends on the evaluation, so the user is told before importing.
  if (kind === 'test_results' && readField(mapping, 'correct') === null) {
    const loose = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const near = (rows as readonly RowByKind['test_results'][]).filter(
      (r) => r.correct === false && r.expected !== r.actual && loose(r.expected) === loose(r.actual) && r.expected !== '',
    );
    if (near.length > 0) {
      const first = near[0]!;
      warnings.push({
        code: 'answers_differ_in_case',
        message:
          `${formatCount(near.length)} ${near.length === 1 ? 'case' : 'cases'} of ${scope} would count as wrong although the expected and actual answers ` +
          `differ only in capital letters or spaces (line ${first.line}: “${first.expected}” and “${first.actual}”). Accuracy compares the answers exactly; ` +
          'if such answers are right for you, add a yes/no column that says which cases are correct, and map it.',
      });
    }
  }

  // Sentences (a RAG evaluation's "reference" and "response", as Ragas exports them) are rarely word for word the same:
  // compared exactly, an answer right in other words counts as wrong, and accuracy would read near 0%.
  if (kind === 'test_results' && readField(mapping, 'correct') === null) {
    const compared = (rows as readonly RowByKind['test_results'][]).filter((r) => r.correct !== null && r.expected !== '' && r.actual !== '');
    const sentence = (text: string): boolean => text.trim().split(/\s+/).length >= SENTENCE_WORDS;
    const reworded = compared.filter((r) => r.correct === false && sentence(r.expected) && r.expected.toLowerCase().replace(/\s+/g, ' ').trim() !== r.actual.toLowerCase().replace(/\s+/g, ' ').trim());
    if (reworded.length > 0 && compared.filter((r) => sentence(r.expected)).length * 2 >= compared.length) {
      const first = reworded[0]!;
      const right = compared.filter((r) => r.correct === true).length;
      warnings.push({
        code: 'answers_free_text',
        message:
          `The expected answers are sentences, and ${formatCount(reworded.length)} of ${formatCount(compared.length)} cases of ${scope} would count as wrong ` +
          `because the actual answer is not word for word the same (line ${first.line}: “${first.expected}” and “${first.actual}”): accuracy would read ` +
          `${percent(right, compared.length)}, whether or not the answers mean the same. Add a yes/no column that says which cases are correct (a judge's verdict), and map it.`,
      });
    }
  }

  if (kind === 'quality' && readField(mapping, 'editingShare') !== null) {
    const shares = rows.map((r) => (r as RowByKind['quality']).editingShare);
    const header = readField(mapping, 'editingShare')!;
    if (shares.length >= 3 && shares.every((s) => s <= 1) && shares.some((s) => s > 0)) {
      warnings.push({
        code: 'shares_fractions',
        message: `Every editing share in “${header}” is at most 1%: if these are fractions (0.25 = 25%), choose the 0–1 scale, or nearly every output will count as barely edited.`,
      });
    }
    if (/min|zeit|time|temps|tiempo|tijd|dauer/i.test(header) && !/%|percent|share|anteil|ratio/i.test(header)) {
      const max = Math.max(...shares);
      warnings.push({
        code: 'shares_minutes',
        message: `“${header}” sounds like minutes, not a share of the task: its values (up to ${formatDecimal(max)}) would be read as percent. Map it to editing minutes with the minutes by hand instead.`,
      });
    }
  }

  if (input.stages.length > 0 && kind !== 'test_results') {
    const calendar = stageCalendar(input.stages);
    const active = new Map<string, Set<string>>();
    const beyond = new Map<number, { rows: number; max: number; duration: number }>();
    const unknownStages = new Map<string, number>();
    for (const row of rows) {
      const timed = row as RowByKind['usage'];
      const place = placeRow(timed, calendar);
      if (place.problem === 'unknown_stage' && timed.stage !== null) unknownStages.set(timed.stage, (unknownStages.get(timed.stage) ?? 0) + 1);
      if (place.problem !== null) continue;
      const duration = input.stages[place.stage]!.durationWeeks;
      if (duration !== null && place.week > duration) {
        const b = beyond.get(place.stage) ?? { rows: 0, max: 0, duration };
        beyond.set(place.stage, { rows: b.rows + 1, max: Math.max(b.max, place.week), duration });
      }
      if (kind === 'usage') {
        const key = `${place.stage}:${place.week}`;
        const users = active.get(key) ?? new Set<string>();
        users.add(timed.userId);
        active.set(key, users);
      }
    }
    // Accepted, yet counted nowhere: "20 rows accepted" would read as 20 rows in the figures.
    if (unknownStages.size > 0) {
      const named = [...unknownStages.values()].reduce((sum, n) => sum + n, 0);
      const names = [...unknownStages.keys()].slice(0, 5).map((n) => `“${n}”`).join(', ') + (unknownStages.size > 5 ? ', …' : '');
      warnings.push({
        code: 'unknown_stage_names',
        message: `${formatPlural(named, 'row')} of ${scope} ${named === 1 ? 'names a stage' : 'name stages'} this plan does not have (${names}): ${named === 1 ? 'it' : 'they'} would be imported but counted in no stage. The plan's stages: ${input.stages.map((st, i) => `${i + 1} “${st.name}”`).join(', ')}. Correct the stage column, or map no stage column so the dates place the rows.`,
      });
    }
    for (const [stage, b] of beyond) {
      const s = input.stages[stage]!;
      warnings.push({
        code: 'week_beyond_stage',
        message: `${formatCount(b.rows)} ${b.rows === 1 ? 'row falls' : 'rows fall'} in weeks up to ${b.max} of “${s.name}”, which runs ${formatPlural(b.duration, 'week')}: check the week column or the stage's duration.`,
      });
    }
    const over = [...active.entries()]
      .map(([key, users]) => {
        const [stage, week] = key.split(':').map(Number) as [number, number];
        return { stage: input.stages[stage]!, week, users: users.size };
      })
      .filter((w) => w.stage.enrolledUsers !== null && w.stage.enrolledUsers > 0 && w.users > w.stage.enrolledUsers)
      .sort((a, b) => b.users / b.stage.enrolledUsers! - a.users / a.stage.enrolledUsers!);
    if (over.length > 0) {
      const w = over[0]!;
      const enrolled = w.stage.enrolledUsers!;
      warnings.push({
        code: 'active_over_enrolled',
        message:
          `Week ${w.week} of “${w.stage.name}” has ${formatCount(w.users)} active users but only ${formatCount(enrolled)} enrolled: adoption would read ` +
          `${formatCount(w.users)} of ${formatCount(enrolled)} (${percent(w.users, enrolled)}), which cannot be true. Check the user column or the enrolment` +
          (over.length > 1 ? ` (${over.length} weeks are affected).` : '.'),
      });
    }
  }
  return { warnings, blocked: null };
}
