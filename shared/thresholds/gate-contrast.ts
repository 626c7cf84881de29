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
export function gateContrast(threshold: Threshold, evaluations: readonly StageEvaluation[], options: { readonly brief?: boolean } = {}): string | null {
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
        const group = c.evidence?.group ?? null;
        const at = value === null || value === undefined ? '' : ` at ${formatValueWithUnit(value, unit)}${group === null ? '' : ` in group “${group}”`}`;
        return `${e.stageName}, ${comparatorLabels[c.comparator]} ${formatTargetWithUnit(c.threshold, unit)}: ${other === 'pass' ? 'passes' : 'fails'}${at}`;
      }),
  );
  if (readings.length === 0) return null;
  const one = readings.length === 1;
  const bar = `${comparatorLabels[threshold.comparator]} ${formatTargetWithUnit(threshold.target, threshold.unit)}`;
  const measured = formatValueWithUnit(threshold.measured.value, threshold.unit);
  // On paper, in as few words as the page allows: the screen says it at length.
  if (options.brief) {
    return (
      `${status === 'met' ? 'Met' : 'Not met'} over every stage together (${measured}), while ${one ? 'a stage’s own gate' : 'stages’ own gates'}, ` +
      `judged on ${one ? 'its stage' : 'their stages'} alone, ${other === 'pass' ? (one ? 'passes' : 'pass') : one ? 'fails' : 'fail'}: ${readings.join('; ')}. ` +
      'Only the gates decide a stage’s recommendation.'
    );
  }
  const gates = one ? 'its own limit' : 'their own limits';
  const consequence =
    status === 'not_met'
      ? `A threshold not met does not hold a stage: the gates decide each stage’s recommendation. To hold the stages to ${bar}, change the gate’s limit on the Stages tab.`
      : 'A threshold met does not let a stage proceed: the gates decide each stage’s recommendation.';
  return (
    `Why ${one ? 'a stage gate' : 'stage gates'} on the same metric ${other === 'pass' ? (one ? 'passes' : 'pass') : one ? 'fails' : 'fail'}: ` +
    `this threshold is the plan’s own bar (${bar}), judged on every stage’s data together (${measured}); ` +
    `${one ? 'the gate judges only its stage’s' : 'each gate judges only its stage’s'} weeks (and groups, when it must hold in every group) against ${gates}: ${readings.join('; ')}. ${consequence}`
  );
}
