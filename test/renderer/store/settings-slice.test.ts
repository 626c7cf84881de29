import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { fail } from '../../../shared/result';

describe('saving settings that a newer version of the app saved', () => {
  it('is refused with one toast, not one at every plan opened', async () => {
    const api = createMemoryApi();
    api.saveSettings = async () => fail('newer_version', 'The settings were not saved: they were saved by a newer version of Rollout Readiness and are kept unchanged.');
    const store = createAppStore(api, { saveDelayMs: 60_000 });

    await store.getState().updateSettings({ lastPlanId: 'plan-1' });
    await store.getState().updateSettings({ lastPlanId: 'plan-2' });
    await store.getState().updateSettings({ theme: 'dark' });

    expect(store.getState().toasts.map((toast) => toast.message)).toEqual([
      'Could not save the settings: The settings were not saved: they were saved by a newer version of Rollout Readiness and are kept unchanged.',
    ]);
    expect(store.getState().settings.theme).toBe('dark');
  });
});
