import { numberMessage, parseNumber } from '../../format/numbers';

export interface NumberRules {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** When set, an empty field is valid and means null ("not set", "open-ended"). */
  readonly emptyMeansNull?: boolean;
  /** The field counts in percent: a typed "%" after the number is accepted. */
  readonly percent?: boolean;
}

export type NumberInput = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

/** Reads what a person typed into a number field, with the reason when it cannot be used. */
export function readNumber(text: string, rules: NumberRules): NumberInput {
  if (text.trim() === '') {
    return rules.emptyMeansNull ? { ok: true, value: null } : { ok: false, message: 'Enter a number.' };
  }
  const value = parseNumber(text, { percent: rules.percent === true });
  if (value === null) return { ok: false, message: numberMessage(text) };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  if (rules.min !== undefined && value < rules.min) return { ok: false, message: `Enter ${rules.min} or more.` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, message: `Enter ${rules.max} or less.` };
  return { ok: true, value };
}
