// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { newCriterion } from '../../../shared/model/stage-factory';
import { renderApp, storedPlan } from '../render-app';
import { pilotPlan } from './pilot-fixtures';

describe('the incident register', () => {
  it('judges "no critical incident" from the register, and logs every entry', async () => {
    const { plan, stage } = pilotPlan({
      criteria: [newCriterion({ metric: 'critical_incidents', comparator: '<=', threshold: 0, judgedAt: { kind: 'continuous' } })],
    });
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    const card = () => screen.getByRole('article', { name: /^No critical incidents/ });
    expect(within(card()).getByText('Cannot measure')).toBeTruthy();

    const register = screen.getByRole('region', { name: 'Incidents' });
    await app.user.click(within(register).getByRole('checkbox', { name: /Every incident is recorded here/ }));
    // Kept from the stage start (2026-02-02); TEST_NOW is 2026-03-10, so weeks 1–4 count as none.
    await waitFor(() => expect(within(card()).getByText('Pass')).toBeTruthy());

    await app.user.click(within(register).getByText('Add an incident'));
    const form = within(register).getByRole('group', { name: 'Add an incident' });
    fireEvent.change(within(form).getByLabelText('Opened'), { target: { value: '2026-02-10T09:00' } });
    fireEvent.change(within(form).getByLabelText('Acknowledged'), { target: { value: '2026-02-10T09:30' } });
    await app.user.type(within(form).getByRole('textbox', { name: 'What happened' }), 'Wrong claims routed to the AI');
    await app.user.click(within(form).getByRole('checkbox', { name: 'A rollback followed' }));
    await app.user.click(within(form).getByRole('button', { name: 'Add incident' }));

    await waitFor(() => expect(within(card()).getByText('Fail')).toBeTruthy());
    expect(within(card()).getByText('Critical incidents at week 2 is 1 incident; the gate needs at most 0 incidents.')).toBeTruthy();
    const table = within(register).getByRole('table', { name: `Incidents of ${stage.name}` });
    expect(within(table).getByText('Late (30 min; target 15 min)')).toBeTruthy();
    expect(within(register).getByText('1 incident, 1 critical; answered within target: 0 of 1 (0%).')).toBeTruthy();

    await app.store.getState().flushSave();
    expect((await storedPlan(app.api, plan.id)).incidents).toMatchObject([{ severity: 'critical', openedAt: '2026-02-10T09:00', rollback: true }]);
    // Saving now logs the entries; a quiet-time log already under way on a busy machine may finish just after: waited for, not slept on.
    const logged = () => (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    await waitFor(
      () =>
        expect(logged().map((e) => e.rationale)).toEqual([
          expect.stringMatching(/^Incident register changed: Incident register kept since: not kept → 2026-02-02\.$/),
          expect.stringMatching(/^Incident register entry added: Stage “Internal pilot”, incident: \(none\) → Critical, opened 2026-02-10 09:00/),
        ]),
      { timeout: 10_000 },
    );

    await app.user.click(screen.getByRole('tab', { name: 'Dashboard' }));
    expect(screen.getByRole('region', { name: 'Incidents' }).textContent).toMatch(/1 open, 1 critical.*Kept since Feb 2, 2026; 1 critical in all; answered within target: 0 of 1/);
  });

  // What was typed into "Add an incident" was the form's own state: a look at the Dashboard emptied it without a word.
  it('keeps an incident being written, unfolded, while the user looks at another tab', async () => {
    const { plan } = pilotPlan({});
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    const register = () => screen.getByRole('region', { name: 'Incidents' });
    await app.user.click(within(register()).getByText('Add an incident'));
    const form = () => within(register()).getByRole('group', { name: 'Add an incident' });
    fireEvent.change(within(form()).getByLabelText('Opened'), { target: { value: '2026-02-10T09:00' } });
    await app.user.selectOptions(within(form()).getByRole('combobox', { name: 'Severity' }), 'high');
    await app.user.type(within(form()).getByRole('textbox', { name: 'What happened' }), 'Replies quoted the wrong policy');

    await app.user.click(screen.getByRole('tab', { name: 'Dashboard' }));
    await app.user.click(screen.getByRole('tab', { name: 'Stages' }));
    expect(form().closest('details')?.open).toBe(true);
    expect((within(form()).getByLabelText('Opened') as HTMLInputElement).value).toBe('2026-02-10T09:00');
    expect((within(form()).getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('high');
    expect((within(form()).getByRole('textbox', { name: 'What happened' }) as HTMLInputElement).value).toBe('Replies quoted the wrong policy');

    // Added: the form empties, and stays empty after another visit.
    await app.user.click(within(form()).getByRole('button', { name: 'Add incident' }));
    await waitFor(() => expect(app.store.getState().plan?.incidents).toHaveLength(1));
    await app.user.click(screen.getByRole('tab', { name: 'Dashboard' }));
    await app.user.click(screen.getByRole('tab', { name: 'Stages' }));
    expect((within(form()).getByRole('textbox', { name: 'What happened' }) as HTMLInputElement).value).toBe('');
  });

  it('keeps an open incident’s state and its actions apart, each action named for its incident', async () => {
    const { plan, stage } = pilotPlan();
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    const register = screen.getByRole('region', { name: 'Incidents' });
    await app.user.click(within(register).getByText('Add an incident'));
    const form = within(register).getByRole('group', { name: 'Add an incident' });
    fireEvent.change(within(form).getByLabelText('Opened'), { target: { value: '2026-02-10T09:00' } });
    await app.user.type(within(form).getByRole('textbox', { name: 'What happened' }), 'Slow drafts');
    await app.user.click(within(form).getByRole('button', { name: 'Add incident' }));

    const table = within(register).getByRole('table', { name: `Incidents of ${stage.name}` });
    // "Open" is words of its own, not run into the button's label ("OpenResolved now").
    expect(within(table).getByText('Open').tagName).toBe('SPAN');
    await app.user.click(within(table).getByRole('button', { name: 'Mark acknowledged now: the incident opened Feb 10, 2026, 09:00 AM' }));
    await app.user.click(within(table).getByRole('button', { name: 'Mark resolved now: the incident opened Feb 10, 2026, 09:00 AM' }));
    await waitFor(() => expect(within(table).queryByText('Open')).toBeNull());
    expect(within(table).queryByRole('button', { name: /^Mark resolved now/ })).toBeNull();
    await app.store.getState().flushSave();
    const [stored] = (await storedPlan(app.api, plan.id)).incidents;
    expect(stored?.acknowledgedAt).not.toBeNull();
    expect(stored?.resolvedAt).not.toBeNull();
  });
});
