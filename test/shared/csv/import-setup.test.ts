import { describe, expect, it } from 'vitest';
import { ImportCounts } from '../../../shared/csv/import-counts';
import { setUpColumns, settleImport } from '../../../shared/csv/import-setup';
import type { ImportOptions } from '../../../shared/csv/import-types';
import { guessMapping } from '../../../shared/csv/mapping';
import { CsvFailure } from '../../../shared/csv/settings';
import { utf8 } from './helpers';

const usage = utf8('date,user_id,sessions\n2026-03-02,u1,3\n2026-03-03,u2,4\n');
const usageMapping = guessMapping(['date', 'user_id', 'sessions'], [], 'usage');
// The guess this test relies on: every usage field found by its header.
if (usageMapping.fields['userId'] !== 'user_id') throw new Error('the usage mapping was not guessed from the headers');

/** The reason a start refuses with, or 'ok'. */
function reasonOf(start: () => unknown): string {
  try {
    start();
    return 'ok';
  } catch (error) {
    if (error instanceof CsvFailure) return error.reason;
    throw error;
  }
}

describe('settling an import from its first bytes', () => {
  it.each<[string, string, Uint8Array, Pick<ImportOptions, 'settings' | 'mapping' | 'part'>]>([
    ['a usage file, mapping guessed', 'ok', usage, {}],
    ['a usage file, mapping given', 'ok', usage, { mapping: usageMapping }],
    ['a mapping made for another kind', 'mapping_incomplete', usage, { mapping: guessMapping(['date', 'user_id', 'rating'], [], 'satisfaction') }],
    ['a mapping naming a column the file lacks', 'mapping_incomplete', usage, { mapping: { ...usageMapping, fields: { ...usageMapping.fields, userId: 'visitor' } } }],
    ['a part of a file whose last lines are to be skipped', 'split_refused', usage, { settings: { skipBottom: 1 }, part: { role: 'first' } }],
    ['a part of a UTF-16 file', 'split_refused', new Uint8Array([0xff, 0xfe, ...[...'date,user_id,sessions\n'].flatMap((c) => [c.charCodeAt(0), 0])]), { part: { role: 'first' } }],
    ['no bytes at all', 'empty', new Uint8Array(0), {}],
  ])('%s: %s', (_what, reason, bytes, options) => {
    expect(reasonOf(() => settleImport('usage', bytes, true, options))).toBe(reason);
  });

  it('sets up the columns from the header, or names them for a file without one', () => {
    const row = { kind: 'usage' as const, stages: null, today: '2026-12-06', copyStrings: false };
    const withHeader = setUpColumns([' date', 'user_id', 'sessions'], settleImport('usage', usage, true, {}), row);
    expect({ headers: withHeader.headers, width: withHeader.width }).toEqual({ headers: ['date', 'user_id', 'sessions'], width: 3 });
    const bare = utf8('2026-03-02,u1,3\n2026-03-03,u2,4\n');
    const setup = settleImport('usage', bare, true, { settings: { hasHeader: false }, mapping: { ...usageMapping, fields: { date: 'Column 1', userId: 'Column 2', uses: 'Column 3' } } });
    const generated = setUpColumns(['2026-03-02', 'u1', '3'], setup, row);
    expect({ headers: generated.headers, width: generated.width }).toEqual({ headers: ['Column 1', 'Column 2', 'Column 3'], width: 3 });
  });
});

describe('an import’s running counts', () => {
  it('keeps the date range of the rows noted, whatever their order, and counts skips as warnings', () => {
    const counts = new ImportCounts(2, (field) => field);
    for (const date of ['2026-03-04', '2026-03-04', '2026-03-01', '2026-03-09', '2026-03-04']) counts.noteDate(date);
    counts.skip('summary_row_skipped', 7, 'Line 7 is a total');
    counts.accepted = 5;
    counts.records = 5;
    const summary = counts.summary(true);
    expect(summary.dateRange).toEqual({ first: '2026-03-01', last: '2026-03-09' });
    expect({ skipped: summary.skipped, warnings: summary.warnings.map((w) => [w.code, w.count]) }).toEqual({ skipped: 1, warnings: [['summary_row_skipped', 1]] });
    expect(new ImportCounts(2, (field) => field).summary(true).dateRange).toBeNull();
  });
});
