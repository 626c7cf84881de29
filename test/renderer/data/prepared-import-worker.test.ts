import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareImportWorker, startImport } from '../../../renderer/import/import-client';
import type { ImportJob } from '../../../renderer/import/run-import-job';

/** A stand-in Worker that records what happens to it; it never answers (each test cancels its import). */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(readonly url: URL | string) {
    RecordingWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Plays the module failing to load. */
  fail(): void {
    this.onerror?.({ message: 'module failed', preventDefault: () => undefined } as ErrorEvent);
  }
}

const job: ImportJob = {
  kind: 'usage',
  settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: null },
  mapping: { kind: 'usage', fields: {}, latencyUnit: 'seconds' },
  today: '2026-03-10',
  totalBytes: 3,
};
const file = new Blob(['a,b']);

describe('an import worker started as the wizard opens', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    RecordingWorker.made = [];
  });

  it('is the one the import then uses: no second worker is started', () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const prepared = prepareImportWorker();
    expect(RecordingWorker.made).toHaveLength(1);
    const run = startImport(file, job, () => undefined, undefined, { prepared });
    expect(RecordingWorker.made).toHaveLength(1);
    expect(RecordingWorker.made[0]?.posted).toEqual([expect.objectContaining({ type: 'start', file, digest: true })]);
    run.cancel();
    expect(RecordingWorker.made[0]?.terminated).toBe(true);
    // Used once: a later import starts a worker of its own.
    startImport(file, job, () => undefined, undefined, { prepared }).cancel();
    expect(RecordingWorker.made).toHaveLength(2);
  });

  it('is not used when it failed to start while it waited: a fresh worker imports', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const prepared = prepareImportWorker();
    const first = RecordingWorker.made[0];
    if (!first) throw new Error('no worker');
    first.fail();
    const run = startImport(file, job, () => undefined, undefined, { prepared });
    expect(RecordingWorker.made).toHaveLength(2);
    expect(first.terminated).toBe(true);
    expect(first.posted).toEqual([]);
    expect(RecordingWorker.made[1]?.posted).toHaveLength(1);
    run.cancel();
    expect(await run.result).toMatchObject({ ok: false, error: { reason: 'cancelled' } });
  });

  it('ends when disposed unused', () => {
    vi.stubGlobal('Worker', RecordingWorker);
    prepareImportWorker()?.dispose();
    expect(RecordingWorker.made.map((w) => w.terminated)).toEqual([true]);
  });

  it('is not started where there is no Worker', () => {
    expect(typeof Worker).toBe('undefined');
    expect(prepareImportWorker()).toBeNull();
  });
});
