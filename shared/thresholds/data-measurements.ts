import { afterTodayWords, formatCount, formatDate, formatDateRange, formatPlural, formatTarget } from '../format/format';
import type { PilotMetrics, TestFigures } from '../metrics/pilot-metrics';
import type { ImportKind } from '../csv/kinds';
import { localDateOf } from '../model/dates';
import type { ImportRecord } from '../model/import-record';
import type { MeasuredValue, Threshold } from '../model/schema';
import { thresholdDefaults } from './default-thresholds';
import {
  operationsCostPerInteraction,
  operationsErrorRate,
  operationsEscalationRate,
  operationsMeanLatency,
  operationsPositiveFeedback,
} from './operations-measurements';
import { metricInfo, type MetricId } from '../model/metrics';
import { leftOutCasesText } from '../metrics/left-out-cases';
import { unavailableMessage, type UnavailableImport } from '../metrics/unavailable-imports';
import type { RiskTier } from '../model/enums';
import { testSetMinimum, testSetShortfall } from '../tier/test-set-minimum';
import type { JudgedThreshold } from './threshold-status';

/** A measured value the imported pilot data carry, with what it rests on. */
export interface DataMeasurement extends MeasuredValue {
  /** "over 200 test cases", "over 433 outputs in the stages"; with `leftOut` after it when there is one. */
  readonly basis: string;
  /** The file's cases the figure does not rest on, and why ("6 more cases whose correctness is unknown are left out"). */
  readonly leftOut: string | null;
  /** For a figure from test results: the cases it rests on (what the risk tier's minimum test set is counted in). */
  readonly cases?: number;
  /**
   * The rows among those it rests on that are dated after today (in stage weeks not begun, the verdicts' rule), said
   * with the figure: "includes 325 outputs dated after today: check the file's dates". Absent when none.
   */
  readonly datedAfterToday?: string;
}

/** What a threshold shows: the data's value when the data carry the metric, else the typed one. */
export interface ThresholdMeasurement {
  readonly threshold: JudgedThreshold;
  /** The value from the pilot data; null when no import carries this metric. */
  readonly fromData: DataMeasurement | null;
  /** The value typed in by hand, if any. */
  readonly typed: MeasuredValue | null;
  /** The typed value disagrees with the data (it is kept, and shown, but the data decide). */
  readonly disagrees: boolean;
  /**
   * Why the data's value is not enough to judge: it rests on fewer test cases than the risk tier asks for ("Only 194
   * test cases; the medium risk tier asks for at least 200 test cases."). The threshold is then "not enough data".
   */
  readonly tooFew?: string;
  /**
   * Why the metric cannot be measured: a file that carries it is listed but its rows are missing or
   * damaged here. The threshold is then not measured (the other files alone would be part of the data,
   * and a typed value is set aside as the gates set it aside); null otherwise.
   */
  readonly cannotMeasure: string | null;
}

type Reader = (pilot: PilotMetrics, unit: string) => { value: number; basis: string; leftOut?: string; cases?: number } | null;

const plural = (n: number, word: string): string => formatPlural(n, word);

/**
 * `cases`: the cases the figure rests on; the file's other cases are named as left out (and why:
 * `leftOutCasesText`, the same words a stage gate's verdict uses), so the basis accounts for every case.
 */
function fromTests(read: (t: TestFigures, unit: string) => number | null, cases: (t: TestFigures) => number, metric: MetricId): Reader {
  return (pilot, unit) => {
    const tests = pilot.tests?.overall;
    if (!tests) return null;
    const value = read(tests, unit);
    if (value === null) return null;
    const n = cases(tests);
    const rerun = pilot.tests?.rerunCases ?? 0;
    // A re-run's older results are left out (test-figures.ts): the basis says so, or two files read as one set.
    const basis = `over ${plural(n, 'test case')}${rerun > 0 ? `, each from the latest file that holds it (${plural(rerun, 'older result')} of re-run cases left out)` : ''}`;
    const leftOut = leftOutCasesText(tests, metric);
    return leftOut === null ? { value, basis, cases: n } : { value, basis, leftOut, cases: n };
  };
}

