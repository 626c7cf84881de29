/**
 * Gate evaluation with baselines (issue 10): `evaluatePlan` on 10 stages × 50 criteria, every
 * criterion compared with a baseline — half with the previous stage, half with a control group,
 * shares (Newcombe) and means (Welch) alike, judged on every complete week of a 12-week stage.
 * Observations are built once, outside the timing. Target: under 50 ms for the whole plan.
 *
 *   node -e "import('vite').then(v => v.runnerImport('./bench/baseline-bench.ts')).then(r => console.log(r.module.runBaselineBench()))"
 */
import type { MetricObservations, Observation, ObservationSeries, WeeklyObservation } from '../shared/gates/observations';
import { evaluatePlan } from '../shared/gates/stage-verdict';
import type { MetricId } from '../shared/model/metrics';
import { createPlan } from '../shared/model/plan-factory';
import type { Criterion, Plan, Stage } from '../shared/model/schema';
import { mulberry32 } from './prng';
import { spread, threadCpuMs } from './stats';

const STAGES = 10;
const CRITERIA = 50;
const WEEKS = 12;
const START = '2025-01-06';
const TODAY = '2025-04-07';

function criteria(stageIndex: number): Criterion[] {
  return Array.from({ length: CRITERIA }, (_, i) => {
    const mean = i % 2 === 1;
    const metric: MetricId = mean ? 'mean_satisfaction' : 'error_rate';
    return {
      id: `s${stageIndex}-c${i}`,
      metric,
      comparator: mean ? '>=' : '<=',
      threshold: mean ? -0.2 : 0.5,
      judgedAt: i % 3 === 0 ? { kind: 'stage_end' } : { kind: 'continuous' },
      minSample: 10,
      persistence: null,
      required: true,
      everyGroup: false,
      note: '',
      baseline: i % 4 < 2 ? { kind: 'previous_stage' } : { kind: 'control_group', group: 'Control' },
    };
  });
}

function stage(index: number): Stage {
  return {
    id: `stage-${index}`,
    name: `Stage ${index + 1}`,
    description: '',
    audience: { kind: 'traffic', percent: 10 },
    plannedStart: START,
    durationWeeks: WEEKS,
    minDurationWeeks: 0,
    pattern: 'percentage',
    enrolledUsers: null,
    enrolmentSource: '',
    enrolledByGroup: {},
    criteria: criteria(index),
    triggers: [],
  };
}

function observation(mean: boolean, random: () => number, n: number): Observation {
  if (mean) {
    let sum = 0;
    let squares = 0;
    for (let k = 0; k < n; k++) {
      const r = 1 + Math.floor(random() * 5);
      sum += r;
      squares += r * r;
    }
    return { value: sum / n, successes: null, trials: null, sample: n, moments: { n, sum, sumOfSquares: squares } };
  }
  const successes = Math.round(n * 0.02 * (0.5 + random()));
  return { value: (100 * successes) / n, successes, trials: n, sample: n };
}

function series(mean: boolean, random: () => number, n: number): ObservationSeries {
  const weeks: WeeklyObservation[] = Array.from({ length: WEEKS }, (_, w) => ({ ...observation(mean, random, n), week: w + 1 }));
  return { weeks, whole: observation(mean, random, n * WEEKS) };
}

export interface BaselineBenchReport {
  readonly criteria: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** CPU time of the thread per run (wall time on a busy machine also holds waiting for a core). */
  readonly cpuMedianMs: number;
  readonly cpuMinMs: number;
  readonly cpuMaxMs: number;
  /** How many criteria got each status: proves the work was done, and shows a tuning changed no verdict. */
  readonly verdicts: Record<string, number>;
}

export const BASELINE_TARGET_MS = 50;

/** The plan, its observations (built once) and the day, from a fixed seed. */
export function baselineBenchFixture(): { plan: Plan; lookup: (stageId: string, metric: MetricId) => MetricObservations; today: string } {
  const random = mulberry32(7);
  const base = createPlan({ name: 'Baseline bench', templateId: null, now: new Date('2025-01-01T00:00:00Z') });
  const plan: Plan = { ...base, stages: Array.from({ length: STAGES }, (_, i) => stage(i)) };
  const table = new Map<string, MetricObservations>();
  for (const s of plan.stages) {
    for (const metric of ['error_rate', 'mean_satisfaction'] as const) {
      const mean = metric === 'mean_satisfaction';
      table.set(`${s.id}|${metric}`, {
        status: 'available',
        overall: series(mean, random, mean ? 400 : 20_000),
        groups: new Map([['Control', series(mean, random, mean ? 100 : 5000)]]),
      });
    }
  }
  const missing: MetricObservations = { status: 'unmeasurable', why: { kind: 'no_file', message: 'No file.' } };
  const lookup = (stageId: string, metric: MetricId) => table.get(`${stageId}|${metric}`) ?? missing;
  return { plan, lookup, today: TODAY };
}

export function runBaselineBench(runs = 15): BaselineBenchReport {
  const { plan, lookup, today } = baselineBenchFixture();
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
    for (const result of results) for (const c of result.criteria) verdicts[c.status] = (verdicts[c.status] ?? 0) + 1;
  }
  const wall = spread(times);
  const cpuStats = spread(cpu);
  return {
    criteria: STAGES * CRITERIA,
    runs,
    medianMs: wall.median,
    minMs: wall.min,
    maxMs: wall.max,
    cpuMedianMs: cpuStats.median,
    cpuMinMs: cpuStats.min,
    cpuMaxMs: cpuStats.max,
    verdicts,
  };
}

/** One human-readable line for the console. */
export function formatBaselineBench(report: BaselineBenchReport): string {
  const ok = report.medianMs < BASELINE_TARGET_MS ? '✓' : '✗';
  return (
    `gates with baselines: evaluatePlan on ${STAGES} stages × ${CRITERIA} criteria, every one against a baseline, ${WEEKS} weeks: ` +
    `median ${report.medianMs.toFixed(2)} ms (min ${report.minMs.toFixed(2)}, max ${report.maxMs.toFixed(2)}) over ${report.runs} runs, ` +
    `CPU median ${report.cpuMedianMs.toFixed(2)} ms (${report.cpuMinMs.toFixed(2)}–${report.cpuMaxMs.toFixed(2)}); ` +
    `target < ${BASELINE_TARGET_MS} ms ${ok}; criteria ${JSON.stringify(report.verdicts)}`
  );
}
