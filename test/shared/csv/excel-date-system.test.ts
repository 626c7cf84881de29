import { describe, expect, it } from 'vitest';
import { previewCsv, type CsvSettings } from '../../../shared/csv';

/** A sheet of a workbook as the reader writes it: dates left as plain serial numbers. */
const sheet = new TextEncoder().encode('user_id,date,uses\nu1,44112,2\nu2,44119,3\n');

describe('serial dates of a workbook that counts from 1904', () => {
  it.each<[string, Partial<CsvSettings>, string, string]>([
    ['detected, in a 1900 workbook', {}, 'excel_serial', '2020-10-08'],
    ['detected, in a 1904 workbook', { excelDateSystem: '1904' }, 'excel_serial_1904', '2024-10-09'],
    ['chosen as “Excel serial number” in a 1904 workbook', { excelDateSystem: '1904', dateFormat: 'excel_serial' }, 'excel_serial_1904', '2024-10-09'],
    ['chosen as the 1904 system in a CSV file', { dateFormat: 'excel_serial_1904' }, 'excel_serial_1904', '2024-10-09'],
  ])('%s', (_, settings, format, first) => {
    const preview = previewCsv(sheet, { kind: 'usage', totalBytes: sheet.length, today: '2026-12-07', settings });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.settings.dateFormat).toBe(format);
    expect((preview.value.rows[0]?.row as { date?: string } | null)?.date).toBe(first);
  });
});
