/**
 * The independent oracle, part 2: criteria, triggers and the stage verdict from SPEC §4 and the
 * rules the README's gate section settles. Imports nothing from `shared/gates` or `shared/metrics`.
 */
import type { Criterion, Stage } from '../../../../shared/model/schema';
import {
  coveredWeeks,
  dayOf,
  activeUsers,
  figureOf,
  kindOf,
  placeAll,
  q,
  qCmp,
  qDecimal,
  qFloat,
  type Figure,
  type OracleMetric,
  type OracleRow,
} from './oracle-figures';

export interface OraclePlan {
  readonly stages: readonly Stage[];
  readonly confidence: boolean;
  readonly editingLimit: number;
  readonly rows: readonly OracleRow[];
  /** Kinds with a file imported (possibly with no accepted rows), and whether that file has a group column. */
  readonly files: Partial<Record<OracleRow['kind'], { grouped: boolean }>>;
  readonly today: string;
}

export type Status = 'pass' | 'fail' | 'not_enough_data' | 'pending' | 'cannot_measure';
export interface OracleCriterion {
  readonly status: Status;
  readonly value: number | null;
  readonly sample: number | null;
}
export interface OracleStage {
  readonly verdict: 'proceed' | 'hold' | 'roll_back' | 'running';
  readonly criteria: readonly OracleCriterion[];
  readonly triggersFired: readonly boolean[];
}

type Outcome = 'meets' | 'misses' | 'inconclusive' | 'too_small' | 'no_data' | 'no_value';
interface Judged {
  readonly outcome: Outcome;
  readonly fig: Figure | null;
}
const outcomeRank: Record<Outcome, number> = { meets: 0, too_small: 1, no_data: 1, inconclusive: 1, no_value: 2, misses: 3 };
const statusRank: Record<Status, number> = { pass: 0, pending: 1, not_enough_data: 2, cannot_measure: 3, fail: 4 };
const statusOf: Record<Outcome, Status> = { meets: 'pass', misses: 'fail', inconclusive: 'not_enough_data', too_small: 'not_enough_data', no_data: 'not_enough_data', no_value: 'cannot_measure' };

function holds(sign: number, comparator: Criterion['comparator']): boolean {
  return comparator === '>=' ? sign >= 0 : comparator === '<=' ? sign <= 0 : comparator === '>' ? sign > 0 : sign < 0;
}

/** 95% Wilson score interval in percent, computed here from its textbook formula. */
function wilson(s: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = s / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [s === 0 ? 0 : 100 * (centre - half), s === n ? 100 : 100 * (centre + half)];
}

function judge(fig: Figure | null, rule: Criterion, confidence: boolean, proportion: boolean): Judged {
  if (fig === null) return { outcome: 'no_data', fig };
  if (fig.value === null) return { outcome: fig.sample > 0 ? 'no_value' : 'no_data', fig };
  if (fig.sample < rule.minSample) return { outcome: 'too_small', fig };
  const t = qDecimal(rule.threshold);
  if (confidence && proportion && fig.successes !== null && fig.trials !== null) {
    const [lo, hi] = wilson(fig.successes, fig.trials).map((x) => Math.sign(x - rule.threshold));
    const a = holds(lo as number, rule.comparator);
    const b = holds(hi as number, rule.comparator);
    return { outcome: a && b ? 'meets' : !a && !b ? 'misses' : 'inconclusive', fig };
  }
  return { outcome: holds(qCmp(fig.value, t), rule.comparator) ? 'meets' : 'misses', fig };
}

const worst = (js: readonly Judged[]): Judged | null =>
  js.reduce<Judged | null>((w, j) => (w === null || outcomeRank[j.outcome] >= outcomeRank[w.outcome] ? j : w), null);

/** A rule's persistence as a run length, a day offset and the first week that counts. */
function shape(rule: Criterion): { run: number; after: number; first: number } {
  const p = rule.persistence;
  if (p === null) return { run: 1, after: 0, first: 1 };
  if (p.kind === 'consecutive_weeks') return { run: p.weeks, after: 0, first: 1 };
  if (p.kind === 'more_than_weeks') return { run: p.weeks + 1, after: 0, first: 1 };
  return { run: 1, after: p.days, first: Math.max(1, Math.ceil((p.days + 1) / 7)) };
}

