import { metricInfo } from '../model/metrics';
import type { Criterion } from '../model/schema';
import { testSetMetrics, testSetMinimumText, type TestSetMinimum } from '../tier/test-set-minimum';
import type { ObservationRule } from './judge-observation';
import type { ObservationSeries } from './observations';
import type { RuleSummary } from './results';

/** The part of a criterion every result repeats. */
export function ruleSummary(criterion: Criterion): RuleSummary {
  const { id, metric, comparator, threshold, required } = criterion;
  return { id, metric, comparator, threshold, required };
}

/**
 * What judging one observation needs; confidence applies to proportions and to the means that ask for a t interval.
 * A figure from test results needs at least the test set the risk tier asks for (`testSet`), and says so when short.
 */
export function gateRule(criterion: Criterion, statisticalConfidence: boolean, testSet?: TestSetMinimum): ObservationRule {
  const info = metricInfo[criterion.metric];
  const kind = info.kind;
  const tierDecides = testSet !== undefined && testSetMetrics.has(criterion.metric) && testSet.cases > criterion.minSample;
  return {
    comparator: criterion.comparator,
    threshold: criterion.threshold,
    minSample: tierDecides ? testSet.cases : criterion.minSample,
    kind,
    confidence: statisticalConfidence && (kind === 'proportion' || (kind === 'mean' && info.meanInterval === true)),
    ...(tierDecides ? { minSampleText: testSetMinimumText(testSet) } : {}),
  };
}

/** Groups in name order, so results and reasons never depend on import order. */
export function sortedGroups(groups: ReadonlyMap<string, ObservationSeries>): readonly (readonly [string, ObservationSeries])[] {
  // Every criterion and trigger on a metric walks the same groups: sorted once per observations map.
  let sorted = sortedByMap.get(groups);
  if (sorted === undefined) {
    sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    sortedByMap.set(groups, sorted);
  }
  return sorted;
}

const sortedByMap = new WeakMap<ReadonlyMap<string, ObservationSeries>, readonly (readonly [string, ObservationSeries])[]>();
