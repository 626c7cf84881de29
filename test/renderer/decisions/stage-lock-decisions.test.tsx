// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decisionEntrySchema, type DecisionEntry } from '../../../shared/decisions/schema';
import { defaultSettings } from '../../../shared/model/schema';
import { renderApp } from '../render-app';
import { passingStagesPlan, pinPilotMetrics } from '../stages/pilot-fixtures';

const LOCKED = 'Stage 2 may not start yet: no proceed decision is recorded for stage 1.';
const REFUSAL = `${LOCKED} Record a decision to proceed on stage 1 first.`;

/** The Decisions tab over two stages whose gates both pass, with an empty log. */
async function openDecisions() {
  const { plan, first, second, metrics } = passingStagesPlan();
  const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
  pinPilotMetrics(app.store, metrics);
  await app.user.click(await screen.findByRole('tab', { name: 'Decisions' }));
  await screen.findByRole('region', { name: 'Decision log' });
  const form = () => screen.getByRole('region', { name: 'Record a decision' });
  const stored = (): DecisionEntry[] => (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
  const fill = async (stage: string, decision: 'Proceed' | 'Hold', rationale: string): Promise<void> => {
    await app.user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), stage);
    await app.user.click(within(form()).getByRole('radio', { name: decision }));
    await app.user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), rationale);
    await app.user.type(within(form()).getByRole('textbox', { name: 'Approved by' }), 'Steering committee');
  };
  return { ...app, plan, first, second, form, stored, fill };
}

