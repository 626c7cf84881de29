import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCsv, type ImportKind } from '../../../shared/csv';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';
import { FILE_CHANGED_MESSAGE, runDigestingImport, wholeFileDigest } from '../../../renderer/import/whole-file-digest';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', name)));
const sha256sum = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const subtle = globalThis.crypto.subtle;

/** `bytes` cut at the given offsets, as a stream would deliver them. */
async function* chunks(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.slice(from, cut);
    from = cut;
  }
}

async function drain(source: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of source) out.push(chunk);
  return out;
}

function jobFor(bytes: Uint8Array, kind: ImportKind): ImportJob {
  const preview = previewCsv(bytes, { kind, totalBytes: bytes.length, today: '2026-03-10' });
  if (!preview.ok) throw new Error(preview.error.message);
  return { kind, settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-03-10', totalBytes: bytes.length };
}

const sample = new Uint8Array(Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256));

describe('wholeFileDigest: one read for the import and its SHA-256', () => {
  it.each<[string, Uint8Array, number[]]>([
    ['one chunk', sample, []],
    ['chunks of every size, one byte included', sample, [1, 2, 64, 65, 1000, 1001, 4999]],
    ['an empty chunk in the middle', sample, [100, 100, 2500]],
    ['an empty file', new Uint8Array(0), []],
  ])('passes the chunks on unchanged and digests them as sha256sum does: %s', async (_, bytes, cuts) => {
    const whole = wholeFileDigest(bytes.length, subtle);
    const passed = await drain(whole.tee(chunks(bytes, cuts)));
    expect(passed).toEqual(await drain(chunks(bytes, cuts)));
    expect(await whole.digest()).toEqual({ ok: true, value: { sha256: sha256sum(bytes), bytes: bytes.length } });
  });

  it.each([
    ['grew', sample.length - 1],
    ['shrank', sample.length + 1],
  ])('refuses to fingerprint a file that %s while it was read', async (_, sizeWhenChosen) => {
    const whole = wholeFileDigest(sizeWhenChosen, subtle);
    await drain(whole.tee(chunks(sample, [1000])));
    expect(await whole.digest()).toEqual({ ok: false, error: expect.objectContaining({ reason: 'internal', message: FILE_CHANGED_MESSAGE }) });
  });

  it('says why when the platform cannot digest, and digests only once', async () => {
    const broken = wholeFileDigest(sample.length, { digest: () => Promise.reject(new Error('no crypto')) });
    await drain(broken.tee(chunks(sample, [])));
    expect(await broken.digest()).toMatchObject({ ok: false, error: { message: 'The file could not be fingerprinted (no crypto).' } });
    expect(await broken.digest()).toMatchObject({ ok: false });
  });
});

describe('runDigestingImport: what the import worker runs on a file up to 128 MiB', () => {
  it.each<[string, ImportKind, number[]]>([
    ['satisfaction-bad-rows.csv', 'satisfaction', [7, 300]],
    ['usage-utf16be.csv', 'usage', [1, 2, 3]],
    ['quality-bom-semicolon-dmy-decimal-comma.csv', 'quality', []],
  ])('gives %s the import of the importer hashing itself, and the SHA-256 of node:crypto', async (name, kind, cuts) => {
    const bytes = fixture(name);
    const job = jobFor(bytes, kind);
    let parsedAt = -1;
    let progress = 0;
    const withDigest = await runDigestingImport(chunks(bytes, cuts.filter((c) => c < bytes.length)), bytes.length, job, {
      subtle,
      onProgress: () => progress++,
      onParsed: () => (parsedAt = progress),
    });
    const inImporter = await runImportJob([bytes], { ...job, hash: true });
    if (!withDigest.ok || !inImporter.ok) throw new Error('both imports should succeed');
    expect(withDigest.summary.sha256).toBe(sha256sum(bytes));
    expect(withDigest).toEqual(inImporter);
    expect(parsedAt).toBeGreaterThan(0);
  });

  it('hashes in the importer where the platform has no Web Crypto', async () => {
    const bytes = fixture('satisfaction-bad-rows.csv');
    const result = await runDigestingImport(chunks(bytes, [10]), bytes.length, jobFor(bytes, 'satisfaction'), { subtle: null });
    expect(result.ok && result.summary.sha256).toBe(sha256sum(bytes));
  });

  it('imports nothing when the file changed on disk during the import', async () => {
    const bytes = fixture('satisfaction-bad-rows.csv');
    const result = await runDigestingImport(chunks(bytes, [10]), bytes.length - 3, jobFor(bytes, 'satisfaction'), { subtle });
    expect(result).toMatchObject({ ok: false, error: { reason: 'internal', message: expect.stringMatching(/changed on disk/) } });
  });
});

describe('wholeFileDigest: the digest starts with the last byte read, not when asked for', () => {
  it.each<[string, number[]]>([
    ['one chunk', []],
    ['several chunks', [100, 2500, 4000]],
  ])('%s: digesting before the importer has seen the last chunk', async (_, cuts) => {
    const calls: number[] = [];
    const recording = { digest: (algorithm: AlgorithmIdentifier, data: BufferSource) => (calls.push(Date.now()), subtle.digest(algorithm, data)) };
    const whole = wholeFileDigest(sample.length, recording);
    const reading = whole.tee(chunks(sample, cuts));
    let seen = 0;
    for (let next = await reading.next(); !next.done; next = await reading.next()) {
      seen += next.value.length;
      // Let the microtask that starts the digest run, as the importer's own awaits would.
      await Promise.resolve();
      await Promise.resolve();
      expect(calls.length).toBe(seen === sample.length ? 1 : 0);
    }
    expect(await whole.digest()).toEqual({ ok: true, value: { sha256: sha256sum(sample), bytes: sample.length } });
    expect(calls.length).toBe(1);
  });

  it('refuses a file that grew after the digest started (more bytes than its size when chosen)', async () => {
    const whole = wholeFileDigest(1000, subtle);
    await drain(whole.tee(chunks(sample, [1000])));
    expect(await whole.digest()).toMatchObject({ ok: false, error: { message: FILE_CHANGED_MESSAGE } });
  });
});
