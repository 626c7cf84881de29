import { describe, expect, it } from 'vitest';
import { numberMessage, parseNumber } from '../../../renderer/format/numbers';

describe('parseNumber', () => {
  it.each<[string, boolean, number | null]>([
    ['6', false, 6],
    ['6,5', false, 6.5],
    ['6%', true, 6],
    ['6 %', true, 6],
    [' 45,5% ', true, 45.5],
    // Outside a percent field a "%" is refused: "6%" of users is not 6 users.
    ['6%', false, null],
    ['%', true, null],
    ['six', true, null],
    ['', true, null],
    ['-5', false, -5],
    ['.5', false, 0.5],
    ['12,500.5', false, null],
    // Not what a person means by a number: refused, never read as 16, 1000 or 0.
    ['0x10', true, null],
    ['1e3', true, null],
    ['Infinity', false, null],
    ['5 5', false, null],
    // A thousands separator or a decimal comma: refused rather than guessed as 1.
    ['1,000', false, null],
    ['12,500 %', true, null],
    // The same with a point: "1.000" is one thousand in Germany, one elsewhere.
    ['1.000', false, null],
    ['12.500', true, null],
    // A leading 0 cannot start a thousands group: a decimal.
    ['0,500', false, 0.5],
    ['0.125', false, 0.125],
    ['1.5', false, 1.5],
    ['1000', false, 1000],
  ])('%j (percent field: %s) → %s', (text, percent, expected) => {
    expect(parseNumber(text, { percent })).toBe(expected);
  });
});

describe('numberMessage', () => {
  it.each<[string, string]>([
    ['abc', 'Enter a number.'],
    ['0x10', 'Enter a number.'],
    ['1,000', '“1,000” could be 1000 or 1: write 1000 for the whole number, or 1 for the decimal.'],
    ['12.500', '“12.500” could be 12500 or 12.5: write 12500 for the whole number, or 12.5 for the decimal.'],
    ['0,500', 'Enter a number.'],
  ])('%j → %s', (text, message) => {
    expect(numberMessage(text)).toBe(message);
  });
});
