import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { previewCsv, runImport, type ImportKind, type ImportProgress } from '../../../shared/csv';
import { computeMetrics, createColumnsBuilder, decodeColumns, encodeColumns, storedRowAt, type Columns } from '../../../shared/metrics';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', name)));

/** Bytes in chunks of `size`, as `file.stream()` hands them over (boundaries anywhere, even inside a character). */
function* chunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** The job the wizard would start: settings and mapping as the preview settles them, plus the user's answers. */
function jobFor(bytes: Uint8Array, kind: ImportKind, answers = {}): ImportJob {
  const preview = previewCsv(bytes, { kind, totalBytes: bytes.length, settings: answers, today: '2026-03-10' });
  if (!preview.ok) throw new Error(preview.error.message);
  expect(preview.value.questions).toEqual([]);
  return { kind, settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-03-10', totalBytes: bytes.length };
}

function decoded(rows: Uint8Array): Columns {
  const result = decodeColumns(rows);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('runImportJob', () => {
  it('imports an Excel export with BOM, semicolons, dd/mm/yyyy and decimal commas, whatever the chunk size', async () => {
    const bytes = fixture('quality-bom-semicolon-dmy-decimal-comma.csv');
    for (const size of [1, 7, 64 * 1024]) {
      const result = await runImportJob(chunks(bytes, size), jobFor(bytes, 'quality'));
      if (!result.ok) throw new Error(result.error.message);
      expect(result.summary).toMatchObject({ accepted: 4, rejected: 0, bytes: bytes.length });
      expect(result.summary.settings).toMatchObject({ delimiter: ';', decimalComma: true, dateFormat: 'dmy', encoding: 'utf-8' });
      expect(result.summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(result.rejectedCsv).toBeNull();
      const columns = decoded(result.rows);
      const rows = Array.from({ length: columns.rowCount }, (_, i) => storedRowAt(columns as Columns & { kind: 'quality' }, i));
      expect(rows.map((r) => [r.line, r.date, r.userId, r.editingShare, r.group])).toEqual([
        [2, '2025-01-13', '0042', 12.5, 'Kundenservice'],
        [3, '2025-01-14', '0042', 7.25, 'Kundenservice'],
        [4, '2025-01-15', '0107', 40, 'Vertrieb Süd'],
        [5, '2025-01-31', '0107', 0.5, 'Vertrieb Süd'],
      ]);
    }
  });

  it('reads the end-to-end messy file to the numbers the end-to-end test checks on screen', async () => {
    const bytes = fixture('e2e-quality-messy.csv');
    const result = await runImportJob(chunks(bytes, 50), jobFor(bytes, 'quality'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary).toMatchObject({ accepted: 11, rejected: 4 });
    const lines = result.summary.rejections.flatMap((g) => g.examples.map((e) => e.line)).sort((a, b) => a - b);
    expect(lines).toEqual([12, 13, 14, 15]);
    const stages = [
      { id: 'a', name: 'Internal pilot', plannedStart: '2025-01-13', durationWeeks: 4, enrolledUsers: 5 },
      { id: 'b', name: 'Expanded pilot', plannedStart: '2025-02-10', durationWeeks: 4, enrolledUsers: 15 },
    ];
    const metrics = computeMetrics({ x: decoded(result.rows) }, stages, { editingShareLimit: 15 });
    const quality = metrics.stages[0]?.total.quality;
    expect(quality?.underLimit).toMatchObject({ successes: 7, trials: 11 });
    expect(quality?.medianEditingPercent).toBe(12.5);
    expect(quality?.meanEditingPercent).toBeCloseTo(186.99 / 11, 10);
    expect(metrics.stages[0]?.weeks[0]?.quality?.underLimit).toMatchObject({ successes: 2, trials: 3 });
  });

  it('accounts for every row: rejected ones come back as a CSV with line numbers and reasons, matching the counts', async () => {
    const bytes = fixture('satisfaction-bad-rows.csv');
    const result = await runImportJob(chunks(bytes, 16), jobFor(bytes, 'satisfaction'));
    if (!result.ok) throw new Error(result.error.message);
    const { summary } = result;
    expect(summary.accepted + summary.rejected).toBe(summary.records);
    expect(summary.rejected).toBeGreaterThan(0);
    expect(decoded(result.rows).rowCount).toBe(summary.accepted);

    const csv = result.rejectedCsv ?? '';
    expect(csv.startsWith('\uFEFFLine,Reason,')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]?.slice(0, 2)).toEqual(['Line', 'Reason']);
    const body = parsed.slice(1);
    expect(body).toHaveLength(summary.rejected);
    const groupedLines = summary.rejections.flatMap((g) => g.examples.map((e) => e.line)).sort((a, b) => a - b);
    expect(body.map((r) => Number(r[0])).sort((a, b) => a - b)).toEqual(groupedLines);
    expect(summary.rejections.reduce((sum, g) => sum + g.count, 0)).toBe(summary.rejected);
    // The rating of 7 on line 3 is rejected with its reason.
    expect(body.find((r) => r[0] === '3')?.[1]).toMatch(/7/);
    // A date in 2099 is imported, and flagged as a warning rather than an error.
    expect(summary.warnings.map((w) => w.code)).toContain('future_date');
  });

  it('reports progress at most once per interval, and once more at the end', async () => {
    const lines = ['output_id,user_id,date,editing_share_percent'];
    for (let i = 0; i < 20_000; i++) lines.push(`o${i},u${i % 37},2026-01-${String((i % 28) + 1).padStart(2, '0')},${i % 100}`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    let now = 0;
    const seen: ImportProgress[] = [];
    const result = await runImportJob(
      (function* () {
        for (const chunk of chunks(bytes, 4096)) {
          now += 10; // every chunk takes 10 ms of the fake clock
          yield chunk;
        }
      })(),
      jobFor(bytes.subarray(0, 4096), 'quality'),
      { clock: () => now, progressIntervalMs: 100, onProgress: (p) => seen.push(p) },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.accepted).toBe(20_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(now / 100) + 2);
    expect(seen.at(-1)).toMatchObject({ accepted: 20_000, bytes: bytes.length });
  });

  it('stops when cancelled and imports nothing', async () => {
    const bytes = fixture('satisfaction-bad-rows.csv');
    const abort = new AbortController();
    const result = await runImportJob(
      (function* () {
        yield bytes.subarray(0, 10);
        abort.abort();
        yield bytes.subarray(10);
      })(),
      jobFor(bytes, 'satisfaction'),
      { signal: abort.signal },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe('cancelled');
  });

  it('refuses a file whose date order was never answered', async () => {
    const bytes = fixture('usage-ambiguous-dates.csv');
    const preview = previewCsv(bytes, { kind: 'usage', totalBytes: bytes.length });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.questions.map((q) => q.setting)).toEqual(['dateFormat']);
    const job = { kind: 'usage' as const, settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-03-10', totalBytes: bytes.length };
    const result = await runImportJob([bytes], job);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe('needs_answer');

    const answered = await runImportJob([bytes], jobFor(bytes, 'usage', { dateFormat: 'dmy' }));
    if (!answered.ok) throw new Error(answered.error.message);
    expect(answered.summary.dateRange?.first).toBe('2025-04-03');
  });

  /** The stored columns the way the job built them before `onRow`: new row objects in batches, `appendBatch`. */
  async function columnsFromBatches(source: Iterable<Uint8Array>, job: ImportJob): Promise<Uint8Array> {
    const builder = createColumnsBuilder(job.kind);
    const result = await runImport(source, { ...job, hash: false }, { onRows: (rows) => builder.appendBatch(rows) });
    if (!result.ok) throw new Error(result.error.message);
    return encodeColumns(builder.finish());
  }

  /** A satisfaction log with long comments (strings the parser cuts from its chunk) and many users. */
  function generatedSatisfaction(rows: number): Uint8Array {
    const lines = ['response_id,user_id,date,rating,comment,team'];
    for (let i = 0; i < rows; i++) {
      const comment = i % 3 === 0 ? '' : `"Comment number ${i % 997}, with a comma and some length"`;
      lines.push(`r${i},user-${(i * 7919) % 1201},2026-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 5) + 1},${comment},team ${i % 4}`);
    }
    return new TextEncoder().encode(lines.join('\r\n'));
  }

  it.each<[string, ImportKind, Record<string, unknown>]>([
    ['quality-bom-semicolon-dmy-decimal-comma.csv', 'quality', {}],
    ['e2e-quality-messy.csv', 'quality', {}],
    ['satisfaction-bad-rows.csv', 'satisfaction', {}],
    ['satisfaction-quoted-newlines.csv', 'satisfaction', {}],
    ['satisfaction-windows-1252.csv', 'satisfaction', {}],
    ['usage-leading-zeros.csv', 'usage', {}],
    ['usage-ambiguous-dates.csv', 'usage', { dateFormat: 'dmy' }],
    ['test-results-latency-ms.csv', 'test_results', {}],
  ])('stores %s row by row (one reused row object) exactly as batches of new rows did', async (name, kind, answers) => {
    const bytes = fixture(name);
    const job = jobFor(bytes, kind, answers);
    const result = await runImportJob(chunks(bytes, 13), job);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.accepted).toBeGreaterThan(0);
    expect(result.rows).toEqual(await columnsFromBatches(chunks(bytes, 13), job));
  });

  it('stores a generated 8,000-row (1,201 users, 997 comments: dictionaries past one byte) file row by row exactly as batches did, across many chunks', async () => {
    const bytes = generatedSatisfaction(8_000);
    const job = jobFor(bytes.subarray(0, 4096), 'satisfaction');
    const result = await runImportJob(chunks(bytes, 4093), { ...job, totalBytes: bytes.length });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.accepted).toBe(8_000);
    const rows = result.rows;
    expect(rows).toEqual(await columnsFromBatches(chunks(bytes, 4093), { ...job, totalBytes: bytes.length }));
    const columns = decoded(rows) as Columns & { kind: 'satisfaction' };
    expect(storedRowAt(columns, 7_999)).toMatchObject({ userId: `user-${(7_999 * 7919) % 1201}`, rating: 5, group: 'team 3' });
    expect(storedRowAt(columns, 7_999).comment).toBe(`Comment number ${7_999 % 997}, with a comma and some length`);
  });

  it('with hash: false leaves the SHA-256 to the caller and imports the same rows', async () => {
    const bytes = fixture('satisfaction-bad-rows.csv');
    const job = jobFor(bytes, 'satisfaction');
    const [hashed, unhashed] = await Promise.all([runImportJob([bytes], job), runImportJob([bytes], { ...job, hash: false })]);
    if (!hashed.ok || !unhashed.ok) throw new Error('the import failed');
    expect(hashed.summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(unhashed.summary.sha256).toBe('');
    expect(unhashed.summary.bytes).toBe(bytes.length);
    expect(unhashed.rows).toEqual(hashed.rows);
    expect(unhashed.rejectedCsv).toBe(hashed.rejectedCsv);
    expect({ ...unhashed.summary, sha256: hashed.summary.sha256 }).toEqual(hashed.summary);
  });
});
