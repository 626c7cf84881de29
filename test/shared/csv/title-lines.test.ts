import { describe, expect, it } from 'vitest';
import { detectCsv } from '../../../shared/csv/detect';
import { importBytes, summaryOf, utf8 } from './helpers';

const table = 'user_id,date,uses\nu1,2025-01-14,3\nu2,2025-01-15,4\n';

describe('a title above the table is skipped, not read as the header', () => {
  it.each<[string, string, number, readonly string[]]>([
    ['no title', table, 0, ['user_id', 'date', 'uses']],
    ['a title, a blank line, the table (as a workbook sheet is written)', `"Pilot usage, December",,\n,,\n${table}`, 2, ['user_id', 'date', 'uses']],
    ['a title and a “generated on” line', `Pilot usage,,\nGenerated on 2025-12-01 by the tracker,,\n${table}`, 2, ['user_id', 'date', 'uses']],
    ['a title in a file without trailing commas', `Weekly export\n${table}`, 1, ['user_id', 'date', 'uses']],
    // Found by the accounting property: under a sep= line the title was read as the header, hiding every column.
    ['a title under Excel’s sep= line', `sep=,\nWeekly export\n${table}`, 2, ['user_id', 'date', 'uses']],
    ['a headerless file whose first row has one value stays data', 'u1,,\nu2,2025-01-14,3\nu3,2025-01-15,4\n', 0, ['Column 1', 'Column 2', 'Column 3']],
    ['a lone number above the table is not a title', `2025,,\n${table}`, 0, ['Column 1', 'Column 2', 'Column 3']],
  ])('%s', (_, text, skipTop, headers) => {
    const detected = detectCsv(utf8(text), { complete: true });
    if (!detected.ok) throw new Error(detected.error.message);
    expect(detected.value.skipTop ?? 0).toBe(skipTop);
    expect(detected.value.headers).toEqual(headers);
  });

  it('imports the table under a title and reports the skipped lines by number', () => {
    const { result } = importBytes(utf8(`"Pilot usage, December",,\n,,\n${table}`), { kind: 'usage' });
    const summary = summaryOf(result);
    expect(summary).toMatchObject({ accepted: 2, rejected: 0 });
    const skipped = summary.warnings.find((w) => w.code === 'top_lines_skipped');
    expect(skipped?.examples.map((e) => e.line)).toEqual([1]);
  });

  it('keeps the user’s choice: with “skip 0 lines” the title is read as a line of the table again', () => {
    const detected = detectCsv(utf8(`Pilot usage,,\n${table}`), { complete: true, overrides: { skipTop: 0 } });
    if (!detected.ok) throw new Error(detected.error.message);
    expect([detected.value.skipTop, detected.value.rows[0]]).toEqual([0, ['Pilot usage', '', '']]);
  });
});
