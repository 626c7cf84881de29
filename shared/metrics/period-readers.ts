import type { Moments, Observation } from '../gates/observations';
import type { MetricId } from '../model/metrics';
import { operationsReaders } from './operations-observations';
import { reviewReaders } from './review-observations';
import type { AdoptionFigures, AdoptionGap, PeriodFigures, Proportion, TestFigures, ValueFigures } from './pilot-metrics';

/**
 * How each metric is read from a period's figures (and from the test results, which have no
 * periods): the value in the metric's display unit, its sample, and why there is none.
 */
/** Reads one metric from a period: an observation, 'empty' (no rows of its kind), or 'no_file'. */
export type Reader = (period: PeriodFigures) => Observation | 'empty' | 'no_file';

const gapText: Record<AdoptionGap, string> = {
  'enrolment unknown': "The stage's enrolled users are not set, so adoption has no denominator.",
  'group enrolment unknown':
    "This group's enrolled users are not recorded (the plan enrols per stage, not per group, unless a roster file with a group column names the group), so adoption in the group has no denominator.",
  'no users enrolled': 'The stage has 0 enrolled users, so adoption has no denominator.',
};

/** A share, with its exact ratio so that a tie with the threshold is decided exactly. */
const share = (p: Proportion, sample: number): Observation => ({
  value: p.percent,
  successes: p.successes,
  trials: p.trials,
  sample,
  ...(p.trials > 0 ? { ratio: { num: 100 * p.successes, den: p.trials } } : {}),
});
const mean = (value: number | null, sample: number): Observation => ({ value, successes: null, trials: null, sample });

/** The spread behind a mean, when the figures carry it. */
function momentsOf(n: number, sum: number | undefined, sumOfSquares: number | undefined): { moments?: Moments } {
  return sum === undefined || sumOfSquares === undefined ? {} : { moments: { n, sum, sumOfSquares } };
}

/**
 * Whether the period's adoption share is no evidence because the data disproves the enrolment: more
 * users active in the period, or over its whole stage, than are enrolled (the screens show no share either).
 */
export function enrolmentDisproved(a: AdoptionFigures): boolean {
  return a.enrolledUsers !== null && (a.activeUsers > a.enrolledUsers || (a.stageActiveUsers ?? 0) > a.enrolledUsers);
}

/**
 * More users active than enrolled cannot be true: the enrolment or the user ids are wrong, so the figure is no evidence.
 * The period is named: "8 users were active" beside the Pilot data tab's 9 for the stage read as a wrong count.
 */
function impossibleAdoption(active: number, enrolled: number, week: number | null): Observation {
  const when = week === null ? `Over the stage, ${active} different users were active` : `In week ${week}, ${active} users were active`;
  return {
    value: null,
    successes: active,
    trials: enrolled,
    sample: active,
    whyNoValue: `${when} but only ${enrolled} ${enrolled === 1 ? 'is' : 'are'} enrolled: a figure that cannot be true. Check the enrolment (or roster) and the user ids.`,
  };
}

/** The week a period's figures cover, or null for a whole stage (or group). */
const weekOf = (p: PeriodFigures): number | null => ('week' in p && typeof p.week === 'number' ? p.week : null);

/**
 * A week's share looks possible, but more users were active over the stage than it enrols: the
 * enrolment is wrong, so this week's denominator is too, and the share is no evidence either way.
 */
function disprovedAdoption(active: number, enrolled: number, stageActive: number): Observation {
  return {
    value: null,
    successes: active,
    trials: enrolled,
    sample: active,
    whyNoValue: `${stageActive} different users were active in this stage but only ${enrolled} ${enrolled === 1 ? 'is' : 'are'} enrolled, so the enrolment is wrong and so is every week's share of it (this week: ${active} of ${enrolled}). Check the enrolment (or roster) and the user ids.`,
  };
}

export const kindReaders = { ...operationsReaders, ...reviewReaders };

/** SPEC §5, issue 10: without the minutes by hand the time saved is never assumed. */
export const MINUTES_BY_HAND_UNKNOWN =
  'The time saved cannot be measured: the minutes a task takes by hand are not known. Enter how long the task takes by hand (Pilot data tab), or import editing minutes together with the minutes by hand.';

/** Time-saved metrics: outputs whose minutes by hand are unknown are left out; none known at all says why. */
function valueReader(p: PeriodFigures, read: (v: ValueFigures) => Observation): Observation | 'empty' | 'no_file' {
  const q = p.quality;
  if (q === null) return 'no_file';
  if (q.outputs === 0) return 'empty';
  const v = q.value;
  if (v === undefined || v.outputs === 0) return { value: null, successes: null, trials: null, sample: q.outputs, whyNoValue: MINUTES_BY_HAND_UNKNOWN };
  return read(v);
}

