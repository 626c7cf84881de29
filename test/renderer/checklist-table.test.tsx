// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueItems } from '../../shared/checklist/catalogue';
import type { Plan } from '../../shared/model/schema';
import { makePlan, renderApp, storedPlan } from './render-app';

const ownerQuestion = catalogueItems.find((i) => i.catalogueId === 'governance.owner')!.question;
const escalation = catalogueItems.find((i) => i.catalogueId === 'governance.escalation')!.question;

/** A plan whose Overview names the owner, with one item overdue and owned by Lee Park. */
function planWithOverdue(): Plan {
  const plan = makePlan({ riskTier: 'medium' });
  return {
    ...plan,
    system: { ...plan.system, owner: 'Dana Kim' },
    checklist: {
      ...plan.checklist,
      items: plan.checklist.items.map((i) => (i.question === escalation ? { ...i, owner: 'Lee Park', dueDate: '2020-01-01' } : i)),
    },
  };
}

async function openTable(plan = planWithOverdue()) {
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Checklist' }));
  const table = () => screen.getByRole('table', { name: 'Checklist items' });
  const rowOf = (question: string) => within(table()).getByRole('row', { name: new RegExp(`^${question.replace(/[?()]/g, '.')}`) });
  return { ...app, plan, table, rowOf };
}

