import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makeDecision } from '../../shared/decision-fixture';
import { makePlan, TEST_NOW } from '../plan-fixtures';

const now = () => TEST_NOW;
const noFiles = {
  saveTextFile: async (fileName: string) => ({ ok: true as const, value: { saved: false, fileName } }),
  savePlanFile: async (fileName: string) => ({ ok: true as const, value: { saved: false, fileName } }),
  openPlanFile: async () => ({ ok: true as const, value: null }),
  printPage: async () => ({ ok: true as const, value: { saved: false, fileName: 'x.pdf' } }),
};

describe('the browser’s decision log keeps an anchor beside it', () => {
  it.each<[string, (log: unknown[]) => void, string]>([
    ['the last entries removed', (log) => log.splice(1), 'truncated@2'],
    ['every entry removed', (log) => log.splice(0), 'emptied@1'],
  ])('finds %s', async (_name, tamper, found) => {
    const plan = makePlan();
    const api = createMemoryApi({ plans: [plan], now });
    for (const n of [1, 2, 3]) await api.appendDecision(makeDecision(plan.id, { rationale: `Note ${n}` }));
    tamper(api.storedDecisions.get(plan.id) ?? []);
    const check = await api.checkDecisionLog(plan.id);
    expect(check.ok && check.value.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual([found]);
  });

  it('in IndexedDB, writes the anchor with each entry, so an entry deleted from the store is found', async () => {
    const plan = makePlan();
    const api = createRolloutService(createIdbStorage('anchor-test'), noFiles, { now });
    await api.savePlan(plan);
    for (const n of [1, 2]) expect((await api.appendDecision(makeDecision(plan.id, { rationale: `Note ${n}` }))).ok).toBe(true);
    expect(await api.checkDecisionLog(plan.id)).toMatchObject({ ok: true, value: { length: 2, breaks: [] } });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('anchor-test');
      request.onsuccess = () => {
        const tx = request.result.transaction('decisions', 'readwrite');
        const cursor = tx.objectStore('decisions').openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          const value = at.value as { seq?: number };
          if (value.seq === 1) at.delete();
          at.continue();
        };
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const reopened = createRolloutService(createIdbStorage('anchor-test'), noFiles, { now });
    const check = await reopened.checkDecisionLog(plan.id);
    expect(check.ok && check.value.breaks.map((b) => b.kind)).toEqual(['truncated']);
  });
});
