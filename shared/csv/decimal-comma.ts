/** Decimal comma or decimal point, decided from the numbers of a file's sample. */
import type { CsvDelimiter } from './settings';

/**
 * Decides between `12.5` and `12,5` from the numbers in the sample; `1,234` alone counts as decimal only with `;` or tab
 * files, and not in a column whose other numbers are whole and below 1000 (`19`, `127`, `1,026`): there the comma groups
 * thousands, as Grafana writes a duration of 1026 seconds, and reading it as 1.026 would make it a thousand times shorter.
 * `0,125` is decimal whatever the file: no number is grouped after a leading zero.
 */
export function guessDecimalComma(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): boolean {
  let comma = 0;
  let dot = 0;
  let weakComma = 0;
  const sample = rows.slice(0, 500);
  const width = sample.reduce((w, row) => Math.max(w, row.length), 0);
  for (let c = 0; c < width; c++) {
    let weak = 0;
    let smallWhole = 0;
    let largeWhole = 0;
    for (const row of sample) {
      const raw = row[c] ?? '';
      const cell = raw.endsWith('%') ? raw.slice(0, -1).trimEnd() : raw;
      if (/^[-+]?\d+,(\d{1,2}|\d{4,})$/.test(cell) || /^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(cell) || /^[-+]?0,\d{3}$/.test(cell)) comma++;
      else if (/^[-+]?\d+\.(\d{1,2}|\d{4,})$/.test(cell) || /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(cell)) dot++;
      else if (/^[-+]?\d{1,3},\d{3}$/.test(cell)) weak++;
      else if (/^[-+]?\d{1,3}$/.test(cell)) smallWhole++;
      else if (/^[-+]?\d{4,}$/.test(cell)) largeWhole++;
    }
    // Whole numbers below 1000 beside "1,026" and none above: the comma is where 1000 and more are grouped.
    const grouped = smallWhole > 0 && largeWhole === 0;
    if (!grouped) weakComma += weak;
  }
  if (comma !== dot) return comma > dot;
  return weakComma > 0 && delimiter !== ',';
}
