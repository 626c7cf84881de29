/** Gate evaluation (SPEC §4): the public surface for the adapter, the stores, the charts and the report. */
export type {
  MetricObservations,
  Moments,
  Observation,
  ObservationLookup,
  ObservationSeries,
  Unmeasurable,
  WeeklyObservation,
} from './observations';
export type {
  CriterionResult,
  CriterionStatus,
  GroupResult,
  JudgedObservation,
  ObservationOutcome,
  ObservationScope,
  PercentInterval,
  RuleSummary,
  TriggerResult,
  TriggerStatus,
} from './results';
export { criterionStatusLabels, triggerStatusLabels } from './results';
export { wilsonInterval, wilsonForRate, Z_95, type ProportionInterval } from './wilson';
export { gateContext, type GateContext } from './gate-context';
export { evaluateCriterion } from './evaluate-criterion';
export { evaluateTrigger } from './evaluate-trigger';
export {
  evaluatePlan,
  evaluateStage,
  NO_REQUIRED_CRITERIA,
  stageVerdictLabels,
  type StageEvaluation,
  type StageVerdict,
  type TrendingTrigger,
} from './stage-verdict';
export {
  conclusiveSampleSize,
  defaultExpectedRate,
  MAX_PLANNED_SAMPLE,
  plannedSample,
  samplePlan,
  successesNeeded,
  type SamplePlan,
  type SuccessesNeeded,
} from './sample-planning';
export type { DifferenceInterval } from './difference-interval';
export { newcombeInterval } from './newcombe';
export { welchInterval, varianceFromSums, type MeanSummary, type WelchInterval } from './welch';
export { studentTQuantile } from './student-t';
export { nearestRankPercentile } from './percentile';
export { baselinePlan, defaultAssumption, type BaselinePlan } from './baseline-planning';
export type { BaselineEvidence } from './results';
export { differenceText, signedNumber } from './baseline-wording';