const range = (a: number, b: number): number[] => (b < a ? [] : Array.from({ length: b - a + 1 }, (_, i) => a + i));

interface Window {
  readonly whole: boolean;
  readonly weeks: readonly number[];
  readonly ready: number;
}

function windowOf(rule: Criterion, stage: Stage, start: number, horizon: number, trigger: boolean): Window {
  const { run, after, first } = shape(rule);
  const D = stage.durationWeeks;
  const byRun = (last: number): Window => ({ whole: false, weeks: range(last - run + 1, last), ready: start + 7 * last });
  const continuous = (): Window => {
    const ready = start + 7 * (first + run - 1);
    if (trigger || run === 1) return { whole: false, weeks: range(first, horizon), ready };
    return { ...byRun(Math.max(horizon, run)), ready };
  };
  let w: Window;
  if (rule.judgedAt.kind === 'week') w = byRun(Math.max(rule.judgedAt.week, run));
  else if (rule.judgedAt.kind === 'stage_end') {
    if (D !== null) w = run === 1 ? { whole: true, weeks: [], ready: start + 7 * D } : byRun(Math.max(D, run));
    else w = run === 1 ? { whole: true, weeks: [], ready: start } : continuous();
  } else w = continuous();
  let ready = Math.max(w.ready, start + after);
  if (!trigger) ready = Math.max(ready, start + 7 * stage.minDurationWeeks);
  return { ...w, ready };
}

interface Series {
  readonly weeks: ReadonlyMap<number, Figure>;
  readonly whole: Figure | null;
}

