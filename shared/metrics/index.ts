/** Pilot metrics (SPEC §5): the stored column form of imports, and the figures computed from it. */
export {
  NO_DAY,
  NO_WEEK,
  TRI_NO,
  TRI_UNKNOWN,
  TRI_YES,
  dictValue,
  type Columns,
  type ColumnsOf,
  type DictColumn,
  type FigureColumns,
  type IncidentColumns,
  type QualityColumns,
  type SatisfactionColumns,
  type StoredRowByKind,
  type TestResultColumns,
  type TimedColumns,
  type UsageColumns,
} from './columns';
export { createColumnsBuilder, type ColumnsBuilder } from './column-builder';
export { COLUMNAR_FORMAT_VERSION, decodeColumns, encodeColumns } from './columnar';
export { storedRowAt } from './stored-rows';
export { dayFromIso, isoFromDay } from './day-number';
export { stageCalendar, stageSpans, weekOfDay, type StageCalendar, type StageInput, type StageSpan } from './stage-calendar';
export { MAX_STAGE_WEEK, unplacedReasons, type UnplacedReason } from './placement';
export { computeMetrics, type ColumnsByImport, type MetricsOptions } from './compute-metrics';
export { observationLookup } from './gate-observations';
export { enrolmentDisproved } from './period-readers';
export { metricsMatchPlan, metricsOptionsOf } from './metrics-match';
export { baselinePeriodsOf, periodKey, type BaselinePeriod } from './period-metrics';
export type * from './pilot-metrics';
export { PILOT_METRICS_VERSION } from './pilot-metrics';
export { handObservation, handSeries, handValuesUsed, withHandValues } from './hand-values';
export { withWeeklyFigures, figuresSource } from './figure-observations';
export { sampledLogs, sampledReason, withSampledLogs, type SampledLog } from './sampled-logs';
export { unavailableMessage, withUnavailableImports, type UnavailableImport } from './unavailable-imports';
export type { FigureEntry } from './weekly-figures';
export { valueSummary, type CostFigure, type StageValue, type TimeSaved, type TimeSavedOutcome, type ValueSummary } from './value-summary';