describe('the checklist as a compact table', () => {
  it('opens as a table, one row per item, with a jump link per area and overdue items flagged', async () => {
    const { table, rowOf } = await openTable();
    expect(within(table()).getAllByRole('row').length).toBeGreaterThan(40);
    // No open text fields in the table: crossing it takes a few Tab presses, not hundreds.
    expect(within(table()).queryAllByRole('textbox')).toEqual([]);
    const jump = screen.getByRole('navigation', { name: 'Jump to an area' });
    expect(within(jump).getByRole('link', { name: /^Ownership and governance \(\d+\)$/ })).toBeTruthy();
    expect(within(rowOf(escalation)).getByText('Overdue')).toBeTruthy();
  });

  it('filters by owner, status and overdue', async () => {
    const { user, table } = await openTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Lee Park');
    expect(within(table()).getAllByRole('row').filter((r) => r.querySelector('th[scope="row"]'))).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Anyone');
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(within(table()).getByText(escalation)).toBeTruthy();
    expect(within(table()).queryByText(ownerQuestion)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Done');
    expect(screen.getByText('No item matches these filters.')).toBeTruthy();
  });

  it('offers what the Overview already answers as evidence, and opens an item in place to edit it', async () => {
    const { user, rowOf, api, plan, store } = await openTable();
    const row = rowOf(ownerQuestion);
    expect(within(row).getByText(/The Overview answers this: “Dana Kim”/)).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Use as evidence and mark done' }));
    await store.getState().flushSave();
    const saved = storedPlan(api, plan.id).checklist.items.find((i) => i.question === ownerQuestion);
    expect(saved).toMatchObject({ status: 'done', owner: 'Dana Kim', evidence: "Accountable owner named in the plan's Overview: Dana Kim" });

    await user.click(within(rowOf(escalation)).getByRole('button', { name: `Edit: ${escalation}` }));
    await waitFor(() => expect(screen.getByRole('article', { name: escalation })).toBeTruthy());
    expect(within(screen.getByRole('article', { name: escalation })).getByText('Overdue')).toBeTruthy();
  });

  it.each(['Not applicable', 'Cannot be measured yet'])(
    'says when “%s” was chosen without a reason and the item closed, and keeps the choice for when it opens again',
    async (status) => {
      const { user, table, api, plan, store } = await openTable();
      // The item's own row (once open, the editor's row below it carries the question too).
      const rowOf = (question: string) => within(table()).getAllByRole('row', { name: new RegExp(`^${question.replace(/[?()]/g, '.')}`) })[0]!;
      const edit = within(rowOf(escalation)).getByRole('button', { name: `Edit: ${escalation}` });
      await user.click(edit);
      const card = await screen.findByRole('article', { name: escalation });
      await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), status);
      await user.click(within(rowOf(escalation)).getByRole('button', { name: `Close: ${escalation}` }));

      // Closed: the row says the status it shows is the saved one and the chosen one waits for a reason.
      expect(screen.queryByRole('article', { name: escalation })).toBeNull();
      expect(within(rowOf(escalation)).getByText(`“${status}” not saved: it needs a reason. Open the item to write one.`)).toBeTruthy();
      await store.getState().flushSave();
      expect(storedPlan(api, plan.id).checklist.items.find((i) => i.question === escalation)?.status).toBe('not_started');

      // Opened again: the choice is still there, asking for its reason, and is saved with it.
      await user.click(within(rowOf(escalation)).getByRole('button', { name: `Edit: ${escalation}` }));
      const again = await screen.findByRole('article', { name: escalation });
      expect((within(again).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(status);
      await user.type(within(again).getByRole('textbox', { name: 'Reason' }), 'Escalation is handled by the claims desk.');
      await store.getState().flushSave();
      const saved = storedPlan(api, plan.id).checklist.items.find((i) => i.question === escalation);
      expect(saved?.statusReason).toBe('Escalation is handled by the claims desk.');
      expect(within(rowOf(escalation)).queryByText(/not saved: it needs a reason/)).toBeNull();
    },
  );

  it('keeps a “Not applicable” waiting for its reason while another plan is open, and shows it again on coming back', async () => {
    const plan = planWithOverdue();
    const other = makePlan({ id: 'plan-other', name: 'Other plan', riskTier: 'medium' });
    const app = renderApp({ plans: [plan, other] });
    const { user } = app;
    const plans = () => screen.getByRole('navigation', { name: 'Plans' });
    await user.click(await within(plans()).findByRole('button', { name: new RegExp(`^${plan.name}`) }));
    await user.click(await screen.findByRole('tab', { name: 'Checklist' }));
    const rowOf = (question: string) =>
      within(screen.getByRole('table', { name: 'Checklist items' })).getAllByRole('row', { name: new RegExp(`^${question.replace(/[?()]/g, '.')}`) })[0]!;
    await user.click(within(rowOf(escalation)).getByRole('button', { name: `Edit: ${escalation}` }));
    const card = await screen.findByRole('article', { name: escalation });
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'Not applicable');

    await user.click(within(plans()).getByRole('button', { name: /^Other plan/ }));
    await waitFor(() => expect(app.store.getState().plan?.id).toBe(other.id));
    await user.click(await screen.findByRole('tab', { name: 'Checklist' }));
    expect(screen.queryByText(/not saved: it needs a reason/)).toBeNull();

    await user.click(within(plans()).getByRole('button', { name: new RegExp(`^${plan.name}`) }));
    await waitFor(() => expect(app.store.getState().plan?.id).toBe(plan.id));
    await user.click(await screen.findByRole('tab', { name: 'Checklist' }));
    expect(within(rowOf(escalation)).getByText('“Not applicable” not saved: it needs a reason. Open the item to write one.')).toBeTruthy();
    await user.click(within(rowOf(escalation)).getByRole('button', { name: `Edit: ${escalation}` }));
    const again = await screen.findByRole('article', { name: escalation });
    expect((within(again).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Not applicable');
  });

  it('drops a status waiting for its reason when the item is marked done from the Overview’s answer', async () => {
    const { user, table } = await openTable();
    const rowOf = (question: string) => within(table()).getAllByRole('row', { name: new RegExp(`^${question.replace(/[?()]/g, '.')}`) })[0]!;
    await user.click(within(rowOf(ownerQuestion)).getByRole('button', { name: `Edit: ${ownerQuestion}` }));
    const card = await screen.findByRole('article', { name: ownerQuestion });
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'Not applicable');
    await user.click(within(rowOf(ownerQuestion)).getByRole('button', { name: `Close: ${ownerQuestion}` }));
    expect(within(rowOf(ownerQuestion)).getByText(/not saved: it needs a reason/)).toBeTruthy();

    await user.click(within(rowOf(ownerQuestion)).getByRole('button', { name: 'Use as evidence and mark done' }));
    expect(within(rowOf(ownerQuestion)).getByText('Done')).toBeTruthy();
    expect(within(rowOf(ownerQuestion)).queryByText(/not saved: it needs a reason/)).toBeNull();
  });
});
