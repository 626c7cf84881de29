import { PILOT_METRICS_VERSION, type PeriodFigures, type PilotMetrics, type StageMetrics, type WeekFigures } from '../../../shared/metrics';
import { newCriterion, newStage } from '../../../shared/model/stage-factory';
import type { Plan, Stage } from '../../../shared/model/schema';
import type { AppStore } from '../../../renderer/store/types';
import { makePlan } from '../render-app';

/** Counts behind one period's figures: `[active, enrolled]` users (enrolled null: not set) and `[under the limit, outputs]`. */
export interface PeriodCounts {
  readonly adoption?: readonly [number, number | null];
  readonly quality?: readonly [number, number];
}

const share = (successes: number, trials: number) => ({ successes, trials, percent: trials === 0 ? null : (successes / trials) * 100 });

function figures({ adoption, quality }: PeriodCounts, files: { usage: boolean; quality: boolean }): PeriodFigures {
  return {
    adoption: files.usage
      ? adoption
        ? adoption[1] === null
          ? { rows: adoption[0] * 3, covered: true, activeUsers: adoption[0], enrolledUsers: null, rate: null, gap: 'enrolment unknown' }
          : { rows: adoption[0] * 3, covered: true, activeUsers: adoption[0], enrolledUsers: adoption[1], rate: share(adoption[0], adoption[1]), gap: null }
        : { rows: 0, covered: false, activeUsers: 0, enrolledUsers: null, rate: null, gap: null }
      : null,
    quality: files.quality
      ? { outputs: quality?.[1] ?? 0, underLimit: share(quality?.[0] ?? 0, quality?.[1] ?? 0), meanEditingPercent: quality ? 10 : null, medianEditingPercent: quality ? 8 : null }
      : null,
    satisfaction: null,
  };
}

/**
 * Hand-made pilot metrics for one stage: weekly counts and the whole stage. What an import of
 * usage and quality files would give, written out so each test states its own figures.
 */
export function stageMetrics(stage: Stage, weeks: readonly PeriodCounts[], total: PeriodCounts, groups: Readonly<Record<string, readonly PeriodCounts[]>> = {}): StageMetrics {
  const files = { usage: true, quality: true };
  const weekFigures = (list: readonly PeriodCounts[]): WeekFigures[] =>
    list.map((counts, i) => ({ ...figures(counts, files), week: i + 1, from: null, to: null }));
  return {
    stageId: stage.id,
    stageName: stage.name,
    from: stage.plannedStart,
    to: null,
    enrolledUsers: stage.enrolledUsers,
    total: figures(total, files),
    weeks: weekFigures(weeks),
    groups: Object.entries(groups).map(([group, list]) => ({ group, total: figures({}, files), weeks: weekFigures(list) })),
  };
}

export function pilotMetrics(stages: readonly StageMetrics[]): PilotMetrics {
  return { version: PILOT_METRICS_VERSION, editingShareLimit: 15, stages, tests: null, imports: [], warnings: [] };
}

/**
 * Keeps hand-made metrics in the store as if they came from imported files. The pilot-data
 * slice recomputes metrics from stored rows after plan edits (and finds none in a test), so
 * the test pins its figures instead of racing that recomputation.
 */
export function pinPilotMetrics(store: AppStore, metrics: PilotMetrics, pinnedImports: readonly string[] = []): () => void {
  // The metrics stand for these imports' rows, whatever the test's storage holds: their rows are never marked
  // missing (a listed import whose rows are missing makes its metrics "cannot measure").
  const without = (data: ReturnType<AppStore['getState']>['importData']) =>
    Object.fromEntries(Object.entries(data).filter(([id]) => !pinnedImports.includes(id)));
  const pinned = (state: ReturnType<AppStore['getState']>): boolean =>
    state.pilotMetrics === metrics && pinnedImports.every((id) => state.importData[id] === undefined);
  store.setState((state) => ({ pilotMetrics: metrics, importData: without(state.importData) }));
  return store.subscribe((state) => {
    if (!pinned(state)) store.setState((s) => ({ pilotMetrics: metrics, importData: without(s.importData) }));
  });
}

/**
 * A running internal pilot on TEST_NOW (2026-03-10): started 2026-02-02, 4 weeks, 5 users
 * enrolled, judged on adoption ≥ 50% at week 4 (min. 2 users) and outputs under the editing
 * limit ≥ 80% over the stage (min. 30 outputs).
 */
export function pilotPlan(overrides: Partial<Stage> = {}): { plan: Plan; stage: Stage } {
  const stage = newStage({
    name: 'Internal pilot',
    audience: { kind: 'users', min: 2, max: 5 },
    plannedStart: '2026-02-02',
    durationWeeks: 4,
    minDurationWeeks: 2,
    enrolledUsers: 5,
    criteria: [
      newCriterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 }, minSample: 2 }),
      newCriterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, judgedAt: { kind: 'stage_end' }, minSample: 30 }),
    ],
    ...overrides,
  });
  const later = newStage({ name: 'Expanded pilot', plannedStart: '2026-04-06', durationWeeks: 4, enrolledUsers: 15 });
  return { plan: makePlan({ name: 'Claims triage', stages: [stage, later] }), stage };
}

/**
 * Two stages whose gates both pass on TEST_NOW (2026-03-10): the internal pilot (adoption 3 of 5
 * at week 4, 104 of 108 outputs under the limit) and an expanded pilot that started a week later,
 * judged on adoption at week 2 (4 of 5). With nothing in the decision log, stage 2 is locked.
 */
export function passingStagesPlan(): { plan: Plan; first: Stage; second: Stage; metrics: PilotMetrics } {
  const { stage: first } = pilotPlan();
  const second = newStage({
    name: 'Expanded pilot',
    plannedStart: '2026-02-09',
    durationWeeks: 4,
    enrolledUsers: 5,
    criteria: [newCriterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 2 }, minSample: 2 })],
  });
  const weeks = (...active: number[]): PeriodCounts[] => active.map((a) => ({ adoption: [a, 5] }));
  const metrics = pilotMetrics([
    stageMetrics(first, weeks(5, 4, 3, 3), { adoption: [5, 5], quality: [104, 108] }),
    stageMetrics(second, weeks(4, 4), { adoption: [4, 5], quality: [50, 50] }),
  ]);
  return { plan: makePlan({ name: 'Claims triage', stages: [first, second] }), first, second, metrics };
}
