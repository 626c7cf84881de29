import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../shared/model/enums';
import { fractionReading } from '../../../shared/thresholds/fraction-reading';

const threshold = (comparator: Comparator, target: number, unit = '%') => ({ comparator, target, unit });

describe('a typed percentage that may be a fraction of one', () => {
  it.each<[string, number, ReturnType<typeof threshold>, string | null]>([
    ['0.97 against above 95%', 0.97, threshold('>', 95), '0.97% is not above 95%; read as a fraction of one, 97% would be. Which is it?'],
    ['0.92 against at least 80%', 0.92, threshold('>=', 80), '0.92% is not at least 80%; read as a fraction of one, 92% would be. Which is it?'],
    ['0.07 against below 5%', 0.07, threshold('<', 5), '0.07% is below 5%; read as a fraction of one, 7% would not be. Which is it?'],
    ['1 against above 0.5%', 1, threshold('>', 0.5), null],
    ['0.03 against below 5% (met either way)', 0.03, threshold('<', 5), null],
    ['0.5 against above 90% as 0.5 or 50% (not met either way)', 0.5, threshold('>', 90), null],
    ['97 against above 95% (not between 0 and 1)', 97, threshold('>', 95), null],
    ['0 against above 95%', 0, threshold('>', 95), null],
    ['0.97 s against below 3 s (not a percentage)', 0.97, threshold('<', 3, 's'), null],
  ])('%s', (_, typed, rule, question) => {
    expect(fractionReading(typed, rule)?.question ?? null).toBe(question);
  });

  it('gives both readings, the fraction without float noise', () => {
    expect(fractionReading(0.07, threshold('<', 5))).toMatchObject({ asTyped: 0.07, asFraction: 7 });
    expect(fractionReading(0.29, threshold('>=', 28))).toMatchObject({ asTyped: 0.29, asFraction: 29 });
  });
});
