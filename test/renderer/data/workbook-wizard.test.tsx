// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildXlsx, compoundFile, serialOf } from '../../fixtures/xlsx/build-xlsx';
import { qualityWorkbook } from '../../fixtures/xlsx/quality-workbook';
import { renderApp, storedPlan } from '../render-app';
import { samplePlan } from './data-fixtures';

const xlsxFile = (bytes: Uint8Array, name: string): File =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function chooseWorkbook(file: File) {
  const app = renderApp({ plans: [samplePlan()] });
  await app.user.click(await screen.findByRole('tab', { name: 'Pilot data' }));
  await app.user.upload(screen.getByLabelText('Choose a CSV file'), file);
  const region = await screen.findByRole('region', { name: `Import “${file.name}”` });
  return { ...app, region };
}

describe('importing an Excel workbook in the wizard', () => {
  it('asks for the sheet, previews its date cells as dates with sheet row numbers, and keeps the workbook as provenance', async () => {
    const bytes = qualityWorkbook();
    const { user, region, store } = await chooseWorkbook(xlsxFile(bytes, 'outputs.xlsx'));

    const step = await within(region).findByRole('group', { name: 'Which sheet holds the pilot data?' });
    await user.click(within(step).getByRole('button', { name: 'Outputs (8 rows)' }));

    const kind = (await within(region).findByRole('combobox', { name: 'Kind of file' })) as HTMLSelectElement;
    expect(kind.value).toBe('quality');
    expect((within(region).getByRole('combobox', { name: 'Sheet' }) as HTMLSelectElement).value).toBe('Outputs');
    // Encoding and delimiter mean nothing for typed cells; no date-order question either.
    expect(within(region).queryByRole('combobox', { name: 'Encoding' })).toBeNull();
    expect(within(region).queryByRole('group', { name: 'Which date order does this file use?' })).toBeNull();
    const preview = within(region).getByRole('table', { name: /Preview/ });
    expect(within(preview).getByText('2025-01-27')).toBeTruthy();

    // The workbook's dates fall outside the test plan's stages: the wizard asks, and "by date" reports them as unplaced.
    await user.click(within(region).getByRole('radio', { name: /^By date/ }));
    // 2 of 7 rows rejected is a warning the user confirms before importing.
    await user.click(within(region).getByRole('checkbox', { name: /import anyway/ }));
    await user.click(within(region).getByRole('button', { name: 'Import' }));
    await within(region).findByText('5 rows accepted', {}, { timeout: 30_000 });
    expect(within(region).getByText('2 rows rejected')).toBeTruthy();

    const record = store.getState().plan!.imports[0]!;
    expect(record).toMatchObject({ fileName: 'outputs.xlsx', sheet: 'Outputs', bytes: bytes.length, accepted: 5, rejected: 2 });
    expect(record.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(record.rejections.flatMap((g) => g.examples.map((e) => e.line)).sort()).toEqual([7, 8]);
  });

  it('starts the same wizard when a workbook is dropped on the window', async () => {
    const app = renderApp({ plans: [samplePlan()] });
    await screen.findByRole('tab', { name: 'Pilot data' });
    const file = xlsxFile(buildXlsx({ sheets: [{ name: 'Data', rows: [['user_id', 'date', 'uses'], ['u1', 46000, 2]] }] }), 'usage.xlsx');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    window.dispatchEvent(drop);
    const region = await screen.findByRole('region', { name: 'Import “usage.xlsx”' });
    // One sheet with values: read without asking, and named instead of offered as a choice.
    await within(region).findByText('Sheet “Data” of the workbook.');
    expect(within(region).queryByRole('combobox', { name: 'Sheet' })).toBeNull();
    expect(app.store.getState().csvWizard?.workbook?.sheet).toBe('Data');
  });

  it('says which rows Excel hides, which formulas have no saved result and which merged cells were filled, before anything is imported', async () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'Data',
          hiddenRows: [3],
          hiddenColumns: [[4, 4]],
          merges: ['D2:D3'],
          rows: [['user_id', 'date', 'uses', 'team'], ['u1', 46000, 2, 'Support'], ['u2', 46000, { formula: 'C2*2' }, null]],
        },
      ],
    });
    const { region } = await chooseWorkbook(xlsxFile(bytes, 'generated.xlsx'));
    await within(region).findByText('Sheet “Data” of the workbook.');
    expect(within(region).getByText(/1 row is hidden in Excel \(by a filter or by hand\) and imported like the others/)).toBeTruthy();
    expect(within(region).getByText(/1 cell holds a formula without a saved result/).textContent).toMatch(/rejected, not read as empty/);
    expect(within(region).getByText(/1 cell inside cells merged down a column is read as the merged value, as Excel shows it/)).toBeTruthy();
    expect(within(region).getByText(/Column D is hidden in Excel and read like the others/)).toBeTruthy();
  });

  it.each<[string, boolean | 'veryHidden', string]>([
    ['a visible sheet', false, 'Sheet “Data” of the workbook.'],
    ['a hidden sheet', true, 'Sheet “Data” of the workbook, a sheet hidden in Excel (the only one with values).'],
    ['a very hidden sheet', 'veryHidden', 'Sheet “Data” of the workbook, a sheet hidden in Excel (the only one with values).'],
  ])('reads the only sheet with values, %s, and says which it is', async (_, hidden, text) => {
    const bytes = buildXlsx({ sheets: [{ name: 'Cover', rows: [] }, { name: 'Data', hidden, rows: [['user_id', 'date', 'uses'], ['u1', 46000, 2]] }] });
    const { region } = await chooseWorkbook(xlsxFile(bytes, 'book.xlsx'));
    expect((await within(region).findByText(/^Sheet “Data”/)).textContent).toBe(text);
  });

  it('skips a total at the end of the sheet, whatever its label, and warns of a subtotal inside the table', async () => {
    const day = serialOf('2026-09-08');
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'Data',
          rows: [
            ['user_id', 'date', 'uses'],
            ['u1', day, 2],
            ['Team A', day, { formula: 'SUM(C2:C2)', cached: 2 }],
            ['u2', day, 3],
            ['All users', day, { formula: 'SUM(C2:C4)', cached: 7 }],
          ],
        },
      ],
    });
    const { region, user, store } = await chooseWorkbook(xlsxFile(bytes, 'usage.xlsx'));
    expect(await within(region).findByText(/Row 5 adds up the rows above \(a total, e\.g\. =SUM\(…\)\) and is skipped as the last line/)).toBeTruthy();
    expect(within(region).getByText(/Row 3 adds up rows above \(a subtotal/).textContent).toMatch(/the rows above would count twice/);
    expect((within(region).getByRole('spinbutton', { name: 'Lines to skip at the bottom' }) as HTMLInputElement).value).toBe('1');
    await user.click(within(region).getByRole('button', { name: 'Import' }));
    await within(region).findByText('3 rows accepted', {}, { timeout: 30_000 });
    expect(store.getState().plan!.imports[0]).toMatchObject({ accepted: 3, rejected: 0 });
  });

  it('reads plain serial numbers in the date column of a 1904 workbook from 1904 (they were read 4 years and 1 day early)', async () => {
    // Excel for Mac wrote date1904="1" by default; a date column left as General keeps its bare serial numbers.
    const day1904 = (iso: string): number => serialOf(iso) - 1462;
    const bytes = buildXlsx({
      date1904: true,
      sheets: [{ name: 'Data', rows: [['user_id', 'date', 'uses'], ['u1', day1904('2026-09-08'), 2], ['u2', day1904('2026-09-15'), 3]] }],
    });
    const { region, user, store } = await chooseWorkbook(xlsxFile(bytes, 'mac-usage.xlsx'));
    const preview = await within(region).findByRole('table', { name: /Preview/ });
    expect(within(preview).getByText('2026-09-08')).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Import' }));
    await within(region).findByText('2 rows accepted', {}, { timeout: 30_000 });
    const record = store.getState().plan!.imports[0]!;
    expect(record.dateRange).toEqual({ first: '2026-09-08', last: '2026-09-15' });
    expect(record.settings.dateFormat).toBe('excel_serial_1904');
  });

  it('reads numbers typed as text with a decimal comma beside numeric cells with decimals, each at its value (1.234 s was read as 1234 s)', async () => {
    // A German-locale sheet: latency in numeric cells, cost pasted in as text the way its owner writes it.
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'Ops',
          rows: [
            ['date', 'requests', 'errors', 'latency_s', 'cost_eur'],
            [{ n: serialOf('2026-09-08'), fmt: 14 }, 100, 1, 1.234, '0,02'],
            [{ n: serialOf('2026-09-09'), fmt: 14 }, 120, 2, 0.875, '0,03'],
          ],
        },
      ],
    });
    const { region, store } = await chooseWorkbook(xlsxFile(bytes, 'ops.xlsx'));
    await within(region).findByText('Sheet “Ops” of the workbook.');
    await waitFor(() => expect(store.getState().csvWizard?.preview?.ok).toBe(true));
    const preview = store.getState().csvWizard!.preview!;
    if (!preview.ok) throw new Error(preview.error.message);
    const rows = preview.value.rows.map((r) => r.row as { latencySeconds?: number; cost?: number } | null);
    expect(rows.map((r) => [r?.latencySeconds, r?.cost])).toEqual([
      [1.234, 0.02],
      [0.875, 0.03],
    ]);
  });

  it('cannot tell dates Excel converted beside dates it kept as text in the other order, and says so before importing', async () => {
    // A day-first export opened by a month-first Excel: "03/09/2026" (3 September) became 9 March; "14/09/2026" stayed text.
    const bytes = buildXlsx({
      sheets: [{ name: 'Data', rows: [['user_id', 'date', 'uses'], ['u1', { n: serialOf('2026-03-09'), fmt: 14 }, 2], ['u2', '14/09/2026', 3]] }],
    });
    const { region } = await chooseWorkbook(xlsxFile(bytes, 'reopened.xlsx'));
    const warning = await within(region).findByText(/Cannot tell the dates in column B/);
    expect(warning.textContent).toMatch(/dates Excel recognised beside dates it kept as text, such as “14\/09\/2026”/);
    expect(warning.textContent).toMatch(/may have swapped day and month/);
  });

  it('offers the other sheets when the chosen one cannot be read', async () => {
    const bytes = buildXlsx({
      sheets: [
        { name: 'Broken', rows: [['placeholder'], ['x']] },
        { name: 'Data', rows: [['user_id', 'date', 'uses'], ['u1', 46000, 2]] },
      ],
      // A text cell pointing past the shared strings the file holds: a damaged sheet.
      extraFiles: { 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1"><v>1</v></c></row></sheetData></worksheet>' },
    });
    const { region, user } = await chooseWorkbook(xlsxFile(bytes, 'two.xlsx'));
    const step = await within(region).findByRole('group', { name: 'Which sheet holds the pilot data?' });
    await user.click(within(step).getByRole('button', { name: /^Broken/ }));
    expect((await within(region).findByRole('alert')).textContent).toMatch(/1 text cell points to text the file does not hold/);
    const others = within(region).getByRole('group', { name: 'Import another sheet instead?' });
    await user.click(within(others).getByRole('button', { name: /^Data/ }));
    expect(await within(region).findByRole('combobox', { name: 'Sheet' })).toBeTruthy();
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('skips a title row above the table and says so, with the number the user can change', async () => {
    const bytes = buildXlsx({ sheets: [{ name: 'Data', rows: [['Pilot usage, January'], null, ['user_id', 'date', 'uses'], ['u1', 46000, 2]] }] });
    const { region } = await chooseWorkbook(xlsxFile(bytes, 'tracker.xlsx'));
    expect((await within(region).findByText(/Not data:/)).textContent).toBe('Not data: skipped the 2 lines above the table (a title or comments).');
    expect((within(region).getByRole('spinbutton', { name: 'Lines to skip at the top' }) as HTMLInputElement).value).toBe('2');
  });

  it.each([
    ['locked.xlsx', compoundFile('EncryptionInfo'), /protected with a password/],
    ['old.xls', compoundFile('Workbook'), /Excel 97–2003/],
    ['macros.xlsm', buildXlsx({ sheets: [{ name: 'S', rows: [['a']] }], mainContentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' }), /macro-enabled/],
    ['broken.xlsx', new TextEncoder().encode('PK\u0003\u0004 but not really a zip'), /not a readable Excel workbook/],
    ['renamed.xlsx', new TextEncoder().encode('user_id,date,uses\nu1,2025-01-14,3\n'), /text file \(most likely CSV\).*Rename it to end in \.csv/],
  ])('refuses %s with a clear message and stores nothing', async (name, bytes, message) => {
    const { region, api, store, user } = await chooseWorkbook(xlsxFile(bytes, name));
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toMatch(/Nothing was imported/);
    expect(alert.textContent).toMatch(message);
    expect(within(region).queryByRole('button', { name: 'Import' })).toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Close' }));
    expect(store.getState().plan!.imports).toEqual([]);
    expect(storedPlan(api, store.getState().plan!.id).imports).toEqual([]);
  });
});
