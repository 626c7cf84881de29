// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/schema';
import { makePlan, renderApp, storedPlan } from '../render-app';

async function openCommunication(plan: Plan = makePlan()) {
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Communication' }));
  const saved = async (): Promise<Plan> => {
    await app.store.getState().flushSave();
    return storedPlan(app.api, plan.id);
  };
  return { ...app, plan, saved };
}

const table = () => screen.getByRole('table', { name: 'Communication plan' });
const rows = () => within(table()).getAllByRole('row').slice(1);

describe('communication screen', () => {
  it('starts a new plan with the suggested rows for sponsor, risk, engineering, support and users', async () => {
    await openCommunication();
    const audiences = rows().map((row) => (within(row).getByRole('combobox', { name: 'Audience' }) as HTMLSelectElement).value);
    expect(audiences).toEqual(['executive_sponsor', 'risk', 'engineering', 'support', 'users', 'support']);
  });

  it('adds a row and saves what is typed into it', async () => {
    const { user, saved } = await openCommunication();
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    const added = rows().at(-1)!;
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Audience' }), 'Customers');
    await user.type(within(added).getByRole('textbox', { name: 'What they receive' }), 'Release note');
    await user.selectOptions(within(added).getByRole('combobox', { name: 'When' }), 'Once, before launch');
    await user.type(within(added).getByRole('textbox', { name: 'Channel' }), 'Website');
    await user.type(within(added).getByRole('textbox', { name: 'Owner' }), 'Sam Ortiz');
    const plan = await saved();
    expect(plan.communicationPlan.at(-1)).toMatchObject({
      audience: 'customers',
      what: 'Release note',
      when: 'once',
      channel: 'Website',
      owner: 'Sam Ortiz',
    });
  });

  it('removes a row, and Undo puts it back where it was', async () => {
    const { user, saved } = await openCommunication();
    await user.click(screen.getByRole('button', { name: 'Remove Row 2: Risk and compliance' }));
    expect(rows()).toHaveLength(5);
    expect((await saved()).communicationPlan.map((r) => r.audience)).not.toContain('risk');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect((await saved()).communicationPlan[1]?.audience).toBe('risk');
  });

  it('offers the suggested rows when a plan has none', async () => {
    const { user, saved } = await openCommunication(makePlan({ communicationPlan: [] }));
    expect(screen.getByRole('heading', { name: 'No communication plan yet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add the suggested rows' }));
    expect(rows()).toHaveLength(6);
    expect((await saved()).communicationPlan).toHaveLength(6);
  });
});
