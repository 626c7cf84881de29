/**
 * Gate evaluation speed: `evaluatePlan` on a synthetic plan of 10 stages × 50 criteria
 * (+ 2 rollback triggers each; the five criterion shapes below, ten times each at stepped thresholds), every stage with a year (52 weeks) of weekly observations in
 * 8 groups, statistical confidence on. The observations are built once, outside the timing:
 * the adapter that builds them from the imported metrics is measured by the metrics bench.
 *
 * The verdict is recomputed on every render that needs it (it is derived, never stored), so
 * the target is well under 50 ms for the whole plan.
 *
 * Run through the bench bundle (`gates` command of bench/cli.ts), or on its own:
 *   node -e "import('vite').then(v => v.runnerImport('./bench/gates-bench.ts')).then(r => r.module.printGatesBench())"
 */
import type { MetricObservations, ObservationLookup, ObservationSeries, WeeklyObservation } from '../shared/gates/observations';
import { evaluatePlan } from '../shared/gates/stage-verdict';
import type { MetricId } from '../shared/model/metrics';
import { createPlan } from '../shared/model/plan-factory';
import type { Criterion, Plan, Stage } from '../shared/model/schema';
import { mulberry32 } from './prng';
import { median, spread, threadCpuMs } from './stats';

export const GATES_TARGET_MS = 50;

const STAGES = 10;
const CRITERIA_PER_STAGE = 50;
const WEEKS = 52;
const GROUPS = 8;
const START = '2025-01-06';
/** A year and a day after the start: all 52 weeks complete. */
const TODAY = '2026-01-06';

export interface GatesBenchReport {
  readonly stages: number;
  readonly criteria: number;
  readonly triggers: number;
  readonly weeks: number;
  readonly groups: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** CPU time of the thread per run, median/min/max: wall time on a busy machine also holds waiting for a core. */
  readonly cpuMedianMs: number;
  readonly cpuMinMs: number;
  readonly cpuMaxMs: number;
  readonly targetMs: number;
  /** How many stages got each verdict: proves the work was done and not optimised away. */
  readonly verdicts: Record<string, number>;
}

let nextId = 0;
function rule(input: Pick<Criterion, 'metric' | 'comparator' | 'threshold'> & Partial<Criterion>): Criterion {
  nextId += 1;
  return {
    id: `bench-${nextId}`,
    judgedAt: { kind: 'stage_end' },
    minSample: 0,
    persistence: null,
    required: true,
    everyGroup: true,
    note: '',
    ...input,
  };
}

/** The five criterion shapes of a stage (every judging point and persistence rule); `step` tightens the threshold. */
const criterionShapes: readonly ((step: number) => Criterion)[] = [
  (step) => rule({ metric: 'adoption_rate', comparator: '>=', threshold: 50 + step, judgedAt: { kind: 'week', week: 4 + (step % 4) }, minSample: 5 }),
  (step) => rule({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 78 + step / 2, minSample: 30 }),
  (step) =>
    rule({
      metric: 'approval_rate',
      comparator: '>',
      threshold: 88 + step / 2,
      judgedAt: { kind: 'continuous' },
      minSample: 20,
      persistence: { kind: 'consecutive_weeks', weeks: 2 + (step % 3) },
    }),
  (step) => rule({ metric: 'error_rate', comparator: '<', threshold: 5 - step / 4, judgedAt: { kind: 'continuous' }, minSample: 20 }),
  (step) => rule({ metric: 'mean_satisfaction', comparator: '>=', threshold: 3.5 + step / 20, minSample: 20, required: false }),
];

/** One stage exercising every judging point and persistence rule. */
function benchStage(index: number): Stage {
  return {
    id: `stage-${index}`,
    name: `Stage ${index + 1}`,
    description: '',
    audience: { kind: 'users', min: 100, max: 400 },
    plannedStart: START,
    durationWeeks: WEEKS,
    minDurationWeeks: 4,
    pattern: 'percentage',
    enrolledUsers: 400,
    enrolmentSource: '',
    enrolledByGroup: {},
    // Ten rounds of the five shapes, each round's thresholds a step stricter: the verdicts differ, none is a copy.
    criteria: Array.from({ length: CRITERIA_PER_STAGE }, (_, k) => criterionShapes[k % criterionShapes.length]?.(Math.floor(k / criterionShapes.length)))
      .filter((c): c is Criterion => c !== undefined),
    triggers: [
      rule({
        metric: 'editing_under_limit_share',
        comparator: '<',
        threshold: 60,
        judgedAt: { kind: 'continuous' },
        minSample: 30,
        persistence: { kind: 'more_than_weeks', weeks: 2 },
      }),
      rule({
        metric: 'adoption_rate',
        comparator: '<',
        threshold: 20,
        judgedAt: { kind: 'continuous' },
        persistence: { kind: 'after_days', days: 90 },
      }),
    ],
  };
}

/** Typical level of each metric: proportions in percent (of `trials`), the mean on its own scale. */
const levels: Record<string, { readonly rate: number; readonly trials: number }> = {
  adoption_rate: { rate: 0.7, trials: 50 },
  editing_under_limit_share: { rate: 0.85, trials: 120 },
  approval_rate: { rate: 0.93, trials: 80 },
  error_rate: { rate: 0.02, trials: 300 },
  mean_satisfaction: { rate: 4.1, trials: 40 },
};

/**
 * A year of weekly observations around the metric's level, with noise proportional to the room
 * on either side. `dip` lowers the level in weeks 20–23: a quality incident a trigger catches.
 */
