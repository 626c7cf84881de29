import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../shared/csv';
import { computeMetrics, decodeColumns, type Columns } from '../../../shared/metrics';
import { runImportJob } from '../../../renderer/import/run-import-job';
import { readWorkbookJob, type WorkbookAnswer } from '../../../renderer/import/workbook-job';
import { buildXlsx, compoundFile, type XCell } from '../../fixtures/xlsx/build-xlsx';
import { qualityWorkbook } from '../../fixtures/xlsx/quality-workbook';

const read = (bytes: Uint8Array, sheet: string | null = null, fileName = 'pilot.xlsx'): Promise<WorkbookAnswer> =>
  readWorkbookJob({ file: new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName, sheet });

const stages = [
  { id: 'a', name: 'Internal pilot', plannedStart: '2025-01-13', durationWeeks: 4, enrolledUsers: 5 },
  { id: 'b', name: 'Expanded pilot', plannedStart: '2025-02-10', durationWeeks: 4, enrolledUsers: 15 },
];

describe('importing an Excel workbook', () => {
  it('asks for the sheet when two hold values, then imports the chosen one to the hand-computed figures', async () => {
    const bytes = qualityWorkbook();
    const first = await read(bytes);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.sheet).toBeNull();
    expect(first.csv).toBeNull();
    expect(first.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['Notes', 2],
      ['Outputs', 8],
    ]);
    expect(first.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(first.size).toBe(bytes.length);

    const chosen = await read(bytes, 'Outputs');
    if (!chosen.ok || !chosen.csv) throw new Error('the sheet was not read');
    const csv = new Uint8Array(await chosen.csv.arrayBuffer());
    expect(chosen.sample).toEqual(csv);
    // The same preview and job as any CSV file: date cells arrive as ISO dates, so no date-order question.
    const preview = previewCsv(csv, { kind: 'quality', totalBytes: csv.length, today: '2025-12-31' });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.questions).toEqual([]);
    expect(preview.value.settings).toMatchObject({ dateFormat: 'iso', percentScale: 'percent' });
    expect(preview.value.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7, 8, 9]);

    const { settings, mapping } = preview.value;
    const result = await runImportJob([csv], { kind: 'quality', settings, mapping, today: '2025-12-31', totalBytes: csv.length });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary).toMatchObject({ records: 7, accepted: 5, rejected: 2, blankLines: 1 });
    expect(result.summary.dateRange).toEqual({ first: '2025-01-13', last: '2025-01-27' });
    // Rejected rows carry the sheet's row numbers.
    const lines = result.summary.rejections.flatMap((g) => g.examples.map((e) => [e.line, g.field]));
    expect(lines.sort()).toEqual([
      [7, 'editingShare'],
      [8, 'date'],
    ]);
    expect(result.rejectedCsv?.split('\n').slice(1, 3).map((l) => l.split(',')[0])).toEqual(['7', '8']);

    const decoded = decodeColumns(result.rows);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const metrics = computeMetrics({ x: decoded.value as Columns }, stages, { editingShareLimit: 15 });
    const quality = metrics.stages[0]?.total.quality;
    expect(quality?.underLimit).toMatchObject({ successes: 3, trials: 5 });
    expect(quality?.medianEditingPercent).toBe(12.5);
    expect(metrics.stages[0]?.weeks.map((w) => w.quality?.underLimit.successes ?? null)).toEqual([2, 1, 0]);
    expect(metrics.stages[0]?.weeks.map((w) => w.quality?.underLimit.trials ?? null)).toEqual([3, 1, 1]);
  });

  it.each<[string, XCell, number, string, string]>([
    ['a formula saved without its value (once read as an empty cell: 0 uses)', { formula: 'C2*2' }, 1, 'formula_not_calculated', 'uses'],
    ['an error value (#DIV/0!)', { error: '#DIV/0!' }, 0, 'spreadsheet_error', 'uses'],
  ])('rejects the row of %s with the reason and the sheet row number', async (_, cell, notCalculated, code, field) => {
    const answer = await read(
      buildXlsx({
        sheets: [{ name: 'Usage', hiddenRows: [2], rows: [['user_id', 'date', 'uses'], ['u1', { n: 45670, fmt: 14 }, 2], ['u2', { n: 45671, fmt: 14 }, cell]] }],
      }),
    );
    if (!answer.ok || !answer.csv) throw new Error('the sheet was not read');
    expect([answer.hiddenRows, answer.notCalculated]).toEqual([1, notCalculated]);
    const csv = new Uint8Array(await answer.csv.arrayBuffer());
    const preview = previewCsv(csv, { kind: 'usage', totalBytes: csv.length, today: '2025-12-31' });
    if (!preview.ok) throw new Error(preview.error.message);
    const result = await runImportJob([csv], { kind: 'usage', settings: preview.value.settings, mapping: preview.value.mapping, today: '2025-12-31', totalBytes: csv.length });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary).toMatchObject({ accepted: 1, rejected: 1 });
    const group = result.summary.rejections[0]!;
    expect([group.code, group.field, group.examples[0]?.line]).toEqual([code, field, 3]);
  });

  it('reads durations formatted [h]:mm:ss as minutes, and names a negative one as Excel shows it (it said "-0.00868…")', async () => {
    const minutes = (m: number): XCell => ({ n: m / 1440, fmt: '[h]:mm:ss' });
    const answer = await read(
      buildXlsx({
        sheets: [
          {
            name: 'Outputs',
            rows: [
              ['output_id', 'user_id', 'date', 'editing_minutes', 'manual_minutes'],
              ['o1', 'u1', { n: 45670, fmt: 14 }, minutes(12.5), minutes(90)],
              ['o2', 'u1', { n: 45670, fmt: 14 }, minutes(-12.5), minutes(90)],
            ],
          },
        ],
      }),
    );
    if (!answer.ok || !answer.csv) throw new Error('the sheet was not read');
    const csv = new Uint8Array(await answer.csv.arrayBuffer());
    const preview = previewCsv(csv, { kind: 'quality', totalBytes: csv.length, today: '2025-12-31' });
    if (!preview.ok) throw new Error(preview.error.message);
    const result = await runImportJob([csv], { kind: 'quality', settings: preview.value.settings, mapping: preview.value.mapping, today: '2025-12-31', totalBytes: csv.length });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(result.summary.rejections[0]?.examples.map((e) => [e.line, e.message])).toEqual([[3, 'Editing minutes -0:12:30 is negative']]);
  });

  it('finds the table under a title row and reports rows by their sheet numbers', async () => {
    const answer = await read(
      buildXlsx({
        sheets: [
          {
            name: 'Tracker',
            rows: [['Pilot usage, January'], null, ['user_id', 'date', 'uses'], ['u1', { n: 45670, fmt: 14 }, 2], ['u2', { n: 45671, fmt: 14 }, 'two'], ['Total', null, { formula: 'SUM(C4:C5)', cached: 2 }]],
          },
        ],
      }),
    );
    if (!answer.ok || !answer.csv) throw new Error('the sheet was not read');
    const csv = new Uint8Array(await answer.csv.arrayBuffer());
    const preview = previewCsv(csv, { kind: 'usage', totalBytes: csv.length, today: '2025-12-31' });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.settings.skipTop).toBe(2);
    const result = await runImportJob([csv], { kind: 'usage', settings: preview.value.settings, mapping: preview.value.mapping, today: '2025-12-31', totalBytes: csv.length });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(result.summary.rejections[0]?.examples.map((e) => e.line)).toEqual([5]);
    expect(result.summary.warnings.map((w) => [w.code, w.examples.map((e) => e.line)])).toEqual([
      ['top_lines_skipped', [1]],
      ['summary_row_skipped', [6]],
    ]);
  });

  it('reads the only sheet with values without asking', async () => {
    const answer = await read(buildXlsx({ sheets: [{ name: 'Empty', rows: [] }, { name: 'Data', rows: [['user_id', 'date', 'uses'], ['u1', 1, 2]] }] }));
    expect(answer.ok && answer.sheet).toBe('Data');
  });

  it.each([
    ['a password-protected workbook', compoundFile('EncryptionInfo'), /protected with a password/],
    ['an old .xls workbook', compoundFile('Workbook'), /Excel 97–2003/],
    ['a text file with a workbook name', new TextEncoder().encode('hello'), /text file \(most likely CSV\)/],
    ['a workbook without values', buildXlsx({ sheets: [{ name: 'S', rows: [] }] }), /no worksheet with cells/],
  ])('refuses %s with a message and reads nothing', async (_, bytes, message) => {
    const answer = await read(bytes);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(message);
  });
});
