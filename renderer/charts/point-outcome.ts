import type { ObservationOutcome } from '../../shared/gates/results';

/** How one week stands against the gate, as the chart marks it: by shape and word, never colour alone. */
export type PointMark = 'met' | 'missed' | 'unjudged';

export function pointMark(outcome: ObservationOutcome | null): PointMark | null {
  if (outcome === null || outcome === 'no_data') return null;
  if (outcome === 'meets') return 'met';
  if (outcome === 'misses') return 'missed';
  return 'unjudged';
}

/** The short word printed beside a point. */
export const pointWords: Record<ObservationOutcome, string> = {
  meets: 'met',
  misses: 'missed',
  too_small: 'too few',
  inconclusive: 'unclear',
  no_value: 'no value',
  no_data: 'no data',
};

/** The longer wording of the text alternative (the hidden table). */
export const pointSentences: Record<ObservationOutcome, string> = {
  meets: 'Meets the gate',
  misses: 'Misses the gate',
  too_small: 'Sample below the minimum',
  inconclusive: 'Interval straddles the threshold',
  no_value: 'Cannot be computed',
  no_data: 'No data',
};

export const markLegend: Record<PointMark, string> = {
  met: 'Week meets the gate',
  missed: 'Week misses the gate',
  unjudged: 'Too little data to judge the week',
};
