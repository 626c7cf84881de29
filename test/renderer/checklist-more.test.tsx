// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueAreas, catalogueItems } from '../../shared/checklist/catalogue';
import { makePlan, renderApp, storedPlan } from './render-app';

const governance = catalogueAreas[0]!;
const governanceItems = catalogueItems.filter((i) => i.areaId === governance.id);
const question = governanceItems[0]!.question;

async function openChecklist() {
  const plan = makePlan({ riskTier: 'medium' });
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Checklist' }));
  // These cases work on the cards, area by area; the table view has its own tests.
  await app.user.click(screen.getByRole('radio', { name: 'Cards' }));
  const saved = () => storedPlan(app.api, plan.id);
  const savedItem = () => saved().checklist.items.find((i) => i.question === question);
  return { ...app, plan, saved, savedItem };
}

const card = (text: string) => screen.getByRole('article', { name: text });
const progress = (area: string) => screen.getByRole('progressbar', { name: `${area} progress` });

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('checklist screen, more', () => {
  it('saves an item’s owner, due date, evidence and notes, and an emptied due date as none', async () => {
    const { user, store, savedItem } = await openChecklist();
    const item = card(question);

    await user.type(within(item).getByRole('textbox', { name: 'Owner' }), 'Dana Kim');
    await user.type(within(item).getByLabelText('Due date'), '2026-04-15');
    await user.type(within(item).getByRole('textbox', { name: 'Evidence' }), 'RACI signed 2026-03-01');
    await user.type(within(item).getByRole('textbox', { name: 'Notes' }), 'Ask legal for the final copy.');

    expect((within(item).getByLabelText('Due date') as HTMLInputElement).value).toBe('2026-04-15');
    await store.getState().flushSave();
    expect(savedItem()).toMatchObject({
      owner: 'Dana Kim',
      dueDate: '2026-04-15',
      evidence: 'RACI signed 2026-03-01',
      notes: 'Ask legal for the final copy.',
    });

    await user.clear(within(item).getByLabelText('Due date'));
    await store.getState().flushSave();
    expect(savedItem()?.dueDate).toBeNull();
  });

  it('adds an area of the user’s own, with its own section, progress and “Add item”', async () => {
    const { user, store, saved } = await openChecklist();
    await user.click(screen.getByRole('button', { name: 'Add area' }));
    const form = screen.getByRole('form', { name: 'New area' });
    await user.click(within(form).getByRole('button', { name: 'Add area' }));
    expect(within(form).getByText('Give the area a title.')).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: 'Area title' }).getAttribute('aria-invalid')).toBe('true');

    await user.type(within(form).getByRole('textbox', { name: 'Area title' }), 'Works council');
    await user.click(within(form).getByRole('button', { name: 'Add area' }));

    expect(screen.queryByRole('form', { name: 'New area' })).toBeNull();
    const area = screen.getByRole('region', { name: 'Works council' });
    expect(within(area).getByText('No items in this area yet.')).toBeTruthy();
    expect(progress('Works council').getAttribute('aria-valuetext')).toBe('Nothing applicable');
    expect(within(area).getByRole('button', { name: 'Remove area: Works council' })).toBeTruthy();

    await user.click(within(area).getByRole('button', { name: 'Add item to Works council' }));
    await user.type(within(area).getByRole('textbox', { name: 'Question' }), 'Has the works council been consulted?');
    await user.click(within(area).getByRole('button', { name: 'Add item' }));
    expect(within(area).getByRole('article', { name: 'Has the works council been consulted?' })).toBeTruthy();
    expect(progress('Works council').getAttribute('aria-valuetext')).toBe('0 of 1 done · 0%');

    await store.getState().flushSave();
    const stored = saved().checklist;
    const added = stored.areas.find((a) => a.title === 'Works council');
    expect(added).toMatchObject({ custom: true });
    expect(stored.items.find((i) => i.question === 'Has the works council been consulted?')?.areaId).toBe(added?.id);
  });

  it('asks for a reason before “Cannot be measured yet” is saved, and counts it as not done', async () => {
    const { user, store, savedItem } = await openChecklist();
    const before = progress(governance.title).getAttribute('aria-valuetext');
    expect(before).toBe(`0 of ${governanceItems.length} done · 0%`);
    const item = card(question);

    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'Cannot be measured yet');

    const reason = within(item).getByRole('textbox', { name: 'Reason' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(item).getByText('A reason is required: “Cannot be measured yet” is saved once you write it.')).toBeTruthy();
    await store.getState().flushSave();
    expect(savedItem()?.status).toBe('not_started');

    await user.type(reason, 'No pilot data until week 2.');

    expect(reason.getAttribute('aria-invalid')).toBe('false');
    expect(within(item).queryByText(/A reason is required/)).toBeNull();
    expect((within(item).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('cannot_measure');
    // Unlike "not applicable", it stays in the count, as not done.
    expect(progress(governance.title).getAttribute('aria-valuetext')).toBe(before);
    await waitFor(() => expect(savedItem()).toMatchObject({ status: 'cannot_measure', statusReason: 'No pilot data until week 2.' }));

    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'Done');
    expect(progress(governance.title).getAttribute('aria-valuetext')).toMatch(new RegExp(`^1 of ${governanceItems.length} done`));
  });
});