/** The recommendation the form shows: its verdict and its reasons. */
function shownRecommendation(form: HTMLElement): { verdict: string | null; reasons: string[] } {
  const box = form.querySelector('.recommendation');
  return {
    verdict: box?.querySelector('.recommendation-line')?.textContent?.replace('The app recommends', '').trim() ?? null,
    reasons: [...(box?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
  };
}

describe('the decision form over a passing stage', () => {
  it('starts on the recommendation, and an override needs an explicit choice and a confirmation', async () => {
    const { form, stored, user } = await openDecisions();
    // Stage 1 passes: the form opens on "Proceed", as a plain decision.
    expect((within(form()).getByRole('radio', { name: 'Proceed' }) as HTMLInputElement).checked).toBe(true);
    expect(within(form()).queryByText(/You are overriding/)).toBeNull();
    expect(within(form()).getByRole('button', { name: 'Record decision' })).toBeTruthy();

    await user.click(within(form()).getByRole('radio', { name: 'Hold' }));
    await user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), 'Wait for the security review.');
    await user.type(within(form()).getByRole('textbox', { name: 'Approved by' }), 'Sponsor');
    await user.click(within(form()).getByRole('button', { name: 'Record override' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Record an override?' });
    await user.click(within(confirm).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(stored()).toEqual([]);
    // Focus returns to the button that opened the confirmation.
    expect(document.activeElement).toBe(within(form()).getByRole('button', { name: 'Record override' }));

    await user.click(within(form()).getByRole('button', { name: 'Record override' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Record override: hold' }));
    await waitFor(() => expect(stored()).toHaveLength(1));
    expect(stored()[0]).toMatchObject({ decision: 'hold', recommendation: 'proceed', override: true });
    // Focus lands on the entry just recorded, not on the page body.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-entry-id')).toBe(stored()[0]?.id));
  });
});

describe('a proceed on a stage that may not start yet', () => {
  it('is refused with the reason, before and on recording, and nothing is stored', async () => {
    const { form, stored, fill, user } = await openDecisions();
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), 'Stage 2: Expanded pilot');
    // The same recommendation as the stage view: hold, the lock first.
    expect(shownRecommendation(form())).toEqual({ verdict: 'Hold', reasons: [LOCKED, 'The required criterion passes and no rollback trigger fired.'] });

    await fill('Stage 2: Expanded pilot', 'Proceed', 'Everything passes.');
    const alert = within(form()).getByRole('alert');
    expect(alert.textContent).toBe(REFUSAL);
    // Not an override: there is nothing to override with, so the form does not offer one.
    expect(within(form()).queryByText(/You are overriding/)).toBeNull();
    expect(within(form()).queryByRole('button', { name: 'Record override' })).toBeNull();

    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    expect(document.activeElement).toBe(within(form()).getByRole('alert'));
    expect(stored()).toEqual([]);
  });

  it('is refused by the store too, whatever the form showed', async () => {
    const { store, second, stored } = await openDecisions();
    const result = await store.getState().recordDecision(
      { stageId: second.id, decision: 'proceed', rationale: 'Going ahead.', approvedBy: 'Sponsor', corrects: null },
      'hold',
    );
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: REFUSAL } });
    expect(stored()).toEqual([]);
  });

  it('reads the log before deciding when it was not read yet, so the lock is never missed', async () => {
    const { store, first, second, stored } = await openDecisions();
    const proceed = (stageId: string) =>
      store.getState().recordDecision({ stageId, decision: 'proceed', rationale: 'Going ahead.', approvedBy: 'Sponsor', corrects: null });

    expect((await proceed(first.id)).ok).toBe(true);
    // As after opening the plan on a tab that never read the log.
    store.setState({ decisions: [], decisionsPlanId: null, decisionsStatus: 'idle' });
    expect((await proceed(second.id)).ok).toBe(true);
    expect(stored().map((e) => e.decision)).toEqual(['proceed', 'proceed']);

    store.setState({ decisions: [], decisionsPlanId: null, decisionsStatus: 'idle' });
    const held = await store.getState().recordDecision({ stageId: first.id, decision: 'hold', rationale: 'Incident.', approvedBy: 'Sponsor', corrects: null });
    expect(held.ok).toBe(true);
    store.setState({ decisions: [], decisionsPlanId: null, decisionsStatus: 'idle' });
    expect(await proceed(second.id)).toMatchObject({ ok: false, error: { message: /^Stage 2 may not start: the latest decision on stage 1 is “hold”/ } });
  });

  it('records a hold on the locked stage with the held recommendation and the lock in its frozen evidence', async () => {
    const { form, stored, fill, user } = await openDecisions();
    await fill('Stage 2: Expanded pilot', 'Hold', 'Stage 1 has not been signed off.');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));

    await waitFor(() => expect(stored()).toHaveLength(1));
    const [entry] = stored();
    expect(entry).toMatchObject({ decision: 'hold', recommendation: 'hold', override: false });
    expect(entry?.evidence.stage).toMatchObject({ name: 'Expanded pilot', verdict: 'hold' });
    expect(entry?.evidence.stage?.reasons[0]).toBe(LOCKED);
  });

  it('is allowed once stage 1 was allowed to proceed: stage 2 is then unlocked', async () => {
    const { form, stored, fill, user } = await openDecisions();
    expect(screen.getByText(LOCKED)).toBeTruthy();

    await fill('Stage 1: Internal pilot', 'Proceed', 'Adoption and quality clear their gates.');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    // Stage 2 was planned to start in the past, before this decision: the sentence says so.
    await screen.findByText(/^Stage 2 may start: stage 1 proceed decision by Dana Kim on [A-Z][a-z]{2} \d{1,2}, \d{4}\. Its planned start, [A-Z][a-z]{2} \d{1,2}, \d{4}, came before that decision\.$/);

    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), 'Stage 2: Expanded pilot');
    expect(shownRecommendation(form()).verdict).toBe('Proceed');
    await fill('Stage 2: Expanded pilot', 'Proceed', 'Week 2 adoption clears the gate.');
    expect(within(form()).queryByRole('alert')).toBeNull();
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));

    await waitFor(() => expect(stored()).toHaveLength(2));
    expect(stored()[1]).toMatchObject({ decision: 'proceed', recommendation: 'proceed', override: false });
    expect(stored()[1]?.evidence.stage?.reasons).not.toContain(LOCKED);
  });

  it('locks stage 2 again when stage 1 is later held, and its recommendation follows', async () => {
    const { form, fill, user } = await openDecisions();
    await fill('Stage 1: Internal pilot', 'Proceed', 'Clears the gates.');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    await screen.findByText(/^Stage 2 may start/);

    await fill('Stage 1: Internal pilot', 'Hold', 'An incident needs review first.');
    // Holding a passing stage is an override of its "proceed".
    await user.click(within(form()).getByRole('button', { name: 'Record override' }));
    // The second step says what is being overridden; only confirming records it.
    const confirm = screen.getByRole('alertdialog', { name: 'Record an override?' });
    expect(confirm.textContent).toContain('You are recording “hold” for stage 1 “Internal pilot”, against the app’s recommendation “proceed”');
    await user.click(within(confirm).getByRole('button', { name: 'Record override: hold' }));
    await screen.findByText(/^Stage 2 may not start: the latest decision on stage 1 is “hold”/);

    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), 'Stage 2: Expanded pilot');
    expect(shownRecommendation(form()).verdict).toBe('Hold');
    expect(shownRecommendation(form()).reasons[0]).toMatch(/^Stage 2 may not start: the latest decision on stage 1 is “hold”/);
  });
});
