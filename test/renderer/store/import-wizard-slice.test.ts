import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import type { CsvWizardPhase } from '../../../renderer/store/import-wizard-slice';
import { fail } from '../../../shared/result';
import { samplePlan } from '../data/data-fixtures';

describe('the import wizard’s preview during an import', () => {
  it.each<[string, boolean]>([
    ['the rows saved by the metrics engine (browser)', true],
    ['the rows saved through the API', false],
  ])('is not computed again while the file is imported nor once it is done (%s)', async (_name, engineSaves) => {
    const dbName = `import-wizard-${engineSaves}`;
    const plan = samplePlan();
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 60_000, ...(engineSaves ? { storedRows: { kind: 'indexeddb', dbName } as const } : {}) });
    await store.getState().openPlan(plan.id);

    // Every preview the wizard receives, with the phase it arrived in.
    const previews: CsvWizardPhase[] = [];
    store.subscribe((state, previous) => {
      const preview = state.csvWizard?.preview;
      if (preview && preview !== previous.csvWizard?.preview) previews.push(state.csvWizard?.phase ?? 'setup');
    });
    await store.getState().loadSampleData('usage', { background: true });

    const wizard = store.getState().csvWizard;
    expect(wizard?.phase).toBe('done');
    // The import remembered its mapping in the plan (an input of the preview): still no new preview.
    expect(store.getState().plan?.columnMappings.usage).toBeDefined();
    expect(previews.length).toBeGreaterThan(0);
    expect(previews.filter((phase) => phase !== 'setup')).toEqual([]);
  });

  it('follows its inputs again once back at the settings after a failed import', async () => {
    const dbName = 'import-wizard-back';
    const plan = samplePlan();
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 60_000 });
    await store.getState().openPlan(plan.id);
    await store.getState().loadSampleData('usage', { background: true });
    const before = store.getState().csvWizard?.preview;
    // A failed run sent back to the settings: the plan's remembered mapping changed meanwhile.
    store.setState((state) => ({ csvWizard: state.csvWizard && { ...state.csvWizard, phase: 'failed' } }));
    store.getState().backToImportSetup();
    const after = store.getState().csvWizard?.preview;
    expect(after).not.toBe(before);
    expect(after?.ok).toBe(true);
  });
});

describe('the import wizard’s outcome', () => {
  it.each<[string, boolean]>([
    ['the plan saves', true],
    ['the plan cannot be saved', false],
  ])('says "done" only once the plan holding the import is stored (%s)', async (_name, saves) => {
    const dbName = `import-wizard-outcome-${saves}`;
    const plan = samplePlan();
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    const save = api.savePlan.bind(api);
    // What the storage holds each time the wizard's phase changes.
    let storedImports = 0;
    api.savePlan = async (next) => {
      if (!saves) return fail('io', 'The disk is full.');
      const result = await save(next);
      if (result.ok) storedImports = next.imports.length;
      return result;
    };
    // A quiet period longer than the test: only an explicit save reaches the storage.
    const store = createAppStore(api, { saveDelayMs: 600_000 });
    await store.getState().openPlan(plan.id);
    const seenAtDone: number[] = [];
    store.subscribe((state, previous) => {
      if (state.csvWizard?.phase === 'done' && previous.csvWizard?.phase !== 'done') seenAtDone.push(storedImports);
    });
    await store.getState().loadSampleData('usage', { background: true });

    const wizard = store.getState().csvWizard;
    expect(wizard?.phase).toBe('done');
    expect(store.getState().plan?.imports).toHaveLength(1);
    if (saves) {
      expect(seenAtDone).toEqual([1]);
      expect(wizard?.planNotSaved).toBeUndefined();
    } else {
      expect(seenAtDone).toEqual([0]);
      expect(wizard?.planNotSaved).toMatch(/The disk is full/);
      expect(store.getState().save.status).toBe('error');
    }
  });
});

