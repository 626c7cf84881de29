import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { findSamplePlan } from '../../../shared/model/sample-plans';
import { samplePlans } from '../../../shared/model/sample-plans';
import { fail } from '../../../shared/result';

/** The imports of the plan as last stored, whenever the toast appears. */
function storedImportsWhenToasted(failSavesAfter: number | null) {
  const api = createMemoryApi();
  const save = api.savePlan.bind(api);
  let saves = 0;
  let storedImports = 0;
  api.savePlan = async (plan) => {
    saves++;
    if (failSavesAfter !== null && saves > failSavesAfter) return fail('io', 'The disk is full.');
    const result = await save(plan);
    if (result.ok) storedImports = plan.imports.length;
    return result;
  };
  // A quiet period longer than the test: only an explicit save reaches the API.
  const store = createAppStore(api, { saveDelayMs: 600_000 });
  const seen: Array<{ message: string; tone: string | undefined; storedImports: number }> = [];
  store.subscribe((state, previous) => {
    for (const toast of state.toasts) {
      if (!previous.toasts.includes(toast)) seen.push({ message: toast.message, tone: toast.tone, storedImports });
    }
  });
  return { store, seen };
}

describe('"Try with sample data"', () => {
  it.each(samplePlans.map((p) => [p.templateId, p.files.length] as const))(
    '%s: says its %i files are imported only once the plan holding them is stored',
    async (templateId, files) => {
      const { store, seen } = storedImportsWhenToasted(null);
      await store.getState().trySampleData(templateId);
      const created = seen.filter((t) => t.message.startsWith('Created'));
      expect(created).toHaveLength(1);
      expect(created[0]?.message).toContain(`with ${files} sample files imported`);
      expect(created[0]?.storedImports).toBe(files);
      expect(store.getState().save.status).toBe('saved');
    },
  );

  it('says the plan could not be saved, never that its files were imported, when the save fails', async () => {
    const templateId = samplePlans[0]?.templateId ?? 'team-workflow-pilot';
    // The first save (the empty plan) lands; the one with the imports does not.
    const { store, seen } = storedImportsWhenToasted(1);
    await store.getState().trySampleData(templateId);
    const toast = seen.find((t) => t.message.includes(findSamplePlan(templateId).build(new Date()).name));
    expect(toast?.message).not.toMatch(/sample files imported/);
    expect(toast?.message).toMatch(/could not be saved.*The disk is full/);
    expect(toast?.tone).toBe('error');
    // The imports stay in memory and are retried: nothing is lost while the app is open.
    expect(store.getState().plan?.imports).toHaveLength(findSamplePlan(templateId).files.length);
    expect(store.getState().save.status).toBe('error');
  });
});
