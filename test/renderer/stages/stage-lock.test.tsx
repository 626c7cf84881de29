// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model/schema';
import { selectStageEvaluations } from '../../../renderer/store/stages-selectors';
import { renderApp } from '../render-app';
import { passingStagesPlan, pinPilotMetrics } from './pilot-fixtures';

const LOCKED = 'Stage 2 may not start yet: no proceed decision is recorded for stage 1.';

/** Two stages whose gates both pass (`passingStagesPlan`); nothing in the decision log yet. */
async function openStages() {
  const { plan, first, second, metrics } = passingStagesPlan();
  const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
  await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
  pinPilotMetrics(app.store, metrics);
  await screen.findByRole('region', { name: 'Stage 1: Internal pilot' });
  return { ...app, plan, first, second };
}

const recommendation = () => screen.getByRole('region', { name: 'Recommendation' });
const navButton = (n: number) => within(screen.getByRole('navigation', { name: 'Stages' })).getByRole('button', { name: new RegExp(`^Stage ${n}:`) });

describe('a stage the decision log does not let start', () => {
  it('is held, and says first why: no proceed decision on the stage before', async () => {
    const { user, store } = await openStages();
    // Stage 1 is never locked.
    expect(within(recommendation()).getByText('Proceed')).toBeTruthy();
    expect(within(recommendation()).queryByRole('note', { name: 'Stage may not start yet' })).toBeNull();

    await user.click(navButton(2));
    await screen.findByRole('region', { name: 'Stage 2: Expanded pilot' });
    const lock = await within(recommendation()).findByRole('note', { name: 'Stage may not start yet' });
    expect(lock.textContent).toContain(LOCKED);
    // First in the panel, before the verdict and its reasons.
    expect(recommendation().firstElementChild).toBe(lock);
    expect(within(recommendation()).getByText('Hold')).toBeTruthy();
    // The gates still pass, and the panel still says so.
    expect(within(recommendation()).getByText('The required criterion passes and no rollback trigger fired.')).toBeTruthy();
    expect(navButton(2).textContent).toMatch(/Recommended\s*Hold\s*Decided\s*Not yet$/);
    const [, second] = selectStageEvaluations(store.getState());
    expect(second).toMatchObject({ verdict: 'hold', lockedBecause: LOCKED });
    expect(second?.reasons[0]).toBe(LOCKED);

    await user.click(within(lock).getByRole('button', { name: 'Record the decision in the decision log' }));
    expect(await screen.findByRole('region', { name: 'Record a decision' })).toBeTruthy();
  });

  it('takes its gates’ verdict once stage 1 is allowed to proceed', async () => {
    const { user, store, first } = await openStages();
    await user.click(navButton(2));
    await within(recommendation()).findByRole('note', { name: 'Stage may not start yet' });

    const recorded = await store.getState().recordDecision(
      { stageId: first.id, decision: 'proceed', rationale: 'Adoption and quality clear their gates.', approvedBy: 'Steering committee', corrects: null },
      'proceed',
    );
    expect(recorded.ok).toBe(true);

    await waitFor(() => expect(within(recommendation()).getByText('Proceed')).toBeTruthy());
    expect(within(recommendation()).queryByRole('note', { name: 'Stage may not start yet' })).toBeNull();
    expect(within(recommendation()).queryByText(LOCKED)).toBeNull();
    expect(navButton(2).textContent).toMatch(/Recommended\s*Proceed\s*Decided\s*Not yet$/);
    // Stage 1 shows both: what the app recommends and the decision the lead took.
    expect(navButton(1).textContent).toMatch(/Recommended\s*Proceed\s*Decided\s*Proceed · /);
  });
});
