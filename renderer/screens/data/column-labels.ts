import type { CsvPreview } from '../../../shared/csv';

/**
 * What the column list shows for each column: its header, and beside it the text of the extra header rows
 * under it, where a survey tool names the column (SurveyMonkey leaves the header empty over a question's
 * further answers and names them in its second row; Qualtrics puts the question text under "Q1"). The value
 * stays the header: only the label a project lead reads changes.
 */
export function columnLabels(preview: Pick<CsvPreview, 'headers' | 'detection'>): string[] {
  const details = preview.detection.headerDetails ?? [];
  return preview.headers.map((header, c) => {
    const detail = (details[c] ?? '').trim();
    return detail === '' || detail === header ? header : `${header} — ${detail}`;
  });
}
