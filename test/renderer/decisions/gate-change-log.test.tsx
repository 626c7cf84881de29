// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUTOMATIC_AUTHOR } from '../../../shared/decisions/decision-log';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { defaultSettings, type Plan } from '../../../shared/model/schema';
import { importRecord } from '../../shared/decisions/fixtures';
import { GATE_LOG_DELAY_MS } from '../../../renderer/store/decisions-slice';
import { makePlan, renderApp } from '../render-app';
import { passingStagesPlan, pinPilotMetrics } from '../stages/pilot-fixtures';
import { isoFromDay, stageSpans } from '../../../shared/metrics';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the test store's save delay (20 ms) and the gate-log delay. */
const SETTLE_MS = GATE_LOG_DELAY_MS + 300;
/** How long a positive wait may take on a busy machine: the quiet-time log waits for the verdicts to settle. */
const LOG_TIMEOUT_MS = SETTLE_MS * 8;

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
  const logged = () => (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
  /**
   * Saves now and waits for every log write due or under way (the quiet-time one included) to finish: an assertion
   * that nothing was logged made before then would pass on a busy machine however wrong the log is.
   */
  const settled = async () => {
    expect(await app.store.getState().flushSave()).toBe(true);
    expect(app.store.getState().gateLogPending).toBe(false);
  };
  return { ...app, logged, settled };
}

