/**
 * The workbook benchmark's data: 100,000 quality rows × 10 columns (by default), written once as an
 * .xlsx (date cells, numbers, shared strings, as Excel saves them) and once as the same data in CSV,
 * so the two imports can be timed side by side. Deterministic: row i is always the same.
 */
import { buildXlsx, serialOf, type XCell } from '../test/fixtures/xlsx/build-xlsx';

export const XLSX_BENCH_HEADERS = [
  'output_id',
  'user_id',
  'date',
  'editing_share_percent',
  'editing_minutes',
  'manual_minutes',
  'team',
  'channel',
  'tool',
  'comment',
] as const;

const teams = ['Support', 'Claims', 'Legal'];
const channels = ['email', 'chat', 'phone', 'letter'];
const start = Date.UTC(2026, 0, 5);

function row(i: number): { iso: string; values: (string | number)[] } {
  const iso = new Date(start + (i % 56) * 86_400_000).toISOString().slice(0, 10);
  const manual = 10 + (i % 50);
  const editing = Math.round(((i * 7) % 100) * manual) / 100;
  return {
    iso,
    values: [
      `out-${String(i + 1).padStart(6, '0')}`,
      `u${String(1 + (i % 40)).padStart(2, '0')}`,
      iso,
      (i * 7) % 100,
      editing,
      manual,
      teams[i % 3]!,
      channels[i % 4]!,
      i % 2 ? 'Drafting assistant' : 'Summariser',
      i % 10 === 0 ? 'checked by the team lead' : '',
    ],
  };
}

export function benchXlsx(rows: number): Uint8Array {
  const data: XCell[][] = [[...XLSX_BENCH_HEADERS]];
  for (let i = 0; i < rows; i++) {
    const { iso, values } = row(i);
    data.push(values.map((v, c) => (c === 2 ? { n: serialOf(iso), fmt: 'dd/mm/yyyy' } : v === '' ? null : v)));
  }
  return buildXlsx({ sheets: [{ name: 'Outputs', rows: data }] });
}

export function benchCsv(rows: number): string {
  const lines = [XLSX_BENCH_HEADERS.join(',')];
  for (let i = 0; i < rows; i++) lines.push(row(i).values.join(','));
  return lines.join('\n') + '\n';
}
