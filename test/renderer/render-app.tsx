import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../shared/model/schema';
import { App } from '../../renderer/App';
import { createMemoryApi, type MemoryApiSeed } from '../../renderer/api/memory-api';
import { createAppStore } from '../../renderer/store/create-app-store';
import { StoreProvider } from '../../renderer/store/StoreProvider';

import { TEST_NOW } from './plan-fixtures';

export { makePlan, TEST_NOW } from './plan-fixtures';

/** jsdom has no layout: charts that watch their size get a ResizeObserver that never fires. */
function ensureResizeObserver(): void {
  if (typeof globalThis.ResizeObserver !== 'undefined') return;
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/**
 * The whole app over a fresh in-memory API and a fresh store: every test starts clean.
 * Returns the API (to inspect what was stored), the store and a user-event session.
 */
export function renderApp(seed: MemoryApiSeed = {}) {
  ensureResizeObserver();
  const api = createMemoryApi(seed);
  const store = createAppStore(api, { now: () => TEST_NOW, saveDelayMs: 20 });
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { api, store, user, ...view };
}

/** The plan as stored now, parsed the way the app reads it. */
export function storedPlan(api: ReturnType<typeof createMemoryApi>, id: string): Plan {
  return api.storedPlans.get(id) as Plan;
}