/** Outputs under the editing limit, every stage together: the rows placed in a stage week. */
const editingShare: Reader = (pilot) => {
  let under = 0;
  let outputs = 0;
  for (const stage of pilot.stages) {
    const share = stage.total.quality?.underLimit;
    if (!share) continue;
    under += share.successes;
    outputs += share.trials;
  }
  if (outputs === 0) return null;
  return { value: (under / outputs) * 100, basis: `${formatCount(under)} of ${plural(outputs, 'output')} under the ${formatTarget(pilot.editingShareLimit)}% editing limit` };
};

const [accuracy, hallucination, , latency, errorRate, editing] = thresholdDefaults.map((d) => d.metric.toLowerCase());
const label = (metric: keyof typeof metricInfo): string => metricInfo[metric].label.toLowerCase();
const errorReader = { kind: 'operations' as const, read: operationsErrorRate };

/** The default metrics the pilot data measure: name (lower case) → the import kind and how to read it. */
const readers = new Map<string | undefined, { kind: ImportKind; read: Reader }>([
  [accuracy, { kind: 'test_results', read: fromTests((t) => t.accuracy.percent, (t) => t.accuracy.trials, 'accuracy') }],
  [hallucination, { kind: 'test_results', read: fromTests((t) => t.hallucination.percent, (t) => t.hallucination.trials, 'hallucination_rate') }],
  [
    latency,
    {
      kind: 'test_results',
      read: fromTests(
        (t, unit) => (t.meanLatencySeconds === null ? null : unit.trim().toLowerCase() === 'ms' ? t.meanLatencySeconds * 1000 : t.meanLatencySeconds),
        (t) => t.latencyCases,
        'mean_latency',
      ),
    },
  ],
  [editing, { kind: 'quality', read: editingShare }],
  // Operations data (issue 10): the default "System error rate", and thresholds named as the gate metrics are.
  [errorRate, errorReader],
  [label('error_rate'), errorReader],
  [label('escalation_rate'), { kind: 'operations', read: operationsEscalationRate }],
  [label('positive_feedback_share'), { kind: 'operations', read: operationsPositiveFeedback }],
  [label('mean_request_latency'), { kind: 'operations', read: operationsMeanLatency }],
  [label('cost_per_interaction'), { kind: 'operations', read: operationsCostPerInteraction }],
]);

/**
 * The gate metric a threshold measures, when the pilot data measure it the way a stage gate does: a stage gate on
 * that metric may then read otherwise than the threshold, and the screens say why (`gateContrast`).
 */
const gateMetrics = new Map<string | undefined, MetricId>([
  [accuracy, 'accuracy'],
  [hallucination, 'hallucination_rate'],
  [latency, 'mean_latency'],
  [editing, 'editing_under_limit_share'],
  [errorRate, 'error_rate'],
  [label('error_rate'), 'error_rate'],
  [label('escalation_rate'), 'escalation_rate'],
  [label('positive_feedback_share'), 'positive_feedback_share'],
  [label('mean_request_latency'), 'mean_request_latency'],
  [label('cost_per_interaction'), 'cost_per_interaction'],
]);

/** The gate metric of a threshold the pilot data measure; null for any other threshold. */
export function gateMetricOf(threshold: Pick<Threshold, 'metric'>): MetricId | null {
  return gateMetrics.get(threshold.metric.trim().toLowerCase()) ?? null;
}

/** The threshold metrics one kind of import measures, as the thresholds list names them. */
export function metricsMeasuredBy(kind: ImportKind): string[] {
  return thresholdDefaults.filter((d) => readers.get(d.metric.toLowerCase())?.kind === kind).map((d) => d.metric);
}

/**
 * `test-results.csv, imported Nov 22, 2026`, with the period the rows cover when they are dated
 * (`operations.csv, imported Nov 22, 2026, data from Sep 7 – 20, 2026`): a figure read weeks later must
 * not pass for one measured on its import day. Several files joined with "; ".
 */
function sourceOf(imports: readonly ImportRecord[], kind: ImportKind): { source: string; date: string } | null {
  const files = imports.filter((i) => i.kind === kind);
  if (files.length === 0) return null;
  const date = files.map((i) => localDateOf(i.importedAt)).sort().at(-1) ?? '';
  const period = (i: ImportRecord): string => (i.dateRange ? `, data from ${formatDateRange(i.dateRange.first, i.dateRange.last)}` : '');
  const text = files.map((i) => `${i.fileName}, imported ${formatDate(localDateOf(i.importedAt))}${period(i)}`).join('; ');
  return { source: text.length > 500 ? `${text.slice(0, 499)}…` : text, date };
}

