/**
 * Runs a file found in public repositories (test/fixtures/found/README.md) the way the import wizard does:
 * the first look (kind, mapping, questions), then — with the kind and answers a user would give — the
 * import with the confirmed settings. Same shared functions the preview worker and the import worker call.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createImporter } from '../../../../shared/csv/importer';
import type { ImportSummary } from '../../../../shared/csv/import-types';
import type { ImportKind } from '../../../../shared/csv/kinds';
import type { ColumnMapping } from '../../../../shared/csv/mapping';
import { remapField } from '../../../../shared/csv/latency-unit';
import { previewCsv, type CsvPreview } from '../../../../shared/csv/preview';
import type { CsvSettings } from '../../../../shared/csv/settings';
import type { StageInput } from '../../../../shared/metrics/stage-calendar';
import { createColumnsBuilder } from '../../../../shared/metrics/column-builder';
import type { IncidentColumns } from '../../../../shared/metrics/columns';
import { mergeIncidents, type IncidentMerge } from '../../../../shared/incidents/import-incidents';
import { readWorkbookJob, type WorkbookAnswer } from '../../../../renderer/import/workbook-job';

/** A plan whose stages cover the dates the found files carry (2016–2025), so rows land somewhere. */
export const foundStages: StageInput[] = [{ id: 's1', name: 'Pilot', plannedStart: '2014-01-06', durationWeeks: 52 * 12, enrolledUsers: 50 }];

export function foundFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/found', name)));
}

export function firstLook(name: string, options: Parameters<typeof previewCsv>[1] = {}): CsvPreview {
  const bytes = foundFile(name);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: foundStages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export interface FoundAnswers {
  readonly kind: ImportKind;
  readonly settings?: Partial<CsvSettings>;
  /** Field id → header, where the user picks a column by hand. */
  readonly fields?: Readonly<Record<string, string | null>>;
}

/** The preview once the user chose the kind and answered, and the import run with exactly what it confirmed. */
export function importFound(name: string, answers: FoundAnswers): { confirmed: CsvPreview; summary: ImportSummary } {
  const bytes = foundFile(name);
  const base = { today: '2026-12-31', planStages: foundStages, totalBytes: bytes.length, kind: answers.kind, settings: answers.settings ?? {} };
  let mapping: ColumnMapping | undefined;
  if (answers.fields) {
    const start = firstLook(name, base);
    // Each column picked as the wizard picks it (a latency column brings the unit its header names).
    mapping = Object.entries(answers.fields).reduce((m, [field, header]) => remapField(m, field, header), start.mapping);
  }
  const confirmed = firstLook(name, { ...base, ...(mapping ? { mapping } : {}) });
  const importer = createImporter(
    { kind: confirmed.kind, settings: confirmed.settings, mapping: confirmed.mapping, today: '2026-12-31', totalBytes: bytes.length },
    { onRow: () => undefined },
  );
  importer.push(bytes);
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  return { confirmed, summary: result.value };
}

/** The incidents of a found file as they join an empty register (what the stage view then counts). */
export function registerFrom(name: string, answers: FoundAnswers): IncidentMerge {
  const { confirmed } = importFound(name, answers);
  const columns = createColumnsBuilder('incidents');
  const importer = createImporter(
    { kind: 'incidents', settings: confirmed.settings, mapping: confirmed.mapping, today: '2026-12-31', totalBytes: foundFile(name).length },
    { onRow: (row) => columns.append(row as never) },
  );
  importer.push(foundFile(name));
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  return mergeIncidents([], columns.finish() as IncidentColumns, foundStages);
}

/** A found workbook the way the wizard opens it (the workbook worker's job), as the CSV bytes the preview then reads. */
export async function workbookCsv(name: string): Promise<{ answer: WorkbookAnswer; bytes: Uint8Array | null }> {
  const bytes = foundFile(name);
  const answer = await readWorkbookJob({ file: new Blob([bytes as BlobPart]), fileName: name, sheet: null });
  if (!answer.ok || answer.csv === null) return { answer, bytes: null };
  return { answer, bytes: new Uint8Array(await answer.csv.arrayBuffer()) };
}

/** The first look at a workbook's sheet, as the wizard previews it. */
export async function firstLookWorkbook(name: string, options: Parameters<typeof previewCsv>[1] = {}): Promise<CsvPreview> {
  const { answer, bytes } = await workbookCsv(name);
  if (bytes === null) throw new Error(answer.ok ? 'no sheet chosen' : answer.error.message);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: foundStages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A found workbook's sheet with the kind and columns a user would give, confirmed as the wizard confirms them. */
async function confirmedWorkbook(name: string, answers: FoundAnswers) {
  const { answer, bytes } = await workbookCsv(name);
  if (bytes === null) throw new Error(answer.ok ? 'no sheet chosen' : answer.error.message);
  const base = { today: '2026-12-31', planStages: foundStages, totalBytes: bytes.length, kind: answers.kind, settings: answers.settings ?? {} };
  const start = previewCsv(bytes, base);
  if (!start.ok) throw new Error(start.error.message);
  const mapping = { ...start.value.mapping, fields: { ...start.value.mapping.fields, ...(answers.fields ?? {}) } } as ColumnMapping;
  const confirmed = previewCsv(bytes, { ...base, mapping });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return { bytes, mapping, settings: confirmed.value.settings };
}

/** That sheet imported, each row handed to `onRow`: the summary of the import. */
async function importConfirmedWorkbook(name: string, answers: FoundAnswers, onRow: (row: unknown) => void): Promise<ImportSummary> {
  const { bytes, mapping, settings } = await confirmedWorkbook(name, answers);
  const importer = createImporter({ kind: answers.kind, settings, mapping, today: '2026-12-31', totalBytes: bytes.length }, { onRow });
  importer.push(bytes);
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A found workbook's sheet imported with the kind and columns a user would give: the summary of the import. */
export function importWorkbook(name: string, answers: FoundAnswers): Promise<ImportSummary> {
  return importConfirmedWorkbook(name, answers, () => undefined);
}

/** The rows a found file's import hands on (copied: the importer may reuse one row object). */
export function importedRows(name: string, answers: FoundAnswers): Record<string, unknown>[] {
  const { confirmed } = importFound(name, answers);
  const rows: Record<string, unknown>[] = [];
  const bytes = foundFile(name);
  const importer = createImporter(
    { kind: confirmed.kind, settings: confirmed.settings, mapping: confirmed.mapping, today: '2026-12-31', totalBytes: bytes.length },
    { onRow: (row) => rows.push({ ...(row as object) }) },
  );
  importer.push(bytes);
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  return rows;
}

/** The rows a found workbook's import hands on, imported as `importWorkbook` does. */
export async function importedWorkbookRows(name: string, answers: FoundAnswers): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  await importConfirmedWorkbook(name, answers, (row) => rows.push({ ...(row as object) }));
  return rows;
}
