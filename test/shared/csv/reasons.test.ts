import { describe, expect, it } from 'vitest';
import { ReasonTally } from '../../../shared/csv/reasons';

describe('ReasonTally: every row counted, messages written only for the examples kept', () => {
  it.each([
    [0, 5],
    [3, 5],
    [20, 100_000],
  ])('%i examples kept of %i warned rows', (maxExamples, rows) => {
    const tally = new ReasonTally<'future_date'>(maxExamples, (field) => field);
    let written = 0;
    for (let line = 2; line < rows + 2; line++) {
      tally.add('future_date', 'date', line, () => {
        written++;
        return `row ${line}`;
      }, []);
    }
    const [group] = tally.toArray();
    expect(group?.count).toBe(rows);
    expect(written).toBe(Math.min(maxExamples, rows));
    expect(group?.examples.map((e) => e.message)).toEqual(Array.from({ length: Math.min(maxExamples, rows) }, (_, i) => `row ${i + 2}`));
  });

  it('takes a plain message as it is', () => {
    const tally = new ReasonTally<'nul_removed'>(2, (field) => field);
    tally.add('nul_removed', null, 0, '3 NUL characters were removed', [], 3);
    expect(tally.toArray()).toEqual([{ code: 'nul_removed', field: null, title: expect.any(String), count: 3, examples: [{ line: 0, message: '3 NUL characters were removed', cells: [] }] }]);
  });
});

describe('ReasonTally: reasons interleaved in any order', () => {
  it('counts each code and field apart, whatever follows what', () => {
    type Code = 'invalid_number' | 'missing_value';
    const calls: [Code, string | null][] = [
      ['invalid_number', 'rating'],
      ['invalid_number', 'rating'],
      ['invalid_number', 'userId'],
      ['missing_value', 'rating'],
      ['invalid_number', 'rating'],
      ['missing_value', null],
      ['missing_value', 'rating'],
      ['invalid_number', null],
      ['missing_value', null],
    ];
    const tally = new ReasonTally<Code>(1, (field) => field);
    calls.forEach(([code, field], line) => tally.add(code, field, line + 2, `${code} ${field}`, []));
    const counts = Object.fromEntries(tally.toArray().map((g) => [`${g.code}/${g.field}`, [g.count, g.examples.map((e) => e.line)]]));
    expect(counts).toEqual({
      'invalid_number/rating': [3, [2]],
      'invalid_number/userId': [1, [4]],
      'missing_value/rating': [2, [5]],
      'missing_value/null': [2, [7]],
      'invalid_number/null': [1, [9]],
    });
    expect(tally.total).toBe(calls.length);
  });
});
