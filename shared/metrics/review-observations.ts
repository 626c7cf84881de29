import type { Observation } from '../gates/observations';
import type { MetricId } from '../model/metrics';
import type { OperationsReader } from './operations-observations';
import type { Proportion } from './pilot-metrics';

/** Shares of a review log and a shadow comparison, with the exact ratio so ties are decided exactly. */
const share = (p: Proportion): Observation => ({
  value: p.percent,
  successes: p.successes,
  trials: p.trials,
  sample: p.trials,
  ...(p.trials > 0 ? { ratio: { num: 100 * p.successes, den: p.trials } } : {}),
});

export const reviewReaders: Partial<Record<MetricId, OperationsReader>> = {
  approval_rate: {
    figures: 'reviews',
    columns: 'decision',
    measured: () => true,
    read: (p) => (p.reviews === undefined || p.reviews === null ? 'no_file' : p.reviews.reviews === 0 ? 'empty' : share(p.reviews.approval)),
  },
  edit_rate: {
    figures: 'reviews',
    columns: 'decision',
    measured: () => true,
    read: (p) => (p.reviews === undefined || p.reviews === null ? 'no_file' : p.reviews.reviews === 0 ? 'empty' : share(p.reviews.edit)),
  },
  agreement_rate: {
    figures: 'shadow',
    columns: 'match',
    measured: () => true,
    read: (p) => (p.shadow === undefined || p.shadow === null ? 'no_file' : p.shadow.cases === 0 ? 'empty' : share(p.shadow.agreement)),
  },
};
