/**
 * The labelled test set the risk tier asks for (SPEC §1: low 50, medium 200, high 500 cases), applied to every figure
 * read from test results: a threshold or gate on accuracy over 194 cases is not "met" for a tier that asks for 200.
 * Until a tier is confirmed the strictest applies, as for the checklist.
 */
import { formatCount } from '../format/format';
import { minTestSetSize, type RiskTier } from '../model/enums';
import type { MetricId } from '../model/metrics';

export interface TestSetMinimum {
  readonly tier: RiskTier;
  readonly cases: number;
  /** False when no tier is confirmed and the strictest is assumed. */
  readonly confirmed: boolean;
}

/** The figures read from the labelled test set, judged against its minimum size. */
export const testSetMetrics: ReadonlySet<MetricId> = new Set<MetricId>(['accuracy', 'hallucination_rate', 'mean_latency']);

export function testSetMinimum(riskTier: RiskTier | null): TestSetMinimum {
  const tier = riskTier ?? 'high';
  return { tier, cases: minTestSetSize[tier], confirmed: riskTier !== null };
}

/** "the medium risk tier asks for at least 200 test cases"; names the assumption when no tier is confirmed. */
export function testSetMinimumText(min: TestSetMinimum): string {
  const cases = `at least ${formatCount(min.cases)} test cases`;
  return min.confirmed ? `the ${min.tier} risk tier asks for ${cases}` : `the risk tier is not confirmed, so the strictest (high) applies: ${cases}`;
}

/** Why a figure over `cases` test cases is not enough, or null when it is. */
export function testSetShortfall(cases: number, min: TestSetMinimum): string | null {
  if (cases >= min.cases) return null;
  return `Only ${formatCount(cases)} test ${cases === 1 ? 'case' : 'cases'}; ${testSetMinimumText(min)}.`;
}
