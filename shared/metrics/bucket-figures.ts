import type { OperationsSums } from './aggregate-operations';
import type { ReviewSums, ShadowSums } from './aggregate-reviews';
import { NO_DAY } from './columns';
import type { OperationsFigures, ReviewFigures, ShadowFigures } from './pilot-metrics';
import { meanOrNull, proportion } from './proportion';

/** The operations figures of bucket `b`. */
export function operationsFigures(s: OperationsSums, b: number): OperationsFigures {
  const requests = s.requests[b] as number;
  const latencyRequests = s.latencyRequests[b] as number;
  const aggregatedLatencyRows = s.aggregatedLatencyRows[b] as number;
  const p95 = s.p95[b] as number;
  const first = s.firstDay[b] as number;
  const days = first === NO_DAY ? null : (s.lastDay[b] as number) - first + 1;
  const costRequests = s.costRequests[b] as number;
  const cost = s.cost[b] as number;
  const up = s.thumbsUp[b] as number;
  return {
    rows: s.rows[b] as number,
    requests,
    errorRate: proportion(s.errors[b] as number, s.errorRequests[b] as number),
    latencyRequests,
    meanLatencySeconds: meanOrNull(s.latencySum[b] as number, latencyRequests),
    // Moments of single requests only: a mean per hour has a smaller spread than the requests behind it.
    ...(aggregatedLatencyRows === 0 && latencyRequests > 0
      ? { latencySum: s.latencySum[b] as number, latencySumOfSquares: s.latencySumOfSquares[b] as number }
      : {}),
    p95LatencySeconds: aggregatedLatencyRows > 0 || Number.isNaN(p95) ? null : p95,
    aggregatedLatencyRows,
    days,
    requestsPerDay: days === null ? null : requests / days,
    costRequests,
    cost,
    costPerRequest: meanOrNull(cost, costRequests),
    escalationRate: proportion(s.escalations[b] as number, s.escalationRequests[b] as number),
    positiveFeedback: proportion(up, up + (s.thumbsDown[b] as number)),
  };
}

/** The review-log figures of bucket `b`. */
export function reviewFigures(s: ReviewSums, b: number): ReviewFigures {
  const reviews = s.reviews[b] as number;
  const timed = s.timed[b] as number;
  return {
    reviews,
    approval: proportion(s.approved[b] as number, reviews),
    edit: proportion(s.edited[b] as number, reviews),
    rejected: s.rejected[b] as number,
    timedReviews: timed,
    meanMinutes: meanOrNull(s.minutes[b] as number, timed),
  };
}

/** The shadow-comparison figures of bucket `b`. */
export function shadowFigures(s: ShadowSums, b: number): ShadowFigures {
  const cases = s.cases[b] as number;
  return { cases, agreement: proportion(s.matches[b] as number, cases) };
}
