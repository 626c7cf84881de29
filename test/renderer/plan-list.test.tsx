// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { makePlan, renderApp, TEST_NOW } from './render-app';

const plansNav = () => screen.getByRole('navigation', { name: 'Plans' });

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('plan list', () => {
  it('says what to do when there are no plans', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'No plans yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a plan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import a plan file' })).toBeTruthy();
  });

  it('creates a plan from a template and shows it under the template’s name', async () => {
    const { user, api } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Create a plan' }));
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'Percentage traffic rollout' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Percentage traffic rollout' })).toBeTruthy();
    expect(within(plansNav()).getByRole('button', { name: 'Percentage traffic rollout' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.storedPlans.size).toBe(1);

    await user.click(screen.getByRole('tab', { name: 'Stages' }));
    expect(screen.getByRole('heading', { name: /5% of traffic/ })).toBeTruthy();
  });

  it('asks before deleting, and Undo restores the plan', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const { user, api } = renderApp({ plans: [plan] });
    await screen.findByRole('heading', { level: 1, name: 'Claims triage' });

    await user.click(screen.getByRole('button', { name: 'Plan actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Claims triage”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(api.storedPlans.has(plan.id)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Plan actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete plan' }));

    expect(await screen.findByText('Plan deleted: “Claims triage”')).toBeTruthy();
    expect(api.storedPlans.has(plan.id)).toBe(false);
    expect(within(plansNav()).queryByRole('button', { name: 'Claims triage' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage' })).toBeTruthy();
    expect(within(plansNav()).getByRole('button', { name: 'Claims triage' })).toBeTruthy();
    expect(api.storedPlans.has(plan.id)).toBe(true);
  });

  it('renames, archives and unarchives the open plan', async () => {
    const { user } = renderApp({ plans: [makePlan({ name: 'Draft' })] });
    await screen.findByRole('heading', { level: 1, name: 'Draft' });

    await user.click(screen.getByRole('button', { name: 'Plan actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Rename' }));
    const name = within(screen.getByRole('dialog', { name: 'Rename plan' })).getByRole('textbox', { name: 'Plan name' });
    await user.clear(name);
    await user.type(name, 'Claims triage pilot{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage pilot' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Plan actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Archive' }));
    expect(await screen.findByText(/This plan is archived/)).toBeTruthy();
    expect(within(plansNav()).getByText('Archived (1)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    await waitFor(() => expect(within(plansNav()).queryByText('Archived (1)')).toBeNull());
  });

  it('imports a plan whose id is already here only after asking', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const { user, api } = renderApp({ plans: [plan] });
    await screen.findByRole('heading', { level: 1, name: 'Claims triage' });
    api.queueOpenFile({ name: 'claims.rollout.json', text: serialisePlanFile({ ...plan, name: 'Claims triage (laptop)' }, TEST_NOW) });

    await user.click(screen.getByRole('button', { name: 'Import plan' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'This plan is already here' });
    expect(within(dialog).getByText(/A plan with this id already exists/)).toBeTruthy();
    // Named as the plan's header names it ("Revision N"): the summary's "Version" counts decisions, not saves.
    expect(dialog.textContent).toContain(`(revision ${plan.revision}, changed`);
    expect(dialog.textContent).not.toMatch(/\(version \d/);
    await user.click(within(dialog).getByRole('button', { name: 'Keep both (import as a copy)' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage (laptop) (imported copy)' })).toBeTruthy();
    expect(api.storedPlans.size).toBe(2);
  });

  it('explains in plain words why a file is not a plan', async () => {
    const { user, api } = renderApp();
    await screen.findByRole('heading', { name: 'No plans yet' });
    api.queueOpenFile({ name: 'notes.json', text: '{"hello":' });

    await user.click(screen.getByRole('button', { name: 'Import a plan file' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Could not import the plan file' });
    expect(within(dialog).getByText(/not valid JSON/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.storedPlans.size).toBe(0);
  });

  it('replaces the existing plan when the user says so', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const { user, api } = renderApp({ plans: [plan] });
    await screen.findByRole('heading', { level: 1, name: 'Claims triage' });
    api.queueOpenFile({ name: 'claims.rollout.json', text: serialisePlanFile({ ...plan, name: 'Claims triage v2' }, TEST_NOW) });

    await user.click(screen.getByRole('button', { name: 'Import plan' }));
    await user.click(await screen.findByRole('button', { name: 'Replace the existing plan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage v2' })).toBeTruthy();
    expect(api.storedPlans.size).toBe(1);
  });

  it('opens the New plan dialog with Ctrl+N', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'No plans yet' });
    await user.keyboard('{Control>}n{/Control}');
    expect(screen.getByRole('dialog', { name: 'New plan' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps edits in memory when saving fails, and Retry saves them', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const { user, api } = renderApp({ plans: [plan] });
    // A stored plan opens on its dashboard; the system fields are on the Overview.
    await user.click(await screen.findByRole('tab', { name: 'Overview' }));
    const field = await screen.findByRole('textbox', { name: 'System name' });
    api.setWriteFailure('disk full');

    await user.type(field, 'Triage bot');

    expect(await screen.findByText(/Not saved: .*disk full/)).toBeTruthy();
    api.setWriteFailure(null);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect((api.storedPlans.get(plan.id) as typeof plan).system.name).toBe('Triage bot'));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('retries a failed save by itself, so the edits land once the disk has room again', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const { user, api } = renderApp({ plans: [plan] });
    await user.click(await screen.findByRole('tab', { name: 'Overview' }));
    const field = await screen.findByRole('textbox', { name: 'System name' });
    api.setWriteFailure('the disk is full');
    await user.type(field, 'Bot');
    expect(await screen.findByText(/Not saved: .*the disk is full/)).toBeTruthy();
    api.setWriteFailure(null);
    await waitFor(() => expect((api.storedPlans.get(plan.id) as typeof plan).system.name).toBe('Bot'), { timeout: 30_000 });
    expect(await screen.findByText('Saved')).toBeTruthy();
  });
});