/** Evaluates the whole plan as the oracle reads the SPEC. */
export function oracleEvaluate(plan: OraclePlan): OracleStage[] {
  const { stages, rows, today: todayIso } = plan;
  const today = dayOf(todayIso);
  const placed = placeAll(rows, stages);
  return stages.map((stage, s) => {
    const mine = placed.filter((p) => p.stage === s);
    const covered = coveredWeeks(rows, placed, stages, s);
    const maxWeek = Math.max(0, ...mine.map((p) => p.week), ...covered);
    const groups = [...new Set(mine.map((p) => p.row.group).filter((g): g is string => g !== null && g !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const seriesOf = (metric: OracleMetric, group: string | null): Series => {
      const enrolled = group === null ? stage.enrolledUsers : (Object.hasOwn(stage.enrolledByGroup, group) ? (stage.enrolledByGroup[group] ?? null) : null);
      const inGroup = mine.filter((p) => group === null || p.row.group === group);
      const stageActive = activeUsers(inGroup.map((p) => p.row));
      const fig = (ps: typeof inGroup, cov: boolean): Figure | null => {
        const f = figureOf(metric, ps.map((p) => p.row), cov, enrolled, Math.round(plan.editingLimit * 10), stageActive);
        return f === 'empty' ? null : f;
      };
      // Silence in a group means 0 active users only when the usage log says who is in which group.
      const coverable = group === null || plan.files.usage?.grouped === true;
      const weeks = new Map<number, Figure>();
      for (let w = 1; w <= maxWeek; w++) {
        const f = fig(inGroup.filter((p) => p.week === w), coverable && covered.has(w));
        if (f !== null) weeks.set(w, f);
      }
      return { weeks, whole: fig(inGroup, coverable && covered.size > 0) };
    };
    const start = stage.plannedStart === null ? null : dayOf(stage.plannedStart);
    const complete = start === null ? 0 : Math.max(0, Math.floor((today - start) / 7));

    const unusable = (metric: OracleMetric): boolean => {
      const kind = kindOf[metric];
      return plan.files[kind] !== undefined && !placed.some((p) => p.row.kind === kind);
    };
    const horizonOf = (series: Series): number => {
      if (stage.durationWeeks === null) return complete;
      const data = [...series.weeks.keys()].filter((w) => w <= complete);
      return Math.max(Math.min(complete, stage.durationWeeks), ...data, 0);
    };

    const criterion = (rule: Criterion): OracleCriterion => {
      const metric = rule.metric as OracleMetric;
      if (start === null || today < start) return { status: 'pending', value: null, sample: null };
      if (plan.files[kindOf[metric]] === undefined || unusable(metric)) return { status: 'cannot_measure', value: null, sample: null };
      const proportion = metric === 'adoption_rate' || metric === 'editing_under_limit_share' || metric === 'satisfaction_top2_share';
      const overall = seriesOf(metric, null);
      const win = windowOf(rule, stage, start, horizonOf(overall), false);
      const judgeSeries = (series: Series): { status: Status; evidence: Judged | null } => {
        if (today < win.ready) {
          const lastWeek = Math.max(0, ...series.weeks.keys());
          const trend = win.whole ? series.whole : (series.weeks.get(lastWeek) ?? null);
          const j = judge(trend, rule, plan.confidence, proportion);
          return j.outcome === 'no_value' ? { status: 'cannot_measure', evidence: j } : { status: 'pending', evidence: null };
        }
        const used = win.whole ? [judge(series.whole, rule, plan.confidence, proportion)] : win.weeks.map((w) => judge(series.weeks.get(w) ?? null, rule, plan.confidence, proportion));
        const w = worst(used);
        return w === null ? { status: 'not_enough_data', evidence: null } : { status: statusOf[w.outcome], evidence: w };
      };
      const main = judgeSeries(overall);
      let decided = main;
      if (rule.everyGroup) {
        const grouped = plan.files[kindOf[metric]]?.grouped === true;
        if (!grouped && statusRank[main.status] < statusRank.cannot_measure) decided = { status: 'cannot_measure', evidence: main.evidence };
        else if (grouped) {
          for (const g of groups) {
            const r = judgeSeries(seriesOf(metric, g));
            if (r.status === 'not_enough_data' || r.status === 'cannot_measure') continue;
            if (statusRank[r.status] > statusRank[decided.status]) decided = r;
          }
        }
      }
      const fig = decided.evidence?.fig ?? null;
      return { status: decided.status, value: fig?.value ? qFloat(fig.value) : null, sample: decided.evidence ? (fig?.sample ?? 0) : null };
    };

    const fires = (rule: Criterion): boolean => {
      const metric = rule.metric as OracleMetric;
      if (start === null || today < start || plan.files[kindOf[metric]] === undefined || unusable(metric)) return false;
      const proportion = metric === 'adoption_rate' || metric === 'editing_under_limit_share' || metric === 'satisfaction_top2_share';
      const overall = seriesOf(metric, null);
      const win = windowOf(rule, stage, start, horizonOf(overall), true);
      if (stage.durationWeeks !== null) {
        const last = Math.max(stage.durationWeeks, ...overall.weeks.keys());
        if (win.ready > start + 7 * last) return false;
      }
      const { run } = shape(rule);
      const firesIn = (series: Series): boolean => {
        const meets = (w: number) => judge(series.weeks.get(w) ?? null, rule, plan.confidence, proportion).outcome === 'meets';
        if (rule.judgedAt.kind === 'continuous' || (rule.judgedAt.kind === 'stage_end' && stage.durationWeeks === null && run > 1)) {
          let streak = 0;
          for (const w of win.weeks) if ((streak = meets(w) ? streak + 1 : 0) >= run) return true;
          return false;
        }
        if (today < win.ready) return false;
        return win.whole ? judge(series.whole, rule, plan.confidence, proportion).outcome === 'meets' : win.weeks.every(meets);
      };
      if (firesIn(overall)) return true;
      return rule.everyGroup && groups.some((g) => firesIn(seriesOf(metric, g)));
    };

    const criteria = stage.criteria.map(criterion);
    const triggersFired = stage.triggers.map(fires);
    const required = criteria.filter((_, i) => stage.criteria[i]?.required);
    const firedRequired = triggersFired.some((f, i) => f && stage.triggers[i]?.required);
    const isLast = s === stages.length - 1;
    const started = start !== null && today >= start;
    const verdict = firedRequired
      ? 'roll_back'
      : isLast && required.length === 0 && started
        ? 'running'
        : required.length > 0 && required.every((c) => c.status === 'pass')
          ? 'proceed'
          : 'hold';
    return { verdict, criteria, triggersFired };
  });
}

export { q };
