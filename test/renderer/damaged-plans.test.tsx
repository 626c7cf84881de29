// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePlan, renderApp, storedPlan } from './render-app';

describe('a damaged plan with a previous version', () => {
  it('is listed as damaged with a notice, and its previous version is restored only when the user chooses', async () => {
    const good = makePlan({ id: 'good-plan', name: 'Good plan' });
    const previous = makePlan({ id: 'damaged-plan', name: 'Claims triage', revision: 3, updatedAt: '2026-11-20T14:05:00.000Z' });
    const { user, api } = renderApp({
      plans: [good],
      rawPlans: { [previous.id]: { ...previous, revision: 'four' } },
      previousPlans: { [previous.id]: previous },
    });

    const damaged = await screen.findByRole('list', { name: 'Damaged plans' });
    expect(within(damaged).getByText('Claims triage')).toBeTruthy();
    const notices = await screen.findByRole('region', { name: 'Start-up notices' });
    expect(within(notices).getByRole('alert').textContent).toMatch(/can be restored from the plan list; nothing is replaced until you choose\.$/);
    // Nothing replaced yet: the damaged record is set aside, the plan is not back.
    expect(api.storedPlans.has(previous.id)).toBe(false);
    expect(api.quarantined.map((record) => record.key)).toEqual([previous.id]);

    await user.click(within(damaged).getByRole('button', { name: /^Restore previous version \(saved .*2026/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Claims triage' })).toBeTruthy();
    expect(storedPlan(api, previous.id)).toMatchObject({ revision: 3 });
    expect(screen.queryByRole('list', { name: 'Damaged plans' })).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Plans' })).getByRole('button', { name: /Claims triage/ })).toBeTruthy();
  });
});
