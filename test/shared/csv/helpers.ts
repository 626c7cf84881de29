import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createImporter } from '../../../shared/csv/importer';
import type { ImportOptions, ImportSummary } from '../../../shared/csv/import-types';
import type { ImportKind, RowByKind } from '../../../shared/csv/kinds';
import type { Rejection } from '../../../shared/csv/reasons';
import type { CsvResult } from '../../../shared/csv/settings';
import { previewCsv, type CsvPreview, type PreviewOptions } from '../../../shared/csv/preview';

export const fixtureDir = resolve(import.meta.dirname, '../../fixtures/csv');

/** The exact bytes of a fixture file. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixtureDir, name)));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Splits bytes into chunks of a fixed size. */
export function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** Splits bytes at pseudo-random points (deterministic per seed), chunks of 1–max bytes. */
export function randomChunks(bytes: Uint8Array, seed: number, max = 97): Uint8Array[] {
  const out: Uint8Array[] = [];
  let state = seed >>> 0 || 1;
  for (let i = 0; i < bytes.length; ) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const size = 1 + (state % max);
    out.push(bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

export interface Collected<K extends ImportKind> {
  readonly result: CsvResult<ImportSummary>;
  readonly rows: RowByKind[K][];
  readonly rejected: Rejection[];
  readonly batches: number;
}

/** Runs the push importer over the chunks and collects everything it hands out. */
export function importChunks<K extends ImportKind>(chunks: Iterable<Uint8Array>, options: ImportOptions<K>): Collected<K> {
  const rows: RowByKind[K][] = [];
  const rejected: Rejection[] = [];
  let batches = 0;
  const importer = createImporter(
    { today: '2025-12-31', ...options },
    {
      onRows: (batch) => {
        batches++;
        rows.push(...batch);
      },
      onRejected: (batch) => rejected.push(...batch),
    },
  );
  for (const chunk of chunks) importer.push(chunk);
  return { result: importer.end(), rows, rejected, batches };
}

export function importBytes<K extends ImportKind>(bytes: Uint8Array, options: ImportOptions<K>): Collected<K> {
  return importChunks([bytes], options);
}

/** The summary of a successful import; fails the test with the error message otherwise. */
export function summaryOf(result: CsvResult<ImportSummary>): ImportSummary {
  if (!result.ok) throw new Error(`import failed: ${result.error.reason}: ${result.error.message}`);
  return result.value;
}

/** The wizard's first look at CSV text (a line break is added at the end), as `kind`; fails the test on an error. */
export function previewText(csv: string, kind: ImportKind, options: PreviewOptions = {}): CsvPreview {
  const bytes = utf8(`${csv}\n`);
  const result = previewCsv(bytes, { kind, today: '2026-12-31', totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
