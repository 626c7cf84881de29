import { describe, expect, it } from 'vitest';
import type { PilotMetrics } from '../../../shared/metrics';
import { fail, ok, type Result } from '../../../shared/result';
import type { ImportDataMethods } from '../../../shared/service/import-data';
import { createWriteSignal, storeAndLoadRows, type MetricsRequest } from '../../../renderer/import/fresh-rows';
import type { MetricsEngine } from '../../../renderer/import/metrics-engine';
import { openRejectedRows } from '../../../shared/csv/rejected-part';

const metrics = { weeks: [] } as unknown as PilotMetrics;
const compute: MetricsRequest = { importIds: ['imp-old', 'imp-new'], stages: [], options: { editingShareLimit: 0.2, manualMinutesPerTask: null, baselinePeriods: [] } };

/** An engine that records what it is asked, in order, into `log`. */
function recordingEngine(log: string[], loadResult: Result<{ kind: 'usage'; rows: number }> = ok({ kind: 'usage', rows: 20 })): MetricsEngine {
  return {
    load: (planId, importId) => (log.push(`load ${planId}/${importId}`), loadResult),
    has: () => false,
    compute: (planId, importIds) => (log.push(`compute ${planId}/${importIds.join('+')}`), metrics),
    drop: (planId, importId) => void log.push(`drop ${planId}/${importId}`),
    retainOnly: () => undefined,
  };
}

/**
 * A save the test settles by hand: `write()` plays the storage starting its write (the service's
 * checks passed), `finish(result)` its commit or failure. Every step is logged.
 */
