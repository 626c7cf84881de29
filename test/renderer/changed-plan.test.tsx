// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hashTextPortably, sealPlan } from '../../shared/service/plan-seal';
import { makePlan, renderApp } from './render-app';

const SAVED = new Date('2026-11-20T14:05:00.000Z');

/** A plan stored sealed, then its risk tier changed behind the app's back (the seal no longer matches). */
function changedBehindTheApp() {
  const plan = makePlan({ id: 'changed-plan', name: 'Claims triage', riskTier: 'high' });
  const sealed = sealPlan(plan, hashTextPortably, SAVED);
  return { plan, stored: { ...sealed, riskTier: 'low' } };
}

describe('a plan changed outside the app', () => {
  it('is marked in the plan list and on the plan, takes no edit, and is used as it is only when the user says so', async () => {
    const { plan, stored } = changedBehindTheApp();
    const { user, api } = renderApp({ rawPlans: { [plan.id]: stored }, previousPlans: { [plan.id]: { ...plan, revision: 1 } } });

    await screen.findByRole('heading', { level: 1, name: 'Claims triage' });
    const nav = screen.getByRole('navigation', { name: 'Plans' });
    expect(within(nav).getByText('Changed outside the app')).toBeTruthy();
    const notice = screen.getAllByRole('alert').find((el) => el.textContent?.startsWith('Changed outside the app.'));
    expect(notice?.textContent).toMatch(/The app cannot tell what changed, nor when\. The app last saved it on .*2026.* It was kept exactly as found\./);
    expect(within(notice!).getByRole('button', { name: /^Restore previous version \(saved / })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.type(screen.getByRole('textbox', { name: 'Purpose' }), 'x');
    expect(await screen.findByText(/before editing it\./)).toBeTruthy();
    expect(api.storedPlans.get(plan.id)).toEqual(stored);

    await user.click(within(notice!).getByRole('button', { name: 'Use this plan as it is now' }));
    expect(await screen.findByText('“Claims triage” is used as it is now; the decision log records that you accepted it.')).toBeTruthy();
    expect(within(nav).queryByText('Changed outside the app')).toBeNull();
    const log = await api.listDecisions(plan.id);
    expect(log.ok && log.value.map((e) => [e.automatic, e.decision, e.rationale])).toEqual([
      [true, 'note', expect.stringMatching(/^The plan was changed outside the app; accepted by the user on /)],
    ]);
    expect(api.storedPlans.get(plan.id)).toMatchObject({ riskTier: 'low', seal: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });

  it('is restored to its previous version when the user chooses: the changed record is set aside as found', async () => {
    const { plan, stored } = changedBehindTheApp();
    const { user, api } = renderApp({ rawPlans: { [plan.id]: stored }, previousPlans: { [plan.id]: { ...plan, revision: 1 } } });
    await screen.findByRole('heading', { level: 1, name: 'Claims triage' });
    const notices = await screen.findByRole('region', { name: 'Start-up notices' });
    expect(within(notices).getByRole('alert').textContent).toMatch(/"Claims triage" was changed outside the app/);

    await user.click(screen.getByRole('button', { name: /^Restore previous version \(saved / }));
    expect(await screen.findByText(/Restored the previous version of “Claims triage” \(revision 1\)/)).toBeTruthy();
    expect(api.quarantined.map((record) => record.value)).toEqual([stored]);
    expect(api.storedPlans.get(plan.id)).toMatchObject({ revision: 1, riskTier: 'high' });
    expect(within(screen.getByRole('navigation', { name: 'Plans' })).queryByText('Changed outside the app')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Start-up notices' })).toBeNull();
  });

  it('takes no other change either until the user chooses: a rename, a copy, a hand-recorded value', async () => {
    const { plan, stored } = changedBehindTheApp();
    const { api, store } = renderApp({ rawPlans: { [plan.id]: stored } });
    await screen.findByRole('heading', { level: 1, name: 'Claims triage' });
    const state = store.getState();
    expect(await state.renameCurrentPlan('Renamed')).toBe(false);
    await state.duplicateCurrentPlan();
    const recorded = state.recordHandValue({
      stageId: 'stage-1',
      metric: 'adoption_rate',
      week: 1,
      figure: { kind: 'counts', successes: 1, trials: 2 },
      source: 'Survey',
      note: '',
    });
    expect(recorded).toEqual([expect.stringMatching(/before editing it\.$/)]);
    expect([...api.storedPlans.keys()]).toEqual([plan.id]);
    expect(api.storedPlans.get(plan.id)).toEqual(stored);
    expect(store.getState().plan?.handValues).toEqual([]);
  });
});
