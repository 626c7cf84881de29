import { formatAmount, formatCount, formatPlural } from '../format/format';
import type { OperationsFigures, PilotMetrics } from '../metrics/pilot-metrics';

/** A threshold's value from the operations data, with what it rests on. */
export type OperationsReading = { value: number; basis: string } | null;

const plural = (n: number, word: string): string => formatPlural(n, word);

function stageTotals(pilot: PilotMetrics): OperationsFigures[] {
  return pilot.stages.flatMap((s) => (s.total.operations ? [s.total.operations] : []));
}

/** Sums of a proportion over every stage: a ratio of sums, never a mean of the stages' rates. */
function summedShare(
  pick: (o: OperationsFigures) => { successes: number; trials: number },
  words: (successes: number, trials: number) => string,
): (pilot: PilotMetrics) => OperationsReading {
  return (pilot) => {
    let successes = 0;
    let trials = 0;
    for (const o of stageTotals(pilot)) {
      const p = pick(o);
      successes += p.successes;
      trials += p.trials;
    }
    if (trials === 0) return null;
    return { value: (successes / trials) * 100, basis: words(successes, trials) };
  };
}

/** Error rate of every stage together: errors ÷ requests of the rows placed in a stage. */
export const operationsErrorRate = summedShare(
  (o) => o.errorRate,
  (errors, requests) => `${plural(errors, 'error')} in ${plural(requests, 'request')} in the stages`,
);

export const operationsEscalationRate = summedShare(
  (o) => o.escalationRate,
  (escalations, requests) => `${plural(escalations, 'escalation')} in ${plural(requests, 'request')} in the stages`,
);

export const operationsPositiveFeedback = summedShare(
  (o) => o.positiveFeedback,
  (up, votes) => `${formatCount(up)} thumbs up of ${plural(votes, 'vote')} in the stages`,
);

/** Mean latency in operation: each stage's mean weighed by its requests with a latency. */
export function operationsMeanLatency(pilot: PilotMetrics, unit: string): OperationsReading {
  let weighted = 0;
  let requests = 0;
  for (const o of stageTotals(pilot)) {
    if (o.meanLatencySeconds === null || o.latencyRequests === 0) continue;
    weighted += o.meanLatencySeconds * o.latencyRequests;
    requests += o.latencyRequests;
  }
  if (requests === 0) return null;
  const seconds = weighted / requests;
  const value = unit.trim().toLowerCase() === 'ms' ? seconds * 1000 : seconds;
  return { value, basis: `over ${plural(requests, 'request')} in the stages` };
}

/** Cost per interaction: total cost ÷ the requests that report a cost. */
export function operationsCostPerInteraction(pilot: PilotMetrics): OperationsReading {
  let cost = 0;
  let requests = 0;
  for (const o of stageTotals(pilot)) {
    cost += o.cost;
    requests += o.costRequests;
  }
  if (requests === 0) return null;
  return { value: cost / requests, basis: `${formatAmount(cost)} over ${plural(requests, 'request')} in the stages` };
}