function weeklySeries(metric: MetricId, random: () => number, scale: number, dip: number): ObservationSeries {
  const level = levels[metric] ?? { rate: 0.5, trials: 50 };
  const weeks: WeeklyObservation[] = [];
  let successes = 0;
  let trials = 0;
  let sum = 0;
  for (let week = 1; week <= WEEKS; week++) {
    const n = Math.max(1, Math.round(level.trials * scale * (0.5 + random())));
    if (metric === 'mean_satisfaction') {
      const value = level.rate + (random() - 0.5);
      weeks.push({ week, value, successes: null, trials: null, sample: n });
      sum += value * n;
      trials += n;
      continue;
    }
    const noise = (random() - 0.5) * 0.5 * Math.min(level.rate, 1 - level.rate);
    const rate = Math.min(1, Math.max(0, level.rate + noise - (week >= 20 && week <= 23 ? dip : 0)));
    const k = Math.round(rate * n);
    weeks.push({ week, value: (k / n) * 100, successes: k, trials: n, sample: n });
    successes += k;
    trials += n;
  }
  const whole =
    metric === 'mean_satisfaction'
      ? { value: sum / trials, successes: null, trials: null, sample: trials }
      : { value: (successes / trials) * 100, successes, trials, sample: trials };
  return { weeks, whole };
}

/** The plan, its observations (built once) and the day, from a fixed seed. */
export function gatesBenchFixture(seed = 42): { plan: Plan; lookup: ObservationLookup; today: string } {
  const random = mulberry32(seed);
  const base = createPlan({ name: 'Gates bench', templateId: null, now: new Date('2025-01-01T00:00:00Z') });
  const plan: Plan = { ...base, statisticalConfidence: true, stages: Array.from({ length: STAGES }, (_, i) => benchStage(i)) };
  const table = new Map<string, MetricObservations>();
  for (const stage of plan.stages) {
    const metrics = new Set([...stage.criteria, ...stage.triggers].map((c) => c.metric));
    // Every third stage has a quality dip that fires its rollback trigger; the others proceed.
    const index = plan.stages.indexOf(stage);
    for (const metric of metrics) {
      const dip = index % 3 === 2 && metric === 'editing_under_limit_share' ? 0.4 : 0;
      const groups = new Map<string, ObservationSeries>();
      for (let g = 0; g < GROUPS; g++) groups.set(`Group ${g + 1}`, weeklySeries(metric, random, 1 / GROUPS, dip));
      table.set(`${stage.id}|${metric}`, { status: 'available', overall: weeklySeries(metric, random, 1, dip), groups });
    }
  }
  const missing: MetricObservations = { status: 'unmeasurable', why: { kind: 'no_file', message: 'No file.' } };
  return { plan, lookup: (stageId, metric) => table.get(`${stageId}|${metric}`) ?? missing, today: TODAY };
}

/** Times `evaluatePlan` over `runs` runs (after three warm-up runs) and returns the median. */
export function runGatesBench(options: { runs?: number; seed?: number } = {}): GatesBenchReport {
  const runs = Math.max(1, options.runs ?? 25);
  const { plan, lookup, today } = gatesBenchFixture(options.seed ?? 42);
  const times: number[] = [];
  const cpu: number[] = [];
  let verdicts: Record<string, number> = {};
  for (let r = -3; r < runs; r++) {
    const c0 = threadCpuMs();
    const t0 = performance.now();
    const results = evaluatePlan(plan, lookup, today);
    const ms = performance.now() - t0;
    const cpuMs = threadCpuMs() - c0;
    if (r < 0) continue;
    times.push(ms);
    cpu.push(cpuMs);
    verdicts = {};
    for (const result of results) verdicts[result.verdict] = (verdicts[result.verdict] ?? 0) + 1;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const cpuStats = spread(cpu);
  return {
    stages: plan.stages.length,
    criteria: plan.stages.reduce((n, s) => n + s.criteria.length, 0),
    triggers: plan.stages.reduce((n, s) => n + s.triggers.length, 0),
    weeks: WEEKS,
    groups: GROUPS,
    runs,
    medianMs: median(times),
    minMs: sorted[0] ?? NaN,
    maxMs: sorted[sorted.length - 1] ?? NaN,
    cpuMedianMs: cpuStats.median,
    cpuMinMs: cpuStats.min,
    cpuMaxMs: cpuStats.max,
    targetMs: GATES_TARGET_MS,
    verdicts,
  };
}

/** One human-readable line for the console. */
export function formatGatesBench(report: GatesBenchReport): string {
  const ok = report.medianMs < report.targetMs ? '✓' : '✗';
  return (
    `gates: evaluatePlan on ${report.stages} stages × ${report.criteria / report.stages} criteria (+${report.triggers} triggers), ` +
    `${report.weeks} weeks × ${report.groups} groups: median ${report.medianMs.toFixed(2)} ms ` +
    `(min ${report.minMs.toFixed(2)}, max ${report.maxMs.toFixed(2)}) over ${report.runs} runs, CPU median ${report.cpuMedianMs.toFixed(2)} ms ` +
    `(${report.cpuMinMs.toFixed(2)}–${report.cpuMaxMs.toFixed(2)}); target < ${report.targetMs} ms ${ok}; ` +
    `verdicts ${JSON.stringify(report.verdicts)}`
  );
}

/** Runs the bench and prints the line: what the standalone command calls. */
export function printGatesBench(options: { runs?: number; seed?: number } = {}): GatesBenchReport {
  const report = runGatesBench(options);
  console.log(formatGatesBench(report));
  return report;
}
