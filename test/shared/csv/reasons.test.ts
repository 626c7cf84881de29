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
