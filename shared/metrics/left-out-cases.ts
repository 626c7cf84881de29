import { formatCount } from '../format/format';
import type { MetricId } from '../model/metrics';
import type { TestFigures } from './pilot-metrics';

interface CaseBasis {
  /** The test cases the metric's figure rests on. */
  readonly counted: (t: TestFigures) => number;
  /** Why the file's other cases are not among them. */
  readonly why: string;
}

/** The metrics read from test results, and which of the file's cases each figure rests on. */
const caseBases: Partial<Record<MetricId, CaseBasis>> = {
  accuracy: { counted: (t) => t.accuracy.trials, why: 'whose correctness is unknown' },
  hallucination_rate: { counted: (t) => t.hallucination.trials, why: 'with no hallucination recorded' },
  mean_latency: { counted: (t) => t.latencyCases, why: 'with no response time' },
};

/**
 * "6 more cases whose correctness is unknown are left out": the test cases a figure from test
 * results does not rest on, so every sentence that gives the figure (the Thresholds tab, a stage
 * gate's verdict, the printed summary) accounts for every case in the file. Null when none is
 * left out, or the metric is not read from test results.
 */
export function leftOutCasesText(t: TestFigures, metric: MetricId): string | null {
  const basis = caseBases[metric];
  if (basis === undefined) return null;
  const others = t.cases - basis.counted(t);
  if (others <= 0) return null;
  return `${formatCount(others)} more ${others === 1 ? 'case' : 'cases'} ${basis.why} ${others === 1 ? 'is' : 'are'} left out`;
}
