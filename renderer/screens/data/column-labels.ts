import type { CsvPreview } from '../../../shared/csv';

/** What the column list shows for each column of the file. */
export function columnLabels(preview: Pick<CsvPreview, 'headers' | 'detection'>): string[] {
  return [...preview.headers];
}
