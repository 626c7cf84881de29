// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePlan, renderApp, storedPlan } from './render-app';

async function openThresholds() {
  const plan = makePlan();
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
  return { ...app, plan };
}

const row = (metric: string | RegExp) => screen.getByRole('group', { name: typeof metric === 'string' ? `Threshold: ${metric}` : metric });

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('thresholds screen', () => {
  it('marks a threshold without a reason as invalid and says why', async () => {
    const { user } = await openThresholds();
    const accuracy = row('Accuracy on the labelled test set');
    expect(within(accuracy).queryByText(/A reason is required/)).toBeNull();

    await user.clear(within(accuracy).getByRole('textbox', { name: 'Reason' }));

    expect(within(accuracy).getByText('A reason is required: say why this target was chosen.')).toBeTruthy();
    expect(within(accuracy).getByRole('textbox', { name: 'Reason' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/1 threshold has no reason yet/)).toBeTruthy();

    await user.type(within(accuracy).getByRole('textbox', { name: 'Reason' }), 'Agreed with support.');
    expect(within(accuracy).queryByText(/A reason is required/)).toBeNull();
  });

  it('takes “6%” typed into a percentage field as 6', async () => {
    const { user, store } = await openThresholds();
    const hallucination = row('Hallucination rate');
    const target = within(hallucination).getByRole('textbox', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '6%');
    expect(within(hallucination).queryByText('Enter a number.')).toBeNull();
    expect(store.getState().plan?.thresholds.find((t) => t.metric === 'Hallucination rate')?.target).toBe(6);
    await user.type(within(hallucination).getByRole('textbox', { name: 'Measured value' }), '4.5 %');
    expect(store.getState().plan?.thresholds.find((t) => t.metric === 'Hallucination rate')?.measured?.value).toBe(4.5);
    expect(within(hallucination).getByText('Met')).toBeTruthy();
  });

  it.each<[string, string]>([
    ['0x10', 'Enter a number. The plan keeps 5% until you do.'],
    ['1e3', 'Enter a number. The plan keeps 5% until you do.'],
    ['1,000', '“1,000” could be 1000 or 1: write 1000 for the whole number, or 1 for the decimal. The plan keeps 5% until you do.'],
  ])('refuses the target “%s”, saying why and what the plan keeps', async (typed, message) => {
    const { user, store } = await openThresholds();
    const hallucination = row('Hallucination rate');
    const target = within(hallucination).getByRole('textbox', { name: 'Target' });
    await user.click(target);
    // Pasted whole: typed key by key, "0" of "0x10" would be a valid target on the way.
    await user.clear(target);
    await user.paste(typed);
    expect(within(hallucination).getByText(message)).toBeTruthy();
    expect(store.getState().plan?.thresholds.find((t) => t.metric === 'Hallucination rate')?.target).toBe(5);
  });

  it('adds a blank threshold that asks for its reason', async () => {
    const { user } = await openThresholds();
    await user.click(screen.getByRole('button', { name: 'Add threshold' }));
    const added = row('New threshold');
    expect(within(added).getByText('A reason is required: say why this target was chosen.')).toBeTruthy();
  });

  it.each([
    ['92.5', 'Met'],
    ['85', 'Not met'],
    ['', 'Not measured'],
  ])('shows the status of accuracy measured as "%s" against a target above 90: %s', async (value, status) => {
    const { user, store, api, plan } = await openThresholds();
    const accuracy = row('Accuracy on the labelled test set');
    const input = within(accuracy).getByRole('textbox', { name: 'Measured value' });
    await user.type(input, '50');
    await user.clear(input);
    if (value !== '') await user.type(input, value);

    expect(within(accuracy).getByText(status)).toBeTruthy();
    await store.getState().flushSave();
    const saved = storedPlan(api, plan.id).thresholds.find((t) => t.metric === 'Accuracy on the labelled test set');
    expect(saved?.measured?.value ?? null).toBe(value === '' ? null : Number(value));
  });

  it('dates a measurement today when no date is given, and keeps a typed source', async () => {
    const { user, store, api, plan } = await openThresholds();
    const latency = row('Average response time');
    await user.type(within(latency).getByRole('textbox', { name: 'Measured value' }), '2,4');
    await user.type(within(latency).getByRole('textbox', { name: 'Source' }), 'Load test');

    expect(within(latency).getByText('Met')).toBeTruthy();
    await store.getState().flushSave();
    const saved = storedPlan(api, plan.id).thresholds.find((t) => t.metric === 'Average response time');
    expect(saved?.measured).toEqual({ value: 2.4, date: '2026-03-10', source: 'Load test' });
  });

  it('removes a threshold and brings it back on Undo', async () => {
    const { user, api, store, plan } = await openThresholds();
    await user.click(within(row('Hallucination rate')).getByRole('button', { name: 'Remove threshold: Hallucination rate' }));
    expect(screen.queryByRole('group', { name: 'Threshold: Hallucination rate' })).toBeNull();
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).thresholds.some((t) => t.metric === 'Hallucination rate')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(row('Hallucination rate')).toBeTruthy();
    await waitFor(() => expect(storedPlan(api, plan.id).thresholds[1]?.metric).toBe('Hallucination rate'));
  });

  it('keeps the last metric name while the field is empty', async () => {
    const { user, store, api, plan } = await openThresholds();
    const metric = within(row('System error rate')).getByRole('textbox', { name: 'Metric' });
    await user.clear(metric);
    expect(screen.getByText('Name the metric; the last name is kept until you do.')).toBeTruthy();
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).thresholds.some((t) => t.metric === 'System error rate')).toBe(true);
  });
});
