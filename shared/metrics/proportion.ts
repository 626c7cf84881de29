import type { Proportion } from './pilot-metrics';

/** A share with its counts; the percent is null when there is nothing to divide by. */
export function proportion(successes: number, trials: number): Proportion {
  return { successes, trials, percent: trials > 0 ? (successes / trials) * 100 : null };
}

/** sum ÷ count, or null for an empty period. */
export function meanOrNull(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

/**
 * Group and stage names in the order people expect ("Team 2" before "Team 10"), in the user's
 * alphabet (shared/format), ties broken by code units so the order is total.
 */
export { compareNames } from '../format/locale';
