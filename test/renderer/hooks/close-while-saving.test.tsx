// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App';
import { createMemoryApi, type MemoryApi } from '../../../renderer/api/memory-api';
import { createBrowserDesktop } from '../../../renderer/desktop/desktop-bridge';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import type { RolloutApi } from '../../../shared/api';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { defaultSettings, type Plan } from '../../../shared/model/schema';
import { fail } from '../../../shared/result';
import { importRecord } from '../../shared/decisions/fixtures';
import { makePlan, TEST_NOW } from '../render-app';

/**
 * The API as the window reaches it over IPC: a call reaches the main process (the memory API) at
 * once, its answer comes back a task later, and once the page is gone no answer comes back and no
 * new call goes out. What the main process did still happened: that is what a close costs.
 */
function overIpc(api: MemoryApi) {
  let gone = false;
  const wrapped = Object.fromEntries(
    Object.entries(api).map(([name, value]) => [
      name,
      typeof value !== 'function'
        ? value
        : (...args: unknown[]) =>
            gone
              ? new Promise(() => undefined)
              : Promise.resolve((value as (...a: unknown[]) => unknown).apply(api, args)).then(
                  (answer) => new Promise((resolve) => setTimeout(() => (gone ? undefined : resolve(answer)), 0)),
                ),
    ]),
  ) as unknown as RolloutApi;
  return { api: wrapped, unload: () => (gone = true) };
}

/** Closing the window: `beforeunload`, and unless it was prevented, the page goes a task later. */
function closeWindow(unload: () => void): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  if (!event.defaultPrevented) setTimeout(unload, 0);
  return event.defaultPrevented;
}

const withData = (): Plan => makePlan({ imports: [importRecord()] });
const setAccuracyTarget = (target: number) => (plan: Plan): Plan => ({
  ...plan,
  thresholds: plan.thresholds.map((t, i) => (i === 0 ? { ...t, target } : t)),
});

function openDesktopApp(memory: MemoryApi) {
  const ipc = overIpc(memory);
  const store = createAppStore(ipc.api, { now: () => TEST_NOW, saveDelayMs: 20 });
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, unload: ipc.unload };
}

let close: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  window.rolloutDesktop = createBrowserDesktop(null);
  close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
});
afterEach(() => {
  delete window.rolloutDesktop;
  close.mockRestore();
});

describe('closing the desktop window while an edit is on its way', { timeout: 20_000 }, () => {
  it('waits until a threshold changed after data arrived is saved and in the decision log, then closes', async () => {
    const plan = withData();
    const memory = createMemoryApi({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    const { store, unload } = openDesktopApp(memory);
    await waitFor(() => expect(store.getState().plan?.id).toBe(plan.id));

    store.getState().editPlan(setAccuracyTarget(55));
    const held = closeWindow(unload);

    expect(held).toBe(true);
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect((memory.storedPlans.get(plan.id) as Plan).thresholds[0]?.target).toBe(55);
    const logged = (memory.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged.map((e) => [e.decision, e.change?.before, e.change?.after])).toEqual([['threshold_change', 'above 90%', 'above 55%']]);
  });

  it('closes at once when everything is saved', async () => {
    const plan = withData();
    const { store, unload } = openDesktopApp(createMemoryApi({ plans: [plan] }));
    await waitFor(() => expect(store.getState().plan?.id).toBe(plan.id));
    expect(closeWindow(unload)).toBe(false);
    expect(close).not.toHaveBeenCalled();
  });

  it('stays open and says why when the save fails; a second close leaves without the edit', async () => {
    const plan = withData();
    const memory = createMemoryApi({ plans: [plan] });
    memory.savePlan = async () => fail('io', 'The plan was not saved because the disk is full.');
    const { store, unload } = openDesktopApp(memory);
    await waitFor(() => expect(store.getState().plan?.id).toBe(plan.id));

    store.getState().editPlan(setAccuracyTarget(55));
    expect(closeWindow(unload)).toBe(true);

    expect(
      await screen.findByText(
        `The window was not closed: “${plan.name}” has changes that could not be saved (The plan was not saved because the disk is full). Retry, or close the window again to leave without them.`,
      ),
    ).toBeTruthy();
    expect(close).not.toHaveBeenCalled();
    expect(closeWindow(unload)).toBe(false);
  });
});