describe('an import whose plan is left while its rows are stored', () => {
  it('never joins the plan opened meanwhile, and leaves no rows behind', async () => {
    const dbName = 'import-wizard-switch';
    const a = samplePlan({ name: 'Plan A' });
    const b = samplePlan({ id: 'plan-b', name: 'Plan B' });
    const api = createBrowserApi(dbName);
    await api.savePlan(a);
    await api.savePlan(b);
    const store = createAppStore(api, { saveDelayMs: 600_000 });
    const save = api.saveImportData.bind(api);
    let storedFor: string | null = null;
    api.saveImportData = async (planId, importId, part, bytes) => {
      // The user opens plan B while plan A's rows are being stored.
      if (part === 'rows') {
        storedFor = importId;
        await store.getState().openPlan(b.id);
      }
      return save(planId, importId, part, bytes);
    };
    await store.getState().openPlan(a.id);
    await store.getState().loadSampleData('usage', { background: true });
    await store.getState().flushSave();

    expect(store.getState().plan?.id).toBe(b.id);
    expect(store.getState().plan?.imports).toEqual([]);
    const [storedA, storedB] = [await api.getPlan(a.id), await api.getPlan(b.id)];
    expect(storedA.ok && storedA.value.imports).toEqual([]);
    expect(storedB.ok && storedB.value.imports).toEqual([]);
    expect(storedFor).not.toBeNull();
    const rows = await api.loadImportData(a.id, storedFor ?? '', 'rows');
    expect(rows.ok ? rows.value : null).toBeNull();
    expect(store.getState().toasts.map((t) => t.message).join(' ')).toMatch(/stopped: another plan was opened.*Nothing was imported/);
  });
});

describe('the latency unit while the columns are changed', () => {
  /** The wizard's preview once it follows the latest choices (a change clears it until the new one arrives). */
  function settledPreview(store: ReturnType<typeof createAppStore>) {
    return new Promise<NonNullable<NonNullable<ReturnType<typeof store.getState>['csvWizard']>['preview']>>((resolve) => {
      const check = (): boolean => {
        const preview = store.getState().csvWizard?.preview;
        if (!preview) return false;
        unsubscribe();
        resolve(preview);
        return true;
      };
      const unsubscribe = store.subscribe(() => void check());
      check();
    });
  }

  it('an answer about one column never carries over to another: a header naming its unit wins, one naming none is asked again', async () => {
    const plan = samplePlan();
    const api = createBrowserApi('import-wizard-latency');
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 600_000 });
    await store.getState().openPlan(plan.id);
    const csv = 'date,requests,errors,avg_latency,latency_ms,p50\n2026-03-02,100,1,1840,1840,1700\n2026-03-03,120,2,1900,1900,1750\n';
    await store.getState().openCsvFile(new Blob([csv]), 'ops.csv', { background: true });
    store.getState().setImportKind('operations');
    let preview = await settledPreview(store);
    expect(preview.ok && [preview.value.mapping.fields.latency, preview.value.questions.map((q) => q.setting)]).toEqual(['avg_latency', ['latencyUnit']]);

    store.getState().setImportSettings({ latencyUnit: 'seconds' });
    preview = await settledPreview(store);
    expect(preview.ok && preview.value.mapping.latencyUnit).toBe('seconds');

    store.getState().setImportField('latency', 'latency_ms');
    preview = await settledPreview(store);
    expect(preview.ok && [preview.value.mapping.latencyUnit, preview.value.questions.length]).toEqual(['milliseconds', 0]);
    expect(store.getState().csvWizard?.settings.latencyUnit).toBeUndefined();

    store.getState().setImportField('latency', 'p50');
    preview = await settledPreview(store);
    expect(preview.ok && [preview.value.mapping.fields.latency, preview.value.questions.map((q) => q.setting), preview.value.ready]).toEqual([
      'p50',
      ['latencyUnit'],
      false,
    ]);
  });

  it('the cost unit is asked of an amount beside a currency, answered, and asked again of another such column', async () => {
    const plan = samplePlan();
    const api = createBrowserApi('import-wizard-cost-unit');
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 600_000 });
    await store.getState().openPlan(plan.id);
    const csv = 'date,requests,amount,list_amount,currency\n2026-03-02,10,152.5,160,USD\n2026-03-03,12,171,180,USD\n';
    await store.getState().openCsvFile(new Blob([csv]), 'costs.csv', { background: true });
    store.getState().setImportKind('operations');
    await settledPreview(store);
    store.getState().setImportField('cost', 'amount');
    let preview = await settledPreview(store);
    expect(preview.ok && preview.value.questions.map((q) => q.setting)).toEqual(['costUnit']);

    store.getState().setImportSettings({ costUnit: 'cents' });
    preview = await settledPreview(store);
    expect(preview.ok && [preview.value.questions.length, (preview.value.rows[0]?.row as { cost: number } | null)?.cost]).toEqual([0, 1.525]);

    store.getState().setImportField('cost', 'list_amount');
    preview = await settledPreview(store);
    expect(preview.ok && [preview.value.questions.map((q) => q.setting), preview.value.ready]).toEqual([['costUnit'], false]);
    expect(store.getState().csvWizard?.settings.costUnit).toBeUndefined();
  });
});