function controlledSave(log: string[]) {
  const signal = createWriteSignal();
  let finish: (result: Result<void>) => void = () => undefined;
  const save: ImportDataMethods['saveImportData'] = (planId, importId, part, bytes) => {
    // The rejected rows are stored with their checksum (rejected-part.ts): logged as the CSV they open to, and whether they were sealed.
    const opened = part === 'rejected' ? openRejectedRows(bytes) : null;
    const text = opened?.ok ? `${opened.csv.length < bytes.length ? ' sealed' : ''} "${new TextDecoder('utf-8', { ignoreBOM: true }).decode(opened.csv)}"` : '';
    log.push(`save ${planId}/${importId}/${part}${text}`);
    return new Promise((resolve) => {
      finish = (result) => {
        log.push(result.ok ? `saved ${part}` : `save of ${part} failed`);
        resolve(result);
      };
    });
  };
  return { signal, save, write: () => (log.push('write started'), signal.fire()), finish: (result: Result<void>) => finish(result) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Waits, a task at a time, until `log` holds an entry starting with `prefix`: the rows are decoded a task after the
 * write starts (fresh-rows.ts), and a fixed 5 ms sleep could end first on a busy machine. If it never comes, the
 * test's own expectation on the log says what happened instead.
 */
async function loggedSoon(log: readonly string[], prefix: string): Promise<void> {
  for (let turn = 0; turn < 1000 && !log.some((entry) => entry.startsWith(prefix)); turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('a fresh import’s rows: saved, kept, and the metrics worked out beside the write', () => {
  it('decodes the rows and computes the metrics while the storage writes, and answers once it has saved', async () => {
    const log: string[] = [];
    const { signal, save, write, finish } = controlledSave(log);
    const answer = storeAndLoadRows(recordingEngine(log), save, 'plan', 'imp-new', new Uint8Array(8), { compute, written: signal.next() });
    write();
    await loggedSoon(log, 'load plan/imp-new');
    log.push('(storage still writing)');
    finish(ok(undefined));
    expect(await answer).toEqual({ saved: ok(undefined), loaded: ok({ kind: 'usage', rows: 20 }), metrics: ok(metrics) });
    expect(log).toEqual(['save plan/imp-new/rows', 'write started', 'load plan/imp-new', 'compute plan/imp-old+imp-new', '(storage still writing)', 'saved rows']);
  });

  it('forgets the rows it kept and returns no metrics when the write fails', async () => {
    const log: string[] = [];
    const { signal, save, write, finish } = controlledSave(log);
    const answer = storeAndLoadRows(recordingEngine(log), save, 'plan', 'imp-new', new Uint8Array(8), { compute, written: signal.next() });
    write();
    await loggedSoon(log, 'load plan/imp-new');
    finish(fail('io', 'the disk is full'));
    expect(await answer).toEqual({ saved: fail('io', 'the disk is full'), loaded: null, metrics: null });
    expect(log).toEqual(['save plan/imp-new/rows', 'write started', 'load plan/imp-new', 'compute plan/imp-old+imp-new', 'save of rows failed', 'drop plan/imp-new']);
  });

  it.each<[string, Result<void>, string[]]>([
    ['refused before writing (no such plan): nothing decoded, nothing kept', fail('not_found', 'no plan'), ['save plan/imp-new/rows', 'save of rows failed']],
    ['saved without a write signal: decoded and computed after the save', ok(undefined), ['save plan/imp-new/rows', 'saved rows', 'load plan/imp-new', 'compute plan/imp-old+imp-new']],
  ])('%s', async (name, result, expected) => {
    const log: string[] = [];
    const { signal, save, finish } = controlledSave(log);
    const written = name.includes('without') ? undefined : signal.next();
    const answer = storeAndLoadRows(recordingEngine(log), save, 'plan', 'imp-new', new Uint8Array(8), { compute, ...(written ? { written } : {}) });
    await settle();
    finish(result);
    const stored = await answer;
    expect(stored.saved).toEqual(result);
    expect(stored.metrics).toEqual(result.ok ? ok(metrics) : null);
    expect(log).toEqual(expected);
  });

  it('returns no metrics when the rows do not decode, and none when none were asked for', async () => {
    const log: string[] = [];
    const damaged = fail('invalid', 'The stored pilot data is damaged');
    const first = controlledSave(log);
    const bad = storeAndLoadRows(recordingEngine(log, damaged), first.save, 'plan', 'imp-new', new Uint8Array(8), { compute, written: first.signal.next() });
    first.write();
    await loggedSoon(log, 'load plan/imp-new');
    first.finish(ok(undefined));
    expect(await bad).toEqual({ saved: ok(undefined), loaded: damaged, metrics: null });

    const second = controlledSave(log);
    const plain = storeAndLoadRows(recordingEngine(log), second.save, 'plan', 'imp-2', new Uint8Array(8), { written: second.signal.next() });
    second.write();
    await loggedSoon(log, 'load plan/imp-2');
    second.finish(ok(undefined));
    expect(await plain).toEqual({ saved: ok(undefined), loaded: ok({ kind: 'usage', rows: 20 }), metrics: null });
    expect(log.filter((l) => l.startsWith('compute'))).toEqual([]);
  });

  it.each<[string, Result<void>, string[]]>([
    ['saved too: the answer comes once both parts are', ok(undefined), ['saved rejected']],
    ['not saved: nothing counts as saved, and the rows kept are forgotten', fail('io', 'the disk is full'), ['save of rejected failed', 'drop plan/imp-new']],
  ])('saves the rejected rows as UTF-8 after the rows; %s', async (_name, rejectedResult, tail) => {
    const log: string[] = [];
    const { signal, save, write, finish } = controlledSave(log);
    const answer = storeAndLoadRows(recordingEngine(log), save, 'plan', 'imp-new', new Uint8Array(8), { compute, rejectedCsv: '\uFEFFline,reason\r\n7,“bad”\r\n', written: signal.next() });
    write();
    await loggedSoon(log, 'load plan/imp-new');
    finish(ok(undefined));
    await settle();
    finish(rejectedResult);
    const stored = await answer;
    expect(stored.saved).toEqual(rejectedResult);
    expect(stored.metrics).toEqual(rejectedResult.ok ? ok(metrics) : null);
    expect(log).toEqual([
      'save plan/imp-new/rows',
      'write started',
      'load plan/imp-new',
      'compute plan/imp-old+imp-new',
      'saved rows',
      'save plan/imp-new/rejected sealed "\uFEFFline,reason\r\n7,“bad”\r\n"',
      ...tail,
    ]);
  });
});
