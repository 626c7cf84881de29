import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { makePlan } from '../../electron/fixtures';
import { importRecord } from '../../shared/decisions/fixtures';
import { storedRows } from '../../shared/rows-fixture';
import { sealRejectedRows } from '../../../shared/csv/rejected-part';

/** A plan with one import whose `rejected` rows are stored, open in the app; `downloads`: the browser build's files. */
async function openPlan(downloads: boolean, rejectedRows = 3, seal: (csv: Uint8Array) => Uint8Array = (csv) => csv) {
  const record = importRecord({ id: 'imp-usage', fileName: 'usage.csv', records: 20 + rejectedRows, accepted: 20, rejected: rejectedRows });
  const plan = makePlan({ name: 'Claims triage', imports: [record] });
  const api = createMemoryApi({ plans: [plan], downloads });
  const lines = Array.from({ length: rejectedRows }, (_, i) => `${i + 2},bad date\r\n`).join('');
  const rejected = seal(new TextEncoder().encode(`Line,Reason\r\n${lines}`));
  expect((await api.saveImportData(plan.id, record.id, 'rejected', rejected)).ok).toBe(true);
  expect((await api.saveImportData(plan.id, record.id, 'rows', storedRows('usage', 20))).ok).toBe(true);
  const store = createAppStore(api, { saveDelayMs: 60_000 });
  expect(await store.getState().openPlan(plan.id)).toBe(true);
  return { store, record, api };
}

const lastToast = (store: Awaited<ReturnType<typeof openPlan>>['store']) => store.getState().toasts.at(-1)?.message;

describe('what the app says of a file it saved', () => {
  it.each([
    ['the desktop app, which wrote the file', false, 'Exported “Claims triage” as Claims-triage.rollout.json'],
    [
      'a browser, which only started a download',
      true,
      'Download started: “Claims triage” as “Claims-triage.rollout.json”. Check your browser’s downloads to be sure it was saved.',
    ],
  ])('exporting a plan in %s', async (_where, downloads, message) => {
    const { store } = await openPlan(downloads);
    await store.getState().exportCurrentPlan();
    expect(lastToast(store)).toBe(message);
  });

  it.each([
    ['the desktop app, which wrote the file', false, 'Saved 3 rejected rows as “usage-rejected-rows.csv”.'],
    [
      'a browser, which only started a download',
      true,
      'Download started: 3 rejected rows as “usage-rejected-rows.csv”. Check your browser’s downloads to be sure it was saved.',
    ],
    ['the desktop app, one row', false, 'Saved 1 rejected row as “usage-rejected-rows.csv”.', 1],
  ])('saving rejected rows in %s', async (_where, downloads, message, rows = 3) => {
    const { store, record } = await openPlan(downloads, rows);
    await store.getState().downloadRejectedRows(record.id);
    expect(lastToast(store)).toBe(message);
  });

  // Sealed with a checksum as the accepted rows are: the file saved is the CSV alone; a changed byte is refused with why.
  it.each([
    ['intact', false, 'Saved 3 rejected rows as “usage-rejected-rows.csv”.'],
    [
      'changed after they were stored',
      true,
      'The rejected rows of “usage.csv” are damaged (the rows’ checksum no longer matches, so they changed after they were stored), so they were not saved. Remove the import and import the file again to get them back.',
    ],
  ])('saving sealed rejected rows, %s', async (_case, damage, message) => {
    const seal = (csv: Uint8Array): Uint8Array => {
      const sealed = sealRejectedRows(csv);
      if (damage) sealed[4]! ^= 0x01;
      return sealed;
    };
    const { store, record, api } = await openPlan(false, 3, seal);
    const before = api.savedFiles.length;
    await store.getState().downloadRejectedRows(record.id);
    expect(lastToast(store)).toBe(message);
    expect(api.savedFiles.slice(before).map((f) => f.text)).toEqual(damage ? [] : ['Line,Reason\r\n2,bad date\r\n3,bad date\r\n4,bad date\r\n']);
  });
});
