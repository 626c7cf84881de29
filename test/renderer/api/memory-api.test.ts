import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { makeDecision, stamped } from '../../shared/decision-fixture';
import { makePlan, TEST_NOW } from '../plan-fixtures';

const now = () => TEST_NOW;
const importId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

describe('browser twin: import data', () => {
  it('gives back the bytes it was given, as a copy the caller cannot change afterwards', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    const bytes = new Uint8Array(1024 * 1024).map((_, index) => (index * 31) % 256);

    expect(await api.saveImportData(plan.id, importId, 'rows', bytes)).toMatchObject({ ok: true, value: undefined });
    bytes[0] = 99;
    const loaded = await api.loadImportData(plan.id, importId, 'rows');

    expect(loaded.ok && loaded.value?.byteLength).toBe(1024 * 1024);
    expect(loaded.ok && loaded.value?.[0]).toBe(0);
    expect(loaded.ok && loaded.value?.[1]).toBe(31);
    expect(await api.loadImportData(plan.id, importId, 'rejected')).toMatchObject({ ok: true, value: null });
  });

  it('stores only the bytes of a view, not the whole buffer behind it', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    const view = new Uint8Array(new ArrayBuffer(4096), 100, 3);
    view.set([7, 8, 9]);
    await api.saveImportData(plan.id, importId, 'rows', view);
    const loaded = await api.loadImportData(plan.id, importId, 'rows');
    expect(loaded.ok && loaded.value?.buffer.byteLength).toBe(3);
    expect(loaded).toMatchObject({ ok: true, value: new Uint8Array([7, 8, 9]) });
  });

  it('deletes both parts of one import', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    await api.saveImportData(plan.id, importId, 'rows', new Uint8Array([1]));
    await api.saveImportData(plan.id, importId, 'rejected', new Uint8Array([2]));
    expect(await api.deleteImportData(plan.id, importId)).toMatchObject({ ok: true, value: undefined });
    expect(api.storedImportData.size).toBe(0);
  });

  it.each([
    ['an unknown plan', 'no-such-plan', importId, 'not_found'],
    ['an import id with a path in it', 'plan', '../../plans', 'invalid'],
    ['an import id with a slash', 'plan', 'a/b', 'invalid'],
  ])('refuses %s', async (_label, planId, id, code) => {
    const plan = makePlan({ id: 'plan' });
    const api = createMemoryApi({ plans: [plan], now });
    expect(await api.saveImportData(planId, id, 'rows', new Uint8Array([1]))).toMatchObject({ ok: false, error: { code } });
    expect(await api.loadImportData(planId, id, 'rows')).toMatchObject({ ok: false, error: { code } });
    expect(api.storedImportData.size).toBe(0);
  });

  it('refuses anything but bytes, as the desktop app does', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    const notBytes = 'AAH+/w==' as unknown as Uint8Array;
    expect(await api.saveImportData(plan.id, importId, 'rows', notBytes)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('keeps the data of a deleted plan, so Undo brings it back', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    await api.saveImportData(plan.id, importId, 'rows', new Uint8Array([5]));
    await api.deletePlan(plan.id);
    expect(await api.loadImportData(plan.id, importId, 'rows')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await api.savePlan(plan);
    expect(await api.loadImportData(plan.id, importId, 'rows')).toMatchObject({ ok: true, value: new Uint8Array([5]) });
  });
});

describe('browser twin: the decision log', () => {
  it('appends and lists oldest first, refusing a second entry with the same id and keeping the first', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    const first = makeDecision(plan.id, { rationale: 'First' });
    const second = makeDecision(plan.id, { rationale: 'Second', at: '2026-01-01T00:00:00.000Z' });

    expect(await api.appendDecision(first)).toMatchObject({ ok: true, value: stamped(first) });
    expect(await api.appendDecision(second)).toMatchObject({ ok: true, value: stamped(second) });
    expect(await api.appendDecision({ ...first, rationale: 'Rewritten' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second)] });
  });

  it('refuses an invalid entry with details, and an entry for an unknown plan', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    const invalid = await api.appendDecision({ ...makeDecision(plan.id), rationale: '' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!invalid.ok && invalid.error.details?.join(' ')).toMatch(/rationale/);
    expect(await api.appendDecision(makeDecision('no-such-plan'))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(api.storedDecisions.size).toBe(0);
  });

  it('has no way to change or remove an entry', () => {
    const api = createMemoryApi({ now });
    expect(Object.keys(api).filter((key) => /decision/i.test(key) && typeof api[key as keyof typeof api] === 'function').sort()).toEqual([
      'appendDecision',
      'checkDecisionLog',
      'listDecisions',
    ]);
  });

  it('reports a damaged entry at start-up and lists the rest, leaving it stored', async () => {
    const plan = makePlan({ name: 'Support reply assistant' });
    const api = createMemoryApi({ plans: [plan], now });
    const good = makeDecision(plan.id);
    await api.appendDecision(good);
    api.storedDecisions.get(plan.id)?.unshift({ id: 'damaged', rationale: 42 });

    const notices = await api.getStartupNotices();
    expect(notices.ok && notices.value.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/^Entry 1 of the decision log of "Support reply assistant" could not be read/),
    ]);
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(good)] });
    expect(api.storedDecisions.get(plan.id)).toHaveLength(2);
    // Reading the log again does not repeat the notice.
    const again = await api.getStartupNotices();
    expect(again.ok && again.value).toHaveLength(1);
  });

  it('keeps the log of a deleted plan, so Undo brings it back', async () => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    const entry = makeDecision(plan.id);
    await api.appendDecision(entry);
    await api.deletePlan(plan.id);
    await api.savePlan(plan);
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });
});

describe('browser twin: saving text and printing', () => {
  it('records a saved CSV as a download of that kind', async () => {
    const api = createMemoryApi({ now });
    const result = await api.saveTextFile({ suggestedName: 'rejected-rows.csv', text: 'line,reason\n', kind: 'csv' });
    expect(result).toMatchObject({ ok: true, value: { saved: true, fileName: 'rejected-rows.csv' } });
    expect(api.savedFiles).toEqual([{ fileName: 'rejected-rows.csv', text: 'line,reason\n', kind: 'csv' }]);
  });

  it('refuses an unknown file kind without saving', async () => {
    const api = createMemoryApi({ now });
    const file = { suggestedName: 'x.exe', text: '', kind: 'exe' } as unknown as Parameters<typeof api.saveTextFile>[0];
    expect(await api.saveTextFile(file)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(api.savedFiles).toEqual([]);
  });

  it('records each print request', async () => {
    const api = createMemoryApi({ now });
    expect(await api.printReport({ paper: 'Letter', target: 'printer', suggestedName: 'Summary' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Summary' },
    });
    expect(api.printed).toEqual([{ paper: 'Letter', target: 'printer', suggestedName: 'Summary' }]);
  });
});