/**
 * A threshold's measured value from the imported pilot data (SPEC §3: "or computed from
 * imported data"), for the default metrics the data carry: accuracy, hallucination rate and
 * average response time from test results, the share of outputs under the editing limit
 * from the quality file, the system error rate (and the operations metrics, by their gate
 * names) from operations files. Null when the plan holds no such data, or the metric is another one.
 */
export function dataMeasurement(threshold: Threshold, pilot: PilotMetrics | null, imports: readonly ImportRecord[]): DataMeasurement | null {
  const reader = readers.get(threshold.metric.trim().toLowerCase());
  if (!reader || !pilot) return null;
  const read = reader.read(pilot, threshold.unit);
  const from = sourceOf(imports, reader.kind);
  if (!read || !from) return null;
  const leftOut = read.leftOut ?? null;
  const measured = { value: read.value, date: from.date, source: from.source, basis: leftOut === null ? read.basis : `${read.basis}; ${leftOut}`, leftOut };
  return read.cases === undefined ? measured : { ...measured, cases: read.cases };
}

/** Typed and data values differ by more than the data's own rounding. */
function differs(typed: number, data: number): boolean {
  return Math.abs(typed - data) > Math.max(0.05, Math.abs(data) * 0.001);
}

/**
 * Every threshold with the value it is judged on: the data's when the pilot data carry the
 * metric (the typed value is kept and flagged when it disagrees), else the typed one. A metric
 * whose file is listed but cannot be read (`unavailable`) is not measured, and says why. A value from test results
 * over fewer cases than the risk tier asks for (`riskTier`; the strictest until one is confirmed) is "not enough data".
 */
export function measureFromData(
  thresholds: readonly Threshold[],
  pilot: PilotMetrics | null,
  imports: readonly ImportRecord[],
  unavailable: readonly UnavailableImport[],
  riskTier: RiskTier | null,
  /** The reader's today: rows dated after it are named with the figure they are in. Absent: not checked. */
  today?: string,
): ThresholdMeasurement[] {
  const minimum = testSetMinimum(riskTier);
  return thresholds.map((threshold) => {
    const typed = threshold.measured;
    const kind = readers.get(threshold.metric.trim().toLowerCase())?.kind;
    const cannotMeasure = kind === undefined ? null : unavailableMessage(unavailable, kind);
    if (cannotMeasure !== null) return { threshold: { ...threshold, measured: null }, fromData: null, typed, disagrees: false, cannotMeasure };
    const read = dataMeasurement(threshold, pilot, imports);
    if (!read) return { threshold, fromData: null, typed, disagrees: false, cannotMeasure: null };
    const later = today === undefined || pilot === null || kind === undefined ? null : laterRowsText(pilot, kind, today);
    const fromData = later === null ? read : { ...read, datedAfterToday: later };
    const tooFew = fromData.cases === undefined ? null : testSetShortfall(fromData.cases, minimum);
    const measured = { value: fromData.value, date: fromData.date, source: fromData.source };
    return {
      threshold: tooFew === null ? { ...threshold, measured } : { ...threshold, measured, tooFew },
      fromData,
      typed,
      disagrees: typed !== null && differs(typed.value, fromData.value),
      cannotMeasure: null,
      ...(tooFew === null ? {} : { tooFew }),
    };
  });
}

/** "includes 325 outputs dated after today (in weeks not begun): check the file's dates", or null when none is. */
function laterRowsText(pilot: PilotMetrics, kind: ImportKind, today: string): string | null {
  let outputs = 0;
  let requests = 0;
  for (const s of pilot.stages) {
    for (const w of s.weeks) {
      if (w.from === null || w.from <= today) continue;
      outputs += w.quality?.outputs ?? 0;
      requests += w.operations?.requests ?? 0;
    }
  }
  const n = kind === 'quality' ? plural(outputs, 'output') : kind === 'operations' ? plural(requests, 'request') : null;
  if (n === null || (kind === 'quality' ? outputs : requests) === 0) return null;
  return `includes ${n} dated ${afterTodayWords(today)}, in stage weeks not begun yet: check the file's dates`;
}
