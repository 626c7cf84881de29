import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CsvSettings, ImportProgress } from '../../../shared/csv';
import type { FromImportWorker, ToImportWorker } from '../../../renderer/import/import-protocol';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';
import { canSplit, startSplitImport } from '../../../renderer/import/split-import-client';
import { startPart } from '../../../renderer/import/split-part-run';
import { comparable } from './parts-in-turn';

/**
 * The window's side of a two-part import, with stand-in workers that run what the real import worker
 * runs for `start-part` (`startPart`, real importer, real Web Crypto digest, a real MessageChannel).
 */
class PartWorker {
  /** Set to make the worker fail as it starts, as a worker that runs out of memory does. */
  fail = false;
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly orders: string[] = [];
  private readonly abort = new AbortController();

  postMessage(message: ToImportWorker): void {
    if (message.type !== 'start-part') return;
    this.orders.push(message.job.part?.role ?? 'whole');
    if (this.fail) {
      queueMicrotask(() => this.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent));
      return;
    }
    startPart(message, this.abort.signal, (reply) => {
      if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<FromImportWorker>);
    });
  }

  terminate(): void {
    this.terminated = true;
    this.abort.abort();
  }
}

const settings: CsvSettings = { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: 'percent' };
const jobFor = (bytes: Uint8Array): ImportJob => ({
  kind: 'quality',
  settings,
  mapping: { kind: 'quality', latencyUnit: 'seconds', fields: { outputId: 'id', userId: 'user', date: 'date', editingShare: 'share', group: 'team' } },
  today: '2026-12-06',
  totalBytes: bytes.length,
});

/** About `size` bytes of quality rows, one in 97 with a share that is not a number; `middle` goes in the middle. */
function qualityFile(size: number, middle = ''): Uint8Array {
  const rows = ['id,user,date,share,team'];
  let length = 0;
  for (let i = 0; length < size; i++) {
    if (middle !== '' && length >= size / 2 - 2000 && length < size / 2 - 1900) rows.push(middle);
    const row = `o${i},u${i % 17},2026-03-${String(1 + (i % 28)).padStart(2, '0')},${i % 97 === 96 ? 'n/a' : (i * 7) % 100},${i % 3 ? 'Claims' : 'Support'}`;
    rows.push(row);
    length += row.length + 1;
  }
  return new TextEncoder().encode(`${rows.join('\n')}\n`);
}

function run(bytes: Uint8Array, failing: 0 | 1 | null = null) {
  const workers = [new PartWorker(), new PartWorker()] as const;
  if (failing !== null) workers[failing].fail = true;
  const serial: string[] = [];
  const progress: ImportProgress[] = [];
  const samples: Uint8Array[] = [];
  const job = jobFor(bytes);
  const file = new Blob([bytes as BlobPart]);
  const running = startSplitImport(file, job, workers as unknown as readonly [Worker, Worker], {
    onProgress: (p) => progress.push(p),
    onSample: (rows) => samples.push(rows),
    mark: () => undefined,
    serial: () => {
      serial.push('serial');
      return { result: runImportJob([bytes], { ...job, hash: true }), cancel: () => undefined };
    },
  });
  return { workers, serial, progress, samples, running, job };
}


describe('startSplitImport', () => {
  it('imports the file in two parts, exactly as one import, with the SHA-256 sha256sum gives and progress up to the whole file', async () => {
    const bytes = qualityFile(300_000);
    const { workers, serial, progress, running, job } = run(bytes);
    const result = await running.result;
    expect(serial).toEqual([]);
    expect(workers.map((w) => w.orders)).toEqual([['first'], ['rest']]);
    const whole = await runImportJob([bytes], { ...job, hash: true });
    expect(comparable(result)).toEqual(comparable(whole));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.summary.rejected).toBeGreaterThan(20);
    expect(progress.at(-1)).toMatchObject({ bytes: bytes.length, records: result.summary.records, accepted: result.summary.accepted });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('reads the file whole when the cut falls inside a quoted cell (the first part refuses)', async () => {
    // A quoted comment of many lines with no quote marks of their own: the cut lands inside it.
    const comment = `"${Array.from({ length: 3000 }, (_, i) => `note ${i}`).join('\n')}"`;
    const bytes = qualityFile(300_000, `long,u1,2026-03-02,5,${comment}`);
    const { serial, running, job } = run(bytes);
    const result = await running.result;
    expect(serial).toEqual(['serial']);
    expect(comparable(result)).toEqual(comparable(await runImportJob([bytes], { ...job, hash: true })));
  });

  it('reads the file whole when the middle has no place to cut', async () => {
    const bytes = qualityFile(300_000).map((b) => (b === 10 ? 32 : b));
    const { serial, running } = run(bytes);
    await running.result;
    expect(serial).toEqual(['serial']);
  });

  it.each([0, 1] as const)('reads the file whole when worker %i stops unexpectedly, and ends both workers', async (failing) => {
    const bytes = qualityFile(300_000);
    const { workers, serial, running, job } = run(bytes, failing);
    const result = await running.result;
    expect(serial).toEqual(['serial']);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(comparable(result)).toEqual(comparable(await runImportJob([bytes], { ...job, hash: true })));
  });

  it('stops both workers on cancel and imports nothing', async () => {
    const { workers, running } = run(qualityFile(300_000));
    running.cancel();
    const result = await running.result;
    expect(result).toMatchObject({ ok: false, error: { reason: 'cancelled' } });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

describe('canSplit', () => {
  const job = (over: Partial<CsvSettings>): ImportJob => ({ ...jobFor(new Uint8Array(0)), settings: { ...settings, ...over } });
  const limits = { minBytes: 100, maxBytes: 1000 };
  it.each<[string, number, Partial<CsvSettings>, number, boolean, boolean]>([
    ['a file in range, UTF-8, two cores', 500, {}, 2, true, true],
    ['Windows-1252', 500, { encoding: 'windows-1252' }, 2, true, true],
    ['UTF-16 (line breaks are two bytes)', 500, { encoding: 'utf-16le' }, 2, true, false],
    ['last lines skipped', 500, { skipBottom: 2 }, 2, true, false],
    ['one core', 500, {}, 1, true, false],
    ['no Web Crypto', 500, {}, 2, false, false],
    ['too small', 99, {}, 2, true, false],
    ['too big for one buffer', 1001, {}, 2, true, false],
  ])('%s', (_name, size, over, cores, subtle, expected) => {
    expect(canSplit(size, job(over), limits, cores, subtle)).toBe(expected);
  });
});
