import { formatTargetWithUnit, formatValueWithUnit } from '../format/format';
import type { StageEvaluation } from '../gates/stage-verdict';
import { comparatorLabels } from '../model/enums';
import { metricInfo } from '../model/metrics';
import type { Threshold } from '../model/schema';
import { gateMetricOf } from './data-measurements';
import { thresholdStatus } from './threshold-status';

/**
 * Why a threshold (as judged: its value from the pilot data when they carry it) and a stage gate on the same metric read differently ("System error rate below 1%" not met while
 * the stage's "error rate below 2%" passes). Both are right: the threshold is the plan's own bar, judged on every
 * stage's data together, and each gate has its own limit and judges its own weeks. Only the gates decide a stage's
 * recommendation (SPEC §4), so the reader is told which one moves the verdict and where to change it. Null when no
 * gate judged on a fixed limit reads the other way (baseline comparisons judge a difference, not the figure).
 */
export function gateContrast(threshold: Threshold, evaluations: readonly StageEvaluation[]): string | null {
  const metric = gateMetricOf(threshold);
  const status = thresholdStatus(threshold);
  if (metric === null || threshold.measured === null || status === 'not_measured') return null;
  const unit = metricInfo[metric].unit;
  // A threshold in other units (latency in ms against a gate in seconds) would need a conversion to read side by side.
  if (threshold.unit.trim() !== unit) return null;
  const other = status === 'met' ? 'fail' : 'pass';
  const readings: string[] = evaluations.flatMap((e) =>
    e.criteria
      .filter((c) => c.metric === metric && c.status === other && c.evidence !== null && c.evidence.baseline === undefined)
      .map((c) => {
        const value = c.evidence?.value;
        const at = value === null || value === undefined ? '' : ` at ${formatValueWithUnit(value, unit)}`;
        return `${e.stageName}, ${comparatorLabels[c.comparator]} ${formatTargetWithUnit(c.threshold, unit)}: ${other === 'pass' ? 'passes' : 'fails'}${at}`;
      }),
  );
  if (readings.length === 0) return null;
  const bar = `${comparatorLabels[threshold.comparator]} ${formatTargetWithUnit(threshold.target, threshold.unit)}`;
  const measured = formatValueWithUnit(threshold.measured.value, threshold.unit);
  const gates = readings.length === 1 ? 'its own limit' : 'their own limits';
  const consequence =
    status === 'not_met'
      ? `A threshold not met does not hold a stage: the gates decide each stage’s recommendation. To hold the stages to ${bar}, change the gate’s limit on the Stages tab.`
      : 'A threshold met does not let a stage proceed: the gates decide each stage’s recommendation.';
  return (
    `Why ${readings.length === 1 ? 'a stage gate' : 'stage gates'} on the same metric ${other === 'pass' ? 'pass' : 'fail'}: ` +
    `this threshold is the plan’s own bar (${bar}), judged on every stage’s data together (${measured}); ` +
    `the ${readings.length === 1 ? 'gate judges its stage’s' : 'gates judge their stages’'} weeks against ${gates}: ${readings.join('; ')}. ${consequence}`
  );
}
