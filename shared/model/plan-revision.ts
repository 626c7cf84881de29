import { recordSnapshot } from '../readiness/history';
import { computeReadiness } from '../readiness/score';
import { localIsoDate } from './dates';
import type { Plan } from './schema';

/**
 * Stamps an edited plan before it is saved: the next revision (the "plan version" printed on
 * reports), the time, and today's readiness in the score history.
 */
export function reviseForSave(previous: Plan, edited: Plan, now: Date): Plan {
  const today = localIsoDate(now);
  const scoreHistory = recordSnapshot(edited.scoreHistory, computeReadiness(edited, today), today);
  return {
    ...edited,
    revision: previous.revision + 1,
    updatedAt: now.toISOString(),
    scoreHistory: [...scoreHistory],
  };
}