export const valueMetrics: ReadonlySet<MetricId> = new Set(['minutes_saved_per_output', 'hours_saved_per_user_week', 'hours_saved']);

export const readers: Partial<Record<MetricId, { figures: keyof PeriodFigures; read: Reader }>> = {
  ...Object.fromEntries(Object.entries(kindReaders).map(([id, r]) => [id, { figures: r.figures, read: r.read }])),
  adoption_rate: {
    figures: 'adoption',
    read: (p) => {
      const a = p.adoption;
      if (a === null) return 'no_file';
      if (a.rows === 0 && !a.covered) return 'empty';
      if (a.rate === null) {
        return { value: null, successes: null, trials: null, sample: a.activeUsers, whyNoValue: gapText[a.gap ?? 'enrolment unknown'] };
      }
      if (a.enrolledUsers !== null && a.activeUsers > a.enrolledUsers) return impossibleAdoption(a.activeUsers, a.enrolledUsers, weekOf(p));
      if (a.enrolledUsers !== null && enrolmentDisproved(a)) return disprovedAdoption(a.activeUsers, a.enrolledUsers, a.stageActiveUsers ?? a.activeUsers);
      return share(a.rate, a.rate.trials);
    },
  },
  editing_under_limit_share: {
    figures: 'quality',
    read: (p) => (p.quality === null ? 'no_file' : p.quality.outputs === 0 ? 'empty' : share(p.quality.underLimit, p.quality.outputs)),
  },
  mean_editing_share: {
    figures: 'quality',
    read: (p) => {
      const q = p.quality;
      if (q === null) return 'no_file';
      if (q.outputs === 0) return 'empty';
      return { ...mean(q.meanEditingPercent, q.outputs), ...momentsOf(q.outputs, q.editingSum, q.editingSumOfSquares) };
    },
  },
  median_editing_share: {
    figures: 'quality',
    read: (p) => (p.quality === null ? 'no_file' : p.quality.outputs === 0 ? 'empty' : mean(p.quality.medianEditingPercent, p.quality.outputs)),
  },
  mean_satisfaction: {
    figures: 'satisfaction',
    read: (p) => {
      const s = p.satisfaction;
      if (s === null) return 'no_file';
      if (s.ratings === 0) return 'empty';
      return { ...mean(s.meanRating, s.ratings), ratio: { num: s.ratingSum, den: s.ratings }, ...momentsOf(s.ratings, s.ratingSum, s.ratingSumOfSquares) };
    },
  },
  minutes_saved_per_output: {
    figures: 'quality',
    read: (p) => valueReader(p, (v) => ({ ...mean(v.outputs > 0 ? v.minutesSaved / v.outputs : null, v.outputs), ...momentsOf(v.outputs, v.minutesSaved, v.minutesSavedSumOfSquares) })),
  },
  hours_saved_per_user_week: {
    figures: 'quality',
    read: (p) =>
      valueReader(p, (v) => ({
        ...mean(v.userWeeks > 0 ? v.userWeekHours / v.userWeeks : null, v.userWeeks),
        ...momentsOf(v.userWeeks, v.userWeekHours, v.userWeekHoursSumOfSquares),
      })),
  },
  hours_saved: { figures: 'quality', read: (p) => valueReader(p, (v) => mean(v.minutesSaved / 60, v.outputs)) },
  satisfaction_top2_share: {
    figures: 'satisfaction',
    read: (p) => (p.satisfaction === null ? 'no_file' : p.satisfaction.ratings === 0 ? 'empty' : share(p.satisfaction.topTwo, p.satisfaction.ratings)),
  },
};

/** Test results are one figure for the whole file (SPEC §3), the same in every stage, with no weeks. */
export const testReaders: Partial<Record<MetricId, { read: (t: TestFigures) => Observation | 'empty'; column: string }>> = {
  accuracy: { read: (t) => (t.accuracy.trials === 0 ? 'empty' : share(t.accuracy, t.accuracy.trials)), column: 'correct (or expected and actual)' },
  hallucination_rate: {
    read: (t) => (t.hallucination.trials === 0 ? 'empty' : share(t.hallucination, t.hallucination.trials)),
    column: 'hallucination',
  },
  mean_latency: { read: (t) => (t.latencyCases === 0 ? 'empty' : mean(t.meanLatencySeconds, t.latencyCases)), column: 'latency' },
};
