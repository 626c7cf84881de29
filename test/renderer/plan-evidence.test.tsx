// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/model/schema';
import { fail } from '../../shared/result';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { samplePlan } from './data/data-fixtures';
import { renderApp, storedPlan } from './render-app';

type App = ReturnType<typeof renderApp>;

/** The sample plan with the usage sample imported through the Pilot data tab, as a user would. */
async function planWithSampleData(): Promise<App & { plan: Plan }> {
  const plan = samplePlan({ name: 'Claims triage' });
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Pilot data' }));
  await app.user.click(screen.getByRole('button', { name: 'Load sample data: Usage / adoption' }));
  const region = await screen.findByRole('region', { name: 'Import “usage.csv”' });
  await within(region).findByText('212 rows accepted', {}, { timeout: 30_000 });
  await app.user.click(within(region).getByRole('button', { name: 'Done' }));
  await app.store.getState().flushSave();
  return { ...app, plan };
}

async function planAction(user: App['user'], name: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Plan actions' }));
  await user.click(screen.getByRole('menuitem', { name }));
}

/** The copy's Pilot data tab: the import is there with its counts, its rows load, and the week-4 adoption is computed from them. */
async function expectSampleDataShown(user: App['user']): Promise<void> {
  await user.click(screen.getByRole('tab', { name: 'Pilot data' }));
  const imports = await screen.findByRole('table', { name: 'Imports (1)' });
  const row = within(imports).getByRole('row', { name: /usage\.csv/ });
  expect(within(row).getByText('212')).toBeTruthy();
  // samples/README.md: 3 of 5 enrolled users active in week 4.
  const week4 = () => within(screen.getByRole('table', { name: /^Internal pilot/ })).getByRole('row', { name: /^Week 4/ });
  await waitFor(() => expect(within(week4()).getByText('3 of 5')).toBeTruthy());
  expect(screen.queryByText(/missing from this computer/)).toBeNull();
}

const rowsOf = (api: App['api'], planId: string) =>
  [...api.storedImportData].filter(([key]) => key.startsWith(`${planId}/`) && key.endsWith('/rows')).map(([, bytes]) => bytes);

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('a plan’s imported rows go where the plan goes', () => {
  it('duplicates a plan with its imported rows; the copy starts a decision log of its own', async () => {
    const { user, api, store, plan } = await planWithSampleData();
    await api.appendDecision(makeDecision(plan.id));

    await planAction(user, 'Duplicate');

    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage (copy)' })).toBeTruthy();
    expect(
      screen.getByText(
        'Duplicated as “Claims triage (copy)” with the rows of its import. Decisions stay with the original plan: the copy starts with an empty decision log.',
      ),
    ).toBeTruthy();
    const copyId = store.getState().plan?.id ?? '';
    expect(copyId).not.toBe(plan.id);
    expect(rowsOf(api, copyId)).toEqual(rowsOf(api, plan.id));
    expect(rowsOf(api, copyId)).toHaveLength(1);
    expect(await api.listDecisions(copyId)).toMatchObject({ ok: true, value: [] });
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: [{ planId: plan.id }] });
    await expectSampleDataShown(user);
  });

  it('says which rows could not be copied, and that the original keeps them', async () => {
    const { user, api, plan } = await planWithSampleData();
    const save = api.saveImportData.bind(api);
    api.saveImportData = async (planId, ...rest) => (planId === plan.id ? save(planId, ...rest) : fail('io', 'the disk is full'));

    await planAction(user, 'Duplicate');

    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toMatch(
      /Duplicated as “Claims triage \(copy\)”\. Decisions stay with the original plan.*Please note: The rows of “usage\.csv” \(imported .*\) could not be copied: the disk is full The original plan keeps all its rows\./,
    );
    expect(rowsOf(api, plan.id)).toHaveLength(1);
  });

  it('exports a plan with its rows and decisions, and imports it back as a copy showing the same data', async () => {
    const { user, api, plan } = await planWithSampleData();
    const decision = makeDecision(plan.id, { rationale: 'Proceeding after week 4.' });
    await api.appendDecision(decision);

    await planAction(user, 'Export');
    await waitFor(() => expect(api.savedFiles).toHaveLength(1));
    expect(await screen.findByText('Exported “Claims triage” as Claims-triage.rollout.json')).toBeTruthy();

    api.queueOpenFile({ name: 'Claims-triage.rollout.json', text: api.savedFiles[0]!.text });
    await user.click(screen.getByRole('button', { name: 'Import plan' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'This plan is already here' });
    await user.click(within(conflict).getByRole('button', { name: 'Keep both (import as a copy)' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage (imported copy)' })).toBeTruthy();
    const copy = [...api.storedPlans.keys()].find((id) => id !== plan.id) ?? '';
    expect(storedPlan(api, copy).imports).toEqual(storedPlan(api, plan.id).imports);
    expect(rowsOf(api, copy)).toEqual(rowsOf(api, plan.id));
    expect(await api.listDecisions(copy)).toMatchObject({ ok: true, value: [stamped({ ...decision, planId: copy })] });
    await expectSampleDataShown(user);
  });
});
