// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueAreas, catalogueItems } from '../../shared/checklist/catalogue';
import { makePlan, renderApp, storedPlan } from './render-app';

const governance = catalogueAreas[0]!;
const governanceItems = catalogueItems.filter((i) => i.areaId === governance.id);
const firstQuestion = governanceItems[0]!.question;
const secondQuestion = governanceItems[1]!.question;

async function openChecklist(plan = makePlan({ riskTier: 'medium' })) {
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Checklist' }));
  // These cases work on the cards, area by area; the table view has its own tests.
  await app.user.click(screen.getByRole('radio', { name: 'Cards' }));
  return { ...app, plan };
}

const item = (question: string) => screen.getByRole('article', { name: question });
const progress = (area: string) => screen.getByRole('progressbar', { name: `${area} progress` });

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('checklist screen', () => {
  it('updates the area progress when an item is marked done', async () => {
    const { user, api, plan } = await openChecklist();
    const applicable = governanceItems.length;
    expect(progress(governance.title).getAttribute('aria-valuetext')).toBe(`0 of ${applicable} done · 0%`);

    await user.selectOptions(within(item(firstQuestion)).getByRole('combobox', { name: 'Status' }), 'Done');

    expect(progress(governance.title).getAttribute('aria-valuetext')).toMatch(new RegExp(`^1 of ${applicable} done · \\d+%$`));
    expect(Number(progress(governance.title).getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await waitFor(() => expect(storedPlan(api, plan.id).checklist.items.find((i) => i.question === firstQuestion)?.status).toBe('done'));
  });

  it('holds "not applicable" back until a reason is written', async () => {
    const { user, api, store, plan } = await openChecklist();
    const card = item(secondQuestion);

    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'Not applicable');

    expect(within(card).getByText(/A reason is required/)).toBeTruthy();
    const reason = within(card).getByRole('textbox', { name: 'Reason' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).checklist.items.find((i) => i.question === secondQuestion)?.status).toBe('not_started');

    await user.type(reason, 'No AI decisions.');

    expect(within(card).queryByText(/A reason is required/)).toBeNull();
    await store.getState().flushSave();
    const saved = storedPlan(api, plan.id).checklist.items.find((i) => i.question === secondQuestion);
    expect(saved?.status).toBe('not_applicable');
    expect(saved?.statusReason).toBe('No AI decisions.');
  });

  it('takes "not applicable" at once when the item already has a reason', async () => {
    const plan = makePlan({ riskTier: 'medium' });
    const target = plan.checklist.items.find((i) => i.question === secondQuestion)!;
    target.statusReason = 'Written earlier.';
    const { user } = await openChecklist(plan);

    await user.selectOptions(within(item(secondQuestion)).getByRole('combobox', { name: 'Status' }), 'Not applicable');

    expect(within(item(secondQuestion)).queryByText(/A reason is required/)).toBeNull();
    expect((within(item(secondQuestion)).getByRole('textbox', { name: 'Reason' }) as HTMLTextAreaElement).value).toBe('Written earlier.');
  });

  it('adds an item of the user’s own, required for the tiers ticked', async () => {
    const { user, api, store, plan } = await openChecklist();
    const area = screen.getByRole('region', { name: 'Testing' });

    await user.click(within(area).getByRole('button', { name: 'Add item to Testing' }));
    await user.click(within(area).getByRole('button', { name: 'Add item' }));
    expect(within(area).getByText('Write the question first.')).toBeTruthy();
    await user.type(within(area).getByRole('textbox', { name: 'Question' }), 'Did the support leads sign off the tone of voice?');
    await user.click(within(area).getByRole('checkbox', { name: 'Medium' }));
    await user.click(within(area).getByRole('button', { name: 'Add item' }));

    const added = item('Did the support leads sign off the tone of voice?');
    expect(within(added).getByText('Required')).toBeTruthy();
    expect(within(added).getByText('Your item')).toBeTruthy();
    await store.getState().flushSave();
    const saved = storedPlan(api, plan.id).checklist.items.at(-1);
    expect(saved).toMatchObject({ areaId: 'testing', catalogueId: null, requiredFor: ['medium'] });
  });

  it('removes an item of the user’s own and puts it back on Undo', async () => {
    const { user } = await openChecklist();
    const area = screen.getByRole('region', { name: 'Process' });
    await user.click(within(area).getByRole('button', { name: 'Add item to Process' }));
    await user.type(within(area).getByRole('textbox', { name: 'Question' }), 'Is the help desk briefed?');
    await user.click(within(area).getByRole('button', { name: 'Add item' }));

    await user.click(within(item('Is the help desk briefed?')).getByRole('button', { name: 'Remove item' }));
    expect(screen.queryByRole('article', { name: 'Is the help desk briefed?' })).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(item('Is the help desk briefed?')).toBeTruthy();
  });

  it('shows "Required" or "Recommended" for the plan’s tier', async () => {
    const highOnly = catalogueItems.find((i) => i.requiredFrom === 'high')!;
    const { user } = await openChecklist(makePlan({ riskTier: 'medium' }));
    expect(within(item(highOnly.question)).getByText('Recommended')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.click(screen.getByRole('radio', { name: 'High — customer-facing and critical' }));
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));

    expect(within(item(highOnly.question)).getByText('Required')).toBeTruthy();
  });

  it('filters down to blockers', async () => {
    const { user } = await openChecklist(makePlan({ riskTier: 'low' }));
    const lowRequired = catalogueItems.find((i) => i.requiredFrom === 'low')!;
    const mediumOnly = catalogueItems.find((i) => i.requiredFrom === 'medium')!;

    await user.click(screen.getByRole('radio', { name: 'Blockers' }));

    expect(item(lowRequired.question)).toBeTruthy();
    expect(screen.queryByRole('article', { name: mediumOnly.question })).toBeNull();
  });
});
