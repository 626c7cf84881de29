import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../renderer/format/numbers';

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
  ])('%j (percent field: %s) → %s', (text, percent, expected) => {
    expect(parseNumber(text, { percent })).toBe(expected);
  });
});
