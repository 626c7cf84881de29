// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUTOMATIC_AUTHOR } from '../../../shared/decisions/decision-log';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { defaultSettings, type Plan } from '../../../shared/model/schema';
import { importRecord } from '../../shared/decisions/fixtures';
import { GATE_LOG_DELAY_MS } from '../../../renderer/store/decisions-slice';
import { makePlan, renderApp } from '../render-app';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the test store's save delay (20 ms) and the gate-log delay. */
const SETTLE_MS = GATE_LOG_DELAY_MS + 300;

async function editAccuracyTarget(plan: Plan, keystrokes: readonly string[], authorName = 'Dana Kim') {
  const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName } });
  await app.user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
  const target = within(screen.getByRole('group', { name: 'Threshold: Accuracy on the labelled test set' })).getByRole('textbox', {
    name: 'Target',
  });
  await app.user.clear(target);
  // One keystroke per save: the slow typist the log must not flood.
  for (const key of keystrokes) {
    await app.user.type(target, key);
    await pause(40);
  }
  await pause(SETTLE_MS);
  const logged = () => (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
  return { ...app, logged };
}

describe('automatic logging of gate changes', { timeout: 20_000 }, () => {
  it('logs a threshold changed after data arrived once, from the value before the edit to the value after it', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const { logged } = await editAccuracyTarget(plan, ['5', '0']);
    await waitFor(() => expect(logged()).toHaveLength(1));
    expect(logged()[0]).toMatchObject({
      decision: 'threshold_change',
      automatic: true,
      author: 'Dana Kim',
      stageId: null,
      override: false,
      change: { what: 'Threshold “Accuracy on the labelled test set”', before: 'above 90%', after: 'above 50%' },
      rationale: 'Changed after pilot data was imported: Threshold “Accuracy on the labelled test set”: above 90% → above 50%.',
    });
    await pause(400);
    expect(logged()).toHaveLength(1);
  });

  it('signs as the app when nobody on this machine has typed a name', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const { logged } = await editAccuracyTarget(plan, ['8', '5'], '');
    await waitFor(() => expect(logged()).toHaveLength(1));
    expect(logged()[0]?.author).toBe(AUTOMATIC_AUTHOR);
  });

  it('logs nothing when the edit ends where it started', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const { logged } = await editAccuracyTarget(plan, ['9', '0']);
    expect(logged()).toEqual([]);
  });

  it('logs nothing before data arrived: until then, editing gates is planning', async () => {
    const { logged, store } = await editAccuracyTarget(makePlan(), ['5', '0']);
    expect(store.getState().plan?.thresholds.find((t) => t.metric === 'Accuracy on the labelled test set')?.target).toBe(50);
    expect(logged()).toEqual([]);
  });

  it('logs a change made moments after the first import: the comparison starts when the data arrived', async () => {
    const plan = makePlan();
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await screen.findByRole('tab', { name: 'Thresholds' });
    app.store.getState().editPlan((p) => ({ ...p, imports: [importRecord()] }));
    await pause(60);
    app.store.getState().editPlan((p) => ({ ...p, thresholds: p.thresholds.map((t, i) => (i === 0 ? { ...t, target: 95 } : t)) }));
    await app.store.getState().flushSave();
    const logged = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged.map((e) => [e.change?.before, e.change?.after])).toEqual([['above 90%', 'above 95%']]);
  });

  it('logs pending changes at once when the plan is saved on leaving it', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await app.user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
    const group = screen.getByRole('group', { name: 'Threshold: Average response time' });
    await app.user.selectOptions(within(group).getByRole('combobox', { name: 'Comparator' }), '<=');
    await app.store.getState().flushSave();
    const logged = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged.map((e) => e.change)).toEqual([{ what: 'Threshold “Average response time”', before: 'below 3 s', after: 'at most 3 s' }]);
  });
});
