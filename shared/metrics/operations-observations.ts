import type { Observation } from '../gates/observations';
import type { MetricId } from '../model/metrics';
import type { OperationsFigures, PeriodFigures, Proportion } from './pilot-metrics';

/**
 * How each operations metric is read from a period's figures (issue 10). Shares carry their exact
 * ratio (100 × successes ÷ trials) so a tie with the threshold is decided exactly; a period whose
 * rows leave the measure empty is 'empty' (no data that week), never 0%.
 */
export interface OperationsReader {
  /** Which figures of a period it reads. */
  readonly figures: 'operations' | 'reviews' | 'shadow';
  readonly read: (p: PeriodFigures) => Observation | 'empty' | 'no_file';
  /** Whether the file measures this at all (for "the column is not mapped or is empty"). */
  readonly measured: (o: OperationsFigures) => boolean;
  /** The columns it needs, for the message when none is mapped. */
  readonly columns: string;
}

const share = (p: Proportion): Observation => ({
  value: p.percent,
  successes: p.successes,
  trials: p.trials,
  sample: p.trials,
  ...(p.trials > 0 ? { ratio: { num: 100 * p.successes, den: p.trials } } : {}),
});

/**
 * The file rows a figure rests on: the period's rows, exactly when every row reports the measure (its requests are all
 * the period's), else at most. What a sampled log's minimum sample counts (judge-observation.ts).
 */
const rowsBehind = (o: OperationsFigures, exact: boolean): { rows: number; exact: boolean } => ({ rows: o.rows, exact });

function reader(
  measured: (o: OperationsFigures) => boolean,
  columns: string,
  observe: (o: OperationsFigures) => Observation,
): OperationsReader {
  return {
    figures: 'operations',
    measured,
    columns,
    read: (p) => {
      const o = p.operations;
      if (o === undefined || o === null) return 'no_file';
      return measured(o) ? observe(o) : 'empty';
    },
  };
}

const latencyMeasured = (o: OperationsFigures): boolean => o.latencyRequests > 0;

/**
 * The rows behind a latency: each a single request when none stands for several (then its requests are its rows),
 * else at most the period's rows, exactly when every row reports a latency.
 */
const latencyRows = (o: OperationsFigures): { rows: number; exact: boolean } =>
  o.aggregatedLatencyRows === 0 ? { rows: o.latencyRequests, exact: true } : rowsBehind(o, o.latencyRequests === o.requests);

export const operationsReaders: Partial<Record<MetricId, OperationsReader>> = {
  error_rate: reader((o) => o.errorRate.trials > 0, 'errors', (o) => ({ ...share(o.errorRate), rowsSeen: rowsBehind(o, o.errorRate.trials === o.requests) })),
  escalation_rate: reader((o) => o.escalationRate.trials > 0, 'escalations', (o) => ({ ...share(o.escalationRate), rowsSeen: rowsBehind(o, o.escalationRate.trials === o.requests) })),
  positive_feedback_share: reader((o) => o.positiveFeedback.trials > 0, 'thumbs up or thumbs down', (o) => ({ ...share(o.positiveFeedback), rowsSeen: rowsBehind(o, false) })),
  mean_request_latency: reader(latencyMeasured, 'latency', (o) => ({
    value: o.meanLatencySeconds,
    successes: null,
    trials: null,
    sample: o.latencyRequests,
    rowsSeen: latencyRows(o),
    ...(o.latencySum !== undefined && o.latencySumOfSquares !== undefined
      ? { moments: { n: o.latencyRequests, sum: o.latencySum, sumOfSquares: o.latencySumOfSquares } }
      : {}),
  })),
  p95_latency: reader(latencyMeasured, 'latency', (o) =>
    o.aggregatedLatencyRows > 0
      ? {
          value: null,
          successes: null,
          trials: null,
          sample: o.latencyRequests,
          rowsSeen: latencyRows(o),
          // A sampled log's row ("ItemCount" above 1) stands for several requests too: its latency is one request's, not theirs.
          whyNoValue: `${o.aggregatedLatencyRows} ${o.aggregatedLatencyRows === 1 ? 'row stands' : 'rows stand'} for several requests each (one mean latency for an hour or a day, or one request of a sampled log standing for others); a 95th percentile cannot be worked out from them. Import one row per request, unsampled, to measure it.`,
        }
      : { value: o.p95LatencySeconds, successes: null, trials: null, sample: o.latencyRequests, rowsSeen: latencyRows(o) },
  ),
  throughput: reader((o) => o.requests > 0 || o.rows > 0, 'requests', (o) =>
    o.days === null
      ? {
          value: null,
          successes: null,
          trials: null,
          sample: o.requests,
          rowsSeen: rowsBehind(o, true),
          whyNoValue: 'The rows carry week numbers, not dates, so requests per day cannot be worked out.',
        }
      : { value: o.requestsPerDay, successes: null, trials: null, sample: o.requests, rowsSeen: rowsBehind(o, true), ratio: { num: o.requests, den: o.days } },
  ),
  cost_per_interaction: reader((o) => o.costRequests > 0, 'cost', (o) => ({
    value: o.costPerRequest,
    successes: null,
    trials: null,
    sample: o.costRequests,
    rowsSeen: rowsBehind(o, o.costRequests === o.requests),
  })),
};