describe('automatic logging of gate changes', () => {
  it('logs a threshold changed after data arrived once, from the value before the edit to the value after it', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const { logged, settled } = await editAccuracyTarget(plan, ['5', '0']);
    await waitFor(() => expect(logged()).toHaveLength(1), { timeout: LOG_TIMEOUT_MS });
    expect(logged()[0]).toMatchObject({
      decision: 'threshold_change',
      automatic: true,
      author: 'Dana Kim',
      stageId: null,
      override: false,
      change: { what: 'Threshold “Accuracy on the labelled test set”', before: 'above 90%', after: 'above 50%', verdicts: [] },
      rationale:
        'Changed after pilot data was imported: Threshold “Accuracy on the labelled test set”: above 90% → above 50%. No stage verdict changed.',
    });
    // No second entry, once every write due has finished.
    await settled();
    expect(logged()).toHaveLength(1);
  });

  it('says “Saving…”, not “Saved”, until the change is in the log: closing the window before would lose the entry', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await app.user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
    const group = screen.getByRole('group', { name: 'Threshold: Accuracy on the labelled test set' });
    await app.user.clear(within(group).getByRole('textbox', { name: 'Target' }));
    await app.user.type(within(group).getByRole('textbox', { name: 'Target' }), '95');
    const logged = () => app.api.storedDecisions.get(plan.id) ?? [];
    // Watched until the entry is written (it waits for the verdicts to settle): "Saved" never shows before it.
    let savedWithoutEntry = false;
    await waitFor(
      () => {
        if (screen.queryByText('Saved') !== null && logged().length === 0) savedWithoutEntry = true;
        expect(logged()).toHaveLength(1);
      },
      { timeout: SETTLE_MS * 8, interval: 20 },
    );
    expect(savedWithoutEntry).toBe(false);
    expect((app.api.storedPlans.get(plan.id) as Plan).thresholds[0]?.target).toBe(95);
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
  });

  it('says “Saved” at once for an edit the log does not record', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await app.user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
    const group = screen.getByRole('group', { name: 'Threshold: Accuracy on the labelled test set' });
    await app.user.type(within(group).getByRole('textbox', { name: 'Reason' }), ' Agreed with support.');
    await waitFor(() => expect((app.api.storedPlans.get(plan.id) as Plan | undefined)?.thresholds[0]?.reason).toMatch(/Agreed with support\.$/));
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect(await app.store.getState().flushSave()).toBe(true);
    expect(app.api.storedDecisions.get(plan.id) ?? []).toEqual([]);
  });

  it('signs as the app when nobody on this machine has typed a name', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const { logged } = await editAccuracyTarget(plan, ['8', '5'], '');
    await waitFor(() => expect(logged()).toHaveLength(1), { timeout: LOG_TIMEOUT_MS });
    expect(logged()[0]?.author).toBe(AUTOMATIC_AUTHOR);
  });

  it('logs nothing when the edit ends where it started', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const { logged, settled, api } = await editAccuracyTarget(plan, ['9', '0']);
    await settled();
    expect((api.storedPlans.get(plan.id) as Plan).thresholds[0]?.target).toBe(90);
    expect(logged()).toEqual([]);
  });

  it('logs nothing before data arrived: until then, editing gates is planning', async () => {
    const plan = makePlan();
    const { logged, store, settled, api } = await editAccuracyTarget(plan, ['5', '0']);
    await settled();
    expect(store.getState().plan?.thresholds.find((t) => t.metric === 'Accuracy on the labelled test set')?.target).toBe(50);
    expect((api.storedPlans.get(plan.id) as Plan).thresholds[0]?.target).toBe(50);
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

  it('logs a change made while the first import was still unsaved: the data were on screen', async () => {
    const plan = makePlan();
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await screen.findByRole('tab', { name: 'Thresholds' });
    // The import and the edit reach storage in one save.
    app.store.getState().editPlan((p) => ({ ...p, imports: [importRecord()] }));
    app.store.getState().editPlan((p) => ({ ...p, statisticalConfidence: !p.statisticalConfidence }));
    await app.store.getState().flushSave();
    const logged = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged.map((e) => [e.decision, e.change?.before, e.change?.after])).toEqual([['setting_change', 'off', 'on']]);
  });

  it('logs pending changes at once when the plan is saved on leaving it', async () => {
    const plan = makePlan({ imports: [importRecord()] });
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await app.user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
    const group = screen.getByRole('group', { name: 'Threshold: Average response time' });
    await app.user.selectOptions(within(group).getByRole('combobox', { name: 'Comparator' }), '<=');
    await app.store.getState().flushSave();
    const logged = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged.map((e) => e.change)).toEqual([
      // Whether the verdicts it moved could be checked depends on the pilot metrics having caught up: either is honest.
      {
        what: 'Threshold “Average response time”',
        before: 'below 3 s',
        after: 'at most 3 s',
        verdicts: expect.toSatisfy((v: unknown) => v === null || Array.isArray(v)),
      },
    ]);
  });

  it('logs the statistical-confidence switch with its before, after and the verdicts it moved', async () => {
    const { plan: base, metrics } = passingStagesPlan();
    const plan = { ...base, imports: [importRecord()] };
    // The metrics were computed for these very stages: their date ranges match the plan's.
    const spans = stageSpans(plan.stages);
    const matching = {
      ...metrics,
      stages: metrics.stages.map((m, i) => {
        const end = spans[i]?.end ?? null;
        return { ...m, to: end === null ? null : isoFromDay(end) };
      }),
    };
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    pinPilotMetrics(app.store, matching, plan.imports.map((r) => r.id));
    app.store.setState({ pilotMetricsStatus: 'ready' });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    await app.user.click(screen.getByRole('switch', { name: 'Statistical confidence' }));
    await app.store.getState().flushSave();
    const logged = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      decision: 'setting_change',
      automatic: true,
      stageId: null,
      change: {
        before: 'off',
        after: 'on',
        // 3 of 5 users is 60%, but its 95% interval reaches far below 50%: with confidence on, stage 1 holds.
        verdicts: [{ stage: 'Stage 1 “Internal pilot”', before: 'proceed', after: 'hold' }],
      },
    });
    expect(logged[0]?.rationale).toMatch(/Statistical confidence .*: off → on\. Verdicts changed: Stage 1 “Internal pilot” proceed → hold\.$/);
  });
});
