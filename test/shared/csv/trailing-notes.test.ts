/**
 * A block of notes under the table (a tool's "SUMMARY", "Total Conversations,3", "Report Generated,…"), after a
 * blank line, each line shorter than the header. Before: each line was rejected ("The row has 2 cells; the header
 * has 9"): 8 of 11 rows "rejected", the wizard warning that only 3 would count. Now skipped at the bottom and reported.
 */
import { describe, expect, it } from 'vitest';
import { trailingNotes } from '../../../shared/csv/line-skips';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

describe('notes under the table', () => {
  const data = [['a', '1', 'x'], ['b', '2', 'y']];
  it.each<[string, string[][], number[], number]>([
    ['a summary block after a blank line', [...data, ['SUMMARY'], ['Total', '3']], [2, 3, 5, 6], 2],
    ['one note after a blank line', [...data, ['Report generated 2025-10-16']], [2, 3, 5], 1],
    ['short lines with no blank line above: rows that lost cells, rejected as before', [...data, ['c', '3']], [2, 3, 4], 0],
    ['the file ends with data', data, [2, 3], 0],
    ['every row short: nothing is data, nothing skipped', [['a'], ['b']], [2, 4], 0],
    // The row above spans two lines (a quoted line break): its next line is not blank.
    ['after a row with a line break inside a cell', [['a', '1', 'x'], ['b', '2', 'two\nlines'], ['note']], [2, 3, 5], 0],
  ])('%s', (_, rows, lines, skipped) => {
    expect(trailingNotes(rows, lines, 3)).toBe(skipped);
  });

  it('are skipped and reported, never rejected; every line is accounted for', () => {
    const csv = 'user,date,uses,team\nana,2026-03-02,4,Claims\nben,2026-03-02,7,Sales\n\nSUMMARY\nTotal uses,11\nReport Generated,3/2/2026, 6:44:34 PM';
    const preview = previewText(csv, 'usage');
    expect(preview.settings.skipBottom).toBe(3);
    expect(preview.plausibility.warnings).toEqual([]);
    const bytes = utf8(`${csv}\n`);
    const summary = summaryOf(importBytes(bytes, { kind: 'usage', settings: preview.settings, mapping: preview.mapping, totalBytes: bytes.length }).result);
    expect([summary.records, summary.accepted, summary.rejected, summary.blankLines, summary.skipped]).toEqual([2, 2, 0, 1, 4]);
  });

  it('the user can set the lines to skip back to 0: the notes are then rejected with their reason', () => {
    const csv = 'user,date,uses\nana,2026-03-02,4\n\nSUMMARY';
    expect(previewText(csv, 'usage', { settings: { skipBottom: 0 } }).settings.skipBottom).toBeUndefined();
  });
});
