import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createImporter } from '../../../shared/csv/importer';
import type { ImportSummary } from '../../../shared/csv/import-types';
import type { ImportKind } from '../../../shared/csv/kinds';
import type { ColumnMapping } from '../../../shared/csv/mapping';
import { previewCsv, type CsvPreview } from '../../../shared/csv/preview';
import type { CsvSettings } from '../../../shared/csv/settings';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import type { PilotMetrics } from '../../../shared/metrics/pilot-metrics';
import type { StageInput } from '../../../shared/metrics/stage-calendar';

/** The plan every export fixture is imported into (test/fixtures/exports/README.md). */
export const exportStages: StageInput[] = [
  { id: 's1', name: 'Pilot', plannedStart: '2026-03-02', durationWeeks: 4, enrolledUsers: 5 },
  { id: 's2', name: 'Expanded', plannedStart: '2026-03-30', durationWeeks: 4, enrolledUsers: 10 },
];

export function exportFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/exports', name)));
}

export interface Answers {
  /** What the user answers in the wizard (date order, the file's stage…). */
  readonly settings?: Partial<CsvSettings>;
  /** Columns the user picks where the wizard asks (field id → header). */
  readonly fields?: Readonly<Record<string, string>>;
  readonly kind?: ImportKind;
}

export interface Imported {
  /** The first look, before any answer: what the wizard proposes. */
  readonly proposed: CsvPreview;
  /** The preview once answered, as the user confirms it. */
  readonly confirmed: CsvPreview;
  readonly summary: ImportSummary;
  readonly metrics: PilotMetrics;
}

/** Runs a fixture the way the wizard does: preview, the user's answers, import with the confirmed settings, metrics. */
export function importExport(name: string, answers: Answers = {}): Imported {
  const bytes = exportFixture(name);
  const base = { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length };
  const first = previewCsv(bytes, base);
  if (!first.ok) throw new Error(first.error.message);
  const proposed = first.value;
  const kind = answers.kind ?? proposed.kindSuggestion.kind ?? proposed.kind;
  let mapping: ColumnMapping | undefined;
  if (answers.fields) {
    const start = previewCsv(bytes, { ...base, kind, settings: answers.settings ?? {} });
    if (!start.ok) throw new Error(start.error.message);
    mapping = { ...start.value.mapping, fields: { ...start.value.mapping.fields, ...answers.fields } };
  }
  const second = previewCsv(bytes, { ...base, kind, settings: answers.settings ?? {}, ...(mapping ? { mapping } : {}) });
  if (!second.ok) throw new Error(second.error.message);
  const confirmed = second.value;
  if (!confirmed.ready) throw new Error(`not ready: ${[...confirmed.mappingProblems, ...confirmed.questions.map((q) => q.message)].join(' ')} ${confirmed.stageQuestion?.message ?? ''}`);
  const columns = createColumnsBuilder(confirmed.kind);
  const importer = createImporter(
    { kind: confirmed.kind, settings: confirmed.settings, mapping: confirmed.mapping, today: '2026-12-31', totalBytes: bytes.length },
    { onRow: (row) => columns.append(row as never) },
  );
  importer.push(bytes);
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  const metrics = computeMetrics({ imported: columns.finish() } as never, exportStages, { editingShareLimit: 15 });
  return { proposed, confirmed, summary: result.value, metrics };
}
