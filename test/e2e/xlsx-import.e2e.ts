import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { buildXlsx, compoundFile, serialOf } from '../fixtures/xlsx/build-xlsx';
import { qualityWorkbook } from '../fixtures/xlsx/quality-workbook';
import { useBrowser } from './browser';

const session = useBrowser();
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A plan whose internal pilot starts on 2025-01-13 with 5 enrolled, imported through the UI. */
async function importDatedPlan(name: string): Promise<void> {
  const { page } = session;
  const plan = createPlan({ name, templateId: 'team-workflow-pilot', now: new Date() });
  const dates: Record<string, [string, number | null]> = {
    'Internal pilot': ['2025-01-13', 5],
    'Expanded pilot': ['2025-02-10', 15],
    'Full rollout': ['2025-03-10', null],
  };
  const dated = {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, plannedStart: dates[s.name]?.[0] ?? null, enrolledUsers: dates[s.name]?.[1] ?? null })),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import (a )?plan/ }).first().click();
  await (await chooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(serialisePlanFile(dated, new Date())) });
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.getByRole('heading', { name: 'Pilot metrics' }).waitFor();
}

describe('Excel workbook import', () => {
  it('imports the chosen sheet of an .xlsx with date cells in five display formats and shows the hand-computed figures', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Workbook pilot');

    const bytes = Buffer.from(qualityWorkbook());
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'outputs.xlsx', mimeType: XLSX_TYPE, buffer: bytes });
    const wizard = page.getByRole('region', { name: 'Import “outputs.xlsx”' });
    const sheets = wizard.getByRole('group', { name: 'Which sheet holds the pilot data?' });
    await sheets.waitFor();
    await session.shot('xlsx-01-choose-sheet');
    await sheets.getByRole('button', { name: 'Outputs (8 rows)' }).click();

    expect(await wizard.getByRole('combobox', { name: 'Kind of file' }).inputValue()).toBe('quality');
    expect(await wizard.getByRole('combobox', { name: 'Sheet' }).inputValue()).toBe('Outputs');
    expect(await wizard.getByRole('combobox', { name: 'Date format' }).inputValue()).toBe('iso');
    expect(await wizard.getByRole('combobox', { name: 'Encoding' }).count()).toBe(0);
    const preview = wizard.getByRole('table', { name: /Preview/ });
    // dd/mm/yyyy, mm/dd/yyyy, built-in, date-time and weekday formats all arrive as the stored day.
    for (const day of ['2025-01-13', '2025-01-14', '2025-01-15', '2025-01-21', '2025-01-27']) await preview.getByText(day).first().waitFor();
    await session.shot('xlsx-02-preview');

    // 2 of 7 rows would be rejected: a warning the user confirms before importing.
    await wizard.getByRole('checkbox', { name: /import anyway/ }).check();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('5 rows accepted').waitFor();
    await wizard.getByText('2 rows rejected').waitFor();
    const rejected = wizard.getByRole('list', { name: 'Rejected rows by reason' });
    for (const line of [7, 8]) await rejected.getByText(`Line ${line}`, { exact: true }).waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();

    // By hand: shares 10, 12.5, 20, 5, 30 → 3 of 5 under 15 %, mean 15.5 %, median 12.5 %; week 1 holds 10, 12.5, 20.
    const internal = page.getByRole('table', { name: /^Internal pilot/ });
    const whole = internal.getByRole('row', { name: /Whole stage/ });
    await whole.getByText('3 of 5').waitFor();
    await whole.getByText('60%').waitFor();
    await whole.getByText('15.5%').waitFor();
    await whole.getByText('12.5%').waitFor();
    await internal.getByRole('row', { name: /Week 1/ }).getByText('2 of 3').waitFor();

    const imports = page.getByRole('table', { name: 'Imports (1)' });
    await imports.getByRole('button', { name: 'Details of outputs.xlsx' }).click();
    await imports.getByText('“Outputs” of the Excel workbook').waitFor();
    await imports.getByText(createHash('sha256').update(bytes).digest('hex')).waitFor();
    await session.shot('xlsx-03-metrics-and-provenance');
  });

  it('reads a tool-written sheet as Excel shows it: title and total skipped, merged team filled, hidden row and unsaved formula said', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Workbook pilot');
    const day = { n: serialOf('2025-01-14'), fmt: 'dd/mm/yyyy' };
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'Usage',
          hiddenRows: [7],
          merges: ['D4:D5'],
          rows: [
            ['Pilot usage export, January'],
            null,
            ['user_id', 'date', 'uses', 'team'],
            ['u1', day, 2, 'Support'],
            ['u2', day, 3, null],
            ['u3', day, { formula: 'C4+C5' }, 'Sales'],
            ['u4', day, 1, 'Sales'],
            ['All users', day, { formula: 'SUM(C4:C7)', cached: 6 }, null],
          ],
        },
      ],
    });
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'generated.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
    const wizard = page.getByRole('region', { name: 'Import “generated.xlsx”' });
    await wizard.getByText(/1 cell holds a formula without a saved result/).waitFor();
    await wizard.getByText(/Row 8 adds up the rows above/).waitFor();
    await wizard.getByText(/1 row is hidden in Excel/).waitFor();
    await wizard.getByText('Not data: skipped the 2 lines above the table (a title or comments).').waitFor();
    expect(await wizard.getByRole('spinbutton', { name: 'Lines to skip at the bottom' }).inputValue()).toBe('1');
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await wizard.getByRole('group', { name: 'How the file is read' }).scrollIntoViewIfNeeded();
      await session.shot(`xlsx-05-sheet-notes-${width}`);
    }
    const anyway = wizard.getByRole('checkbox', { name: /import anyway/ });
    if ((await anyway.count()) > 0) await anyway.check();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('3 rows accepted').waitFor();
    await wizard.getByText('1 row rejected').first().waitFor();
    const rejected = wizard.getByRole('list', { name: 'Rejected rows by reason' });
    await rejected.getByText(/formula without a saved result/).first().waitFor();
    await rejected.getByText('Line 6', { exact: true }).waitFor();
  });

  it('keeps the other sheets on offer when the chosen one is damaged', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Workbook pilot');
    const bytes = buildXlsx({
      sheets: [
        { name: 'Broken', rows: [['placeholder']] },
        { name: 'Lookup', hidden: true, rows: [['user_id', 'team'], ['u1', 'Support']] },
        { name: 'Usage', rows: [['user_id', 'date', 'uses'], ['u1', { n: serialOf('2025-01-14'), fmt: 14 }, 2]] },
      ],
      // A text cell pointing past the shared strings the file holds.
      extraFiles: { 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1"><v>1</v></c></row></sheetData></worksheet>' },
    });
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'three-sheets.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
    const wizard = page.getByRole('region', { name: 'Import “three-sheets.xlsx”' });
    await wizard.getByRole('group', { name: 'Which sheet holds the pilot data?' }).getByRole('button', { name: /^Broken/ }).click();
    await wizard.getByRole('alert').getByText(/text the file does not hold/).waitFor();
    const others = wizard.getByRole('group', { name: 'Import another sheet instead?' });
    await others.getByRole('button', { name: 'Lookup (2 rows, hidden sheet)' }).waitFor();
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await session.shot(`xlsx-06-damaged-sheet-${width}`);
    }
    await others.getByRole('button', { name: /^Usage/ }).click();
    expect(await wizard.getByRole('combobox', { name: 'Sheet' }).inputValue()).toBe('Usage');
  });

  it('refuses a password-protected workbook with a plain message and imports nothing', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Workbook pilot');
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'locked.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(compoundFile('EncryptionInfo')) });
    const wizard = page.getByRole('region', { name: 'Import “locked.xlsx”' });
    await wizard.getByRole('alert').getByText(/protected with a password/).waitFor();
    await session.shot('xlsx-04-password');
    await wizard.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('table', { name: /^Imports/ }).waitFor({ state: 'detached', timeout: 2000 }).catch(() => undefined);
    expect(await page.getByRole('table', { name: /^Imports \(1\)/ }).count()).toBe(0);
  });
});
