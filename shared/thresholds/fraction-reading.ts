import { comparatorLabels } from '../model/enums';
import type { Threshold } from '../model/schema';
import { targetWithUnit, valueWithUnit } from '../report/stage-words';
import { compare } from './compare';

/** The question a typed percentage asks when it may be a fraction of one: the two readings and what each means. */
export interface FractionReading {
  /** The value as typed, in percent (0.97 → 0.97%). */
  readonly asTyped: number;
  /** The value read as a fraction of one (0.97 → 97%). */
  readonly asFraction: number;
  /** "0.97% is not above 95%; 97% would be. Which is it?" */
  readonly question: string;
}

/**
 * A number typed without "%" for a percentage threshold that lies between 0 and 1, when reading it as a fraction
 * (0.97 = 97%, as many tools export shares) would turn "not met" into "met" or back: 0.97 against "above 95%". The
 * import asks the same of a file's shares; a value typed by hand was taken as 0.97% without a word. Null when the
 * reading does not change the status (0.5 against "below 1%" is met as 0.5%, and 50% would not be: that one asks too;
 * 0.03 against "below 5%" is met either way, and does not).
 */
export function fractionReading(typed: number, threshold: Pick<Threshold, 'unit' | 'comparator' | 'target'>): FractionReading | null {
  if (threshold.unit.trim() !== '%' || !(typed > 0 && typed <= 1)) return null;
  // Rounded off float noise: 0.07 × 100 is 7.000000000000001.
  const asFraction = Math.round(typed * 100 * 1e9) / 1e9;
  const metAsTyped = compare(typed, threshold.comparator, threshold.target);
  if (metAsTyped === compare(asFraction, threshold.comparator, threshold.target)) return null;
  const target = `${comparatorLabels[threshold.comparator]} ${targetWithUnit(threshold.target, threshold.unit)}`;
  const typedText = valueWithUnit(typed, '%');
  const fractionText = valueWithUnit(asFraction, '%');
  const question = metAsTyped
    ? `${typedText} is ${target}; read as a fraction of one, ${fractionText} would not be. Which is it?`
    : `${typedText} is not ${target}; read as a fraction of one, ${fractionText} would be. Which is it?`;
  return { asTyped: typed, asFraction, question };
}
