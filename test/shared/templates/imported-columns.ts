import { expect } from 'vitest';
import type { ImportKind, RowByKind } from '../../../shared/csv/kinds';
import { previewCsv } from '../../../shared/csv/preview';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import type { Columns } from '../../../shared/metrics/columns';
import { importBytes, summaryOf, utf8 } from '../csv/helpers';

/** A file as the wizard imports it: kind detected (and checked), mapping guessed, every row through the importer. */
export function importedColumns(kind: ImportKind, text: string): Columns {
  const bytes = utf8(text);
  const preview = previewCsv(bytes, { totalBytes: bytes.length });
  if (!preview.ok) throw new Error(preview.error.message);
  expect(preview.value.kindSuggestion.kind).toBe(kind);
  const collected = importBytes(bytes, { kind, mapping: preview.value.mapping, settings: preview.value.settings });
  summaryOf(collected.result);
  const builder = createColumnsBuilder(kind);
  builder.appendBatch(collected.rows as RowByKind[typeof kind][]);
  return builder.finish();
}
