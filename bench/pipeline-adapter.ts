/**
 * ─── ADAPTER: case (d), the app's own import ───────────────────────────────────────────────
 * The one place where the benchmark meets shared/csv. It runs what the app runs on an import:
 * detect (encoding, delimiter, header) + guess the mapping + decode + parse + validate every
 * row + hash the bytes, append accepted rows to the columns builder, and encode the stored
 * form. Re-wire here if the importer's entry point changes.
 */
import { statSync } from 'node:fs';
import { createImporter } from '../shared/csv/importer';
import { createColumnsBuilder } from '../shared/metrics/column-builder';
import { encodeColumns } from '../shared/metrics/columnar';
import type { QualityColumns } from '../shared/metrics/columns';
import { benchStages } from './generate';
import { readChunks } from './read-file';

export interface PipelineOutcome {
  readonly acceptedRows: number;
  readonly rejectedRows: number;
  readonly storedBytes: number;
  readonly columns: QualityColumns;
  /** Of the whole, the time spent in the metrics side: appending rows to columns, encoding them. */
  readonly columnsMs: number;
  readonly encodeMs: number;
}

/** Imports the file at `path` as a quality log; throws with the reason when it cannot. */
export async function importWithPipeline(path: string): Promise<PipelineOutcome> {
  const builder = createColumnsBuilder('quality', 1 << 16);
  let columnsMs = 0;
  const importer = createImporter(
    {
      kind: 'quality',
      stages: benchStages,
      // The log runs to 2026-12-31; a "today" after it keeps future-date warnings out of the timing.
      today: '2027-01-01',
      totalBytes: statSync(path).size,
    },
    {
      onRows: (rows) => {
        const t0 = performance.now();
        builder.appendBatch(rows);
        columnsMs += performance.now() - t0;
      },
    },
  );
  readChunks(path, (bytes) => importer.push(bytes));
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  const t0 = performance.now();
  const columns = builder.finish();
  const stored = encodeColumns(columns);
  const encodeMs = performance.now() - t0;
  return {
    acceptedRows: result.value.accepted,
    rejectedRows: result.value.rejected,
    storedBytes: stored.length,
    columns,
    columnsMs,
    encodeMs,
  };
}
