import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../shared/csv';
import { decodeColumns, storedRowAt, type Columns } from '../../../shared/metrics';
import { warmUp } from '../../../renderer/import/metrics-engine';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';
import { storedRows } from '../../shared/rows-fixture';

const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', 'quality-share-and-minutes.csv')));

function job(): ImportJob {
  const preview = previewCsv(bytes, { kind: 'quality', totalBytes: bytes.length, today: '2026-03-10' });
  if (!preview.ok) throw new Error(preview.error.message);
  return { kind: 'quality', settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-03-10', totalBytes: bytes.length };
}

function decoded(rows: Uint8Array): Columns {
  const result = decodeColumns(rows);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the early sample of an import’s rows (for the metrics engine to warm up on)', () => {
  it.each([1, 2, 3])('holds exactly the first %i accepted rows, once, and changes nothing in the result', async (sampleRows) => {
    const samples: Uint8Array[] = [];
    const withSample = await runImportJob([bytes], job(), { onSample: (rows) => samples.push(rows), sampleRows });
    const without = await runImportJob([bytes], job());
    if (!withSample.ok || !without.ok) throw new Error('import failed');
    expect(withSample.rows).toEqual(without.rows);
    expect(withSample.summary).toEqual(without.summary);
    expect(samples).toHaveLength(1);
    const sample = decoded(samples[0] ?? new Uint8Array());
    const all = decoded(without.rows);
    expect(sample.rowCount).toBe(sampleRows);
    expect(Array.from({ length: sampleRows }, (_, i) => storedRowAt(sample, i))).toEqual(Array.from({ length: sampleRows }, (_, i) => storedRowAt(all, i)));
  });

  it('is not taken from a file with fewer accepted rows', async () => {
    const samples: Uint8Array[] = [];
    const result = await runImportJob([bytes], job(), { onSample: (rows) => samples.push(rows), sampleRows: 1000 });
    expect(result.ok).toBe(true);
    expect(samples).toEqual([]);
  });
});

describe('warming the metrics engine up on a sample', () => {
  const options = { editingShareLimit: 15, manualMinutesPerTask: null, baselinePeriods: [] };
  it.each<[string, Uint8Array, number]>([
    ['runs the decoding and the metrics the number of times asked', storedRows('usage', 20), 3],
    ['stops at once on bytes that do not decode (the real rows report it)', new Uint8Array([1, 2, 3]), 0],
  ])('%s', (_name, sample, runs) => {
    expect(warmUp(sample, [], options, 3)).toBe(runs);
  });
});
