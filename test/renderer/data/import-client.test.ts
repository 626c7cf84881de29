// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCsv, type CsvResult, type ImportKind, type StreamHash } from '../../../shared/csv';
import { startImport } from '../../../renderer/import/import-client';
import { runImportJob, type ImportJob, type ImportJobResult } from '../../../renderer/import/run-import-job';
import { importFailure, withHash } from '../../../renderer/import/with-hash';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', name)));

function jobFor(bytes: Uint8Array, kind: ImportKind): ImportJob {
  const preview = previewCsv(bytes, { kind, totalBytes: bytes.length, today: '2026-03-10' });
  if (!preview.ok) throw new Error(preview.error.message);
  return { kind, settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-03-10', totalBytes: bytes.length };
}

describe('startImport without a Worker (jsdom): import and hash inline, side by side', () => {
  it.each<[string, ImportKind]>([
    ['satisfaction-bad-rows.csv', 'satisfaction'],
    ['usage-utf16be.csv', 'usage'],
    ['quality-bom-semicolon-dmy-decimal-comma.csv', 'quality'],
  ])('gives %s the SHA-256 node:crypto computes, and the same import as hashing in the importer', async (name, kind) => {
    const bytes = fixture(name);
    const job = jobFor(bytes, kind);
    expect(typeof Worker).toBe('undefined');
    const run = startImport(new File([bytes as BlobPart], name, { type: 'text/csv' }), job, () => undefined);
    const result = await run.result;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

    const inImporter = await runImportJob([bytes], job);
    if (!inImporter.ok) throw new Error(inImporter.error.message);
    expect(result.summary).toEqual(inImporter.summary);
    expect(result.rows).toEqual(inImporter.rows);
  });

  it('stops both halves when cancelled and imports nothing', async () => {
    const bytes = fixture('satisfaction-bad-rows.csv');
    const run = startImport(new File([bytes as BlobPart], 'x.csv'), jobFor(bytes, 'satisfaction'), () => undefined);
    run.cancel();
    const result = await run.result;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ reason: 'cancelled', message: 'The import was cancelled; nothing was imported.' });
  });
});

describe('withHash: the import and the hash worker joined', () => {
  const bytes = fixture('satisfaction-bad-rows.csv');
  const digest = createHash('sha256').update(bytes).digest('hex');
  const imported = async (): Promise<ImportJobResult> => runImportJob([bytes], { ...jobFor(bytes, 'satisfaction'), hash: false });
  const hashOk: CsvResult<StreamHash> = { ok: true, value: { sha256: digest, bytes: bytes.length } };
  const hashCancelled: CsvResult<StreamHash> = { ok: false, error: { code: 'cancelled', reason: 'cancelled', message: 'Hashing the file was cancelled.' } };
  const hashUnreadable: CsvResult<StreamHash> = { ok: false, error: { code: 'invalid', reason: 'internal', message: 'The file could not be read (gone).' } };
  const importCancelled = importFailure('cancelled', 'The import was cancelled; nothing was imported.');
  const importRefused = importFailure('binary', 'This is not a CSV file.');

  it('puts the hash worker’s digest into the summary', async () => {
    const joined = withHash(await imported(), hashOk);
    if (!joined.ok) throw new Error(joined.error.message);
    expect(joined.summary.sha256).toBe(digest);
  });

  it.each<[string, () => Promise<ImportJobResult> | ImportJobResult, CsvResult<StreamHash>, string, RegExp]>([
    ['the import refused the file', () => importRefused, hashOk, 'binary', /not a CSV file/],
    ['the import refused the file, the hash was then stopped', () => importRefused, hashCancelled, 'binary', /not a CSV file/],
    ['the hash failed', imported, hashUnreadable, 'internal', /fingerprint \(SHA-256\).*could not be computed: The file could not be read \(gone\)\. Nothing was imported\./],
    ['the hash failed, the import was then stopped', () => importCancelled, hashUnreadable, 'internal', /fingerprint \(SHA-256\)/],
    ['the import was cancelled', () => importCancelled, hashCancelled, 'cancelled', /cancelled; nothing was imported/],
    ['the hash was cancelled', imported, hashCancelled, 'cancelled', /cancelled; nothing was imported/],
    ['the file changed between the two reads', imported, { ok: true, value: { sha256: digest, bytes: bytes.length + 1 } }, 'internal', /changed on disk/],
  ])('fails when %s', async (_, importOutcome, hashOutcome, reason, message) => {
    const joined = withHash(await importOutcome(), hashOutcome);
    expect(joined.ok).toBe(false);
    if (!joined.ok) {
      expect(joined.error.reason).toBe(reason);
      expect(joined.error.message).toMatch(message);
    }
  });
});
