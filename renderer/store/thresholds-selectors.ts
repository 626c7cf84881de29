import type { Threshold } from '../../shared/model/schema';
import { thresholdDefaults } from '../../shared/thresholds/default-thresholds';
import type { PilotMetrics, UnavailableImport } from '../../shared/metrics';
import type { ImportRecord } from '../../shared/model/import-record';
import type { RiskTier } from '../../shared/model/enums';
import { measureFromData, type ThresholdMeasurement } from '../../shared/thresholds/data-measurements';
import { gateContrast } from '../../shared/thresholds/gate-contrast';
import { tallyThresholds, type JudgedThreshold, type ThresholdTally } from '../../shared/thresholds/threshold-status';
import type { StageEvaluation } from '../../shared/gates/stage-verdict';
import { memoLast } from './memo';
import { selectUnavailableImports } from './pilot-data-selectors';
import { selectStageEvaluations } from './stages-selectors';
import type { AppState } from './types';

const noThresholds: readonly Threshold[] = [];

export const selectThresholds = (state: AppState): readonly Threshold[] => state.plan?.thresholds ?? noThresholds;

const noImports: readonly ImportRecord[] = [];
const measurementsOf = memoLast(
  (thresholds: readonly Threshold[], pilot: PilotMetrics | null, imports: readonly ImportRecord[], unavailable: readonly UnavailableImport[], riskTier: RiskTier | null, today: string) =>
    measureFromData(thresholds, pilot, imports, unavailable, riskTier, today),
);

/**
 * Each threshold with the value it is judged on: measured from the pilot data when they carry
 * the metric (SPEC §3), else as typed. Derived, so a new import shows at once and nothing goes stale.
 */
export const selectThresholdMeasurements = (state: AppState): readonly ThresholdMeasurement[] =>
  measurementsOf(selectThresholds(state), state.pilotMetrics, state.plan?.imports ?? noImports, selectUnavailableImports(state), state.plan?.riskTier ?? null, state.today);

const contrastsOf = memoLast((measurements: readonly ThresholdMeasurement[], evaluations: readonly StageEvaluation[]) =>
  measurements.map((m) => gateContrast(m.threshold, evaluations)),
);
/**
 * Per threshold (in the order of `selectThresholdMeasurements`): why a stage gate on the same metric reads otherwise
 * ("not met" here while the gate passes), or null.
 */
export const selectGateContrasts = (state: AppState): readonly (string | null)[] =>
  contrastsOf(selectThresholdMeasurements(state), selectStageEvaluations(state));

const judgedOf = memoLast((measurements: readonly ThresholdMeasurement[]) => measurements.map((m) => m.threshold));
/** The thresholds as judged: what the tally, the evidence and the report use. */
export const selectJudgedThresholds = (state: AppState): readonly JudgedThreshold[] => judgedOf(selectThresholdMeasurements(state));

const tallyOf = memoLast((thresholds: readonly JudgedThreshold[]) => tallyThresholds(thresholds));
export const selectThresholdTally = (state: AppState): ThresholdTally => tallyOf(selectJudgedThresholds(state));

const missingReasonOf = memoLast((thresholds: readonly Threshold[]) => thresholds.filter((t) => t.reason.trim() === '').length);
/** Thresholds nobody justified yet: shown as invalid until a reason is written. */
export const selectThresholdsWithoutReason = (state: AppState): number => missingReasonOf(selectThresholds(state));

const unusedDefaultsOf = memoLast((thresholds: readonly Threshold[]) =>
  thresholdDefaults.filter((d) => !thresholds.some((t) => t.metric.trim().toLowerCase() === d.metric.toLowerCase())),
);
/** Default thresholds the plan does not have yet, offered by "Add threshold". */
export const selectUnusedDefaults = (state: AppState): typeof thresholdDefaults => unusedDefaultsOf(selectThresholds(state));
