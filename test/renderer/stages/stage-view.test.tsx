// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newCriterion } from '../../../shared/model/stage-factory';
import { formatIsoDate } from '../../../renderer/format/dates';
import { renderApp } from '../render-app';
import { pilotMetrics, pilotPlan, pinPilotMetrics, stageMetrics, type PeriodCounts } from './pilot-fixtures';

/** Adoption counts for weeks 1–4 of a 5-user pilot, and the outputs under the editing limit over the stage. */
async function openStage(weeks: readonly PeriodCounts[], total: PeriodCounts, options: { confidence?: boolean } = {}) {
  const { plan, stage } = pilotPlan();
  const app = renderApp({ plans: [{ ...plan, statisticalConfidence: options.confidence ?? false }] });
  await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
  pinPilotMetrics(app.store, pilotMetrics([stageMetrics(stage, weeks, total)]));
  const detail = await screen.findByRole('region', { name: 'Stage 1: Internal pilot' });
  return { ...app, plan, stage, detail };
}

const recommendation = () => screen.getByRole('region', { name: 'Recommendation' });
const resultCard = (name: RegExp) => screen.getByRole('article', { name });
/** The evidence figure shown under a term ("Value", "Sample", "95% interval") of a result card. */
function evidence(card: HTMLElement, term: string): string | null {
  return within(card).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}
const weeks = (...active: number[]): PeriodCounts[] => active.map((a) => ({ adoption: [a, 5] }));

/** Adoption below 50% for more than 2 consecutive weeks. */
const lowAdoptionTrigger = () =>
  newCriterion({ metric: 'adoption_rate', comparator: '<', threshold: 50, judgedAt: { kind: 'continuous' }, persistence: { kind: 'more_than_weeks', weeks: 2 } });

describe('stage view', () => {
  it('holds a stage whose adoption misses the gate at week 4, and says why in plain words', async () => {
    await openStage([...weeks(5, 4, 3, 2)], { adoption: [5, 5], quality: [90, 108] });

    expect(within(recommendation()).getByText('Hold')).toBeTruthy();
    expect(within(recommendation()).getByText('Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.')).toBeTruthy();
    // Start + 2 weeks minimum, or the day after week 4 and the stage end: the later one.
    expect(within(recommendation()).getByText(`Earliest decision: ${formatIsoDate('2026-03-02')}`)).toBeTruthy();

    const adoption = resultCard(/^Adoption rate at least 50% at week 4/);
    expect(within(adoption).getByText('Fail')).toBeTruthy();
    expect(evidence(adoption, 'Value')).toBe('2 of 5 (40%)');
    expect(evidence(adoption, 'Sample')).toBe('5 users');
    expect(evidence(adoption, '95% interval')).toBe('12–77%');

    const quality = resultCard(/^Outputs under the editing limit at least 80%/);
    expect(within(quality).getByText('Pass')).toBeTruthy();
    expect(evidence(quality, 'Value')).toBe('90 of 108 (83.3%)');
    expect(evidence(quality, 'Sample')).toBe('108 outputs');
    expect(within(quality).getByText('Outputs under the editing limit over the stage is 90 of 108 outputs (83.3%); the gate needs at least 80%.')).toBeTruthy();

    // Both verdicts rest on samples whose 95% range holds the threshold: each card says so beside its reason.
    expect(within(adoption).getByText('The true rate could be either side of 50% (95% range 12–77%).')).toBeTruthy();
    expect(within(quality).getByText('The true rate could be either side of 80% (95% range 75–89%).')).toBeTruthy();
  });

  it('proceeds when every required criterion passes, and keeps advisory results from blocking', async () => {
    const { store, stage } = await openStage([...weeks(5, 4, 3, 3)], { adoption: [5, 5], quality: [90, 108] });
    store.getState().addCriterion(stage.id, 'criteria');
    const added = store.getState().plan?.stages[0]?.criteria[2];
    if (!added) throw new Error('criterion not added');
    store.getState().updateCriterion(stage.id, 'criteria', added.id, { metric: 'mean_satisfaction', comparator: '>=', threshold: 4, required: false });

    await waitFor(() => expect(within(recommendation()).getByText('Proceed')).toBeTruthy());
    const advisory = resultCard(/^Mean satisfaction at least 4\/5/);
    expect(within(advisory).getByText('Advisory — does not block')).toBeTruthy();
    expect(within(advisory).getByText('Cannot measure')).toBeTruthy();
    expect(within(recommendation()).getByText(/^Advisory \(does not block\): /)).toBeTruthy();
  });

  it.each([
    [false, 'Proceed', 'Pass'],
    [true, 'Hold', 'Not enough data'],
  ])('with statistical confidence %s, 3 of 5 users at week 4 gives %s (adoption: %s)', async (confidence, verdict, status) => {
    await openStage([...weeks(5, 4, 3, 3)], { adoption: [5, 5], quality: [104, 108] }, { confidence });
    expect(within(recommendation()).getByText(verdict)).toBeTruthy();
    expect(within(resultCard(/^Adoption rate at least 50%/)).getByText(status)).toBeTruthy();
  });

  it('changes the verdict when the user switches statistical confidence on, and saves the choice', async () => {
    const { user, store, api, plan } = await openStage([...weeks(5, 4, 3, 3)], { adoption: [5, 5], quality: [104, 108] });
    expect(within(recommendation()).getByText('Proceed')).toBeTruthy();

    await user.click(screen.getByRole('switch', { name: 'Statistical confidence' }));

    expect(within(recommendation()).getByText('Hold')).toBeTruthy();
    expect(
      within(recommendation()).getByText(
        'Adoption rate at week 4 is 3 of 5 users (60%, 95% interval 23–88%) — too few users to conclude against 50%.',
      ),
    ).toBeTruthy();
    await store.getState().flushSave();
    expect((api.storedPlans.get(plan.id) as typeof plan).statisticalConfidence).toBe(true);
  });

  it('says "cannot measure" rather than "fail" when no usage file is imported', async () => {
    const { plan } = pilotPlan();
    const { user } = renderApp({ plans: [plan] });
    await user.click(await screen.findByRole('tab', { name: 'Stages' }));
    const adoption = await screen.findByRole('article', { name: /^Adoption rate at least 50%/ });
    expect(within(adoption).getByText('Cannot measure')).toBeTruthy();
    expect(within(adoption).getByText('No usage file is imported, so adoption cannot be measured.')).toBeTruthy();
    expect(within(recommendation()).getByText('Hold')).toBeTruthy();
  });

  it('lists a trending rollback trigger with the date it would fire', async () => {
    const { plan, stage } = pilotPlan({
      // Eight weeks, so the fire date (after week 7) lies inside the stage: a forecast, not a date past its end.
      durationWeeks: 8,
      triggers: [
        lowAdoptionTrigger(),
      ],
    });
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    pinPilotMetrics(app.store, pilotMetrics([stageMetrics(stage, weeks(5, 5, 5, 3, 2), { adoption: [5, 5], quality: [90, 108] })]));

    const trending = await screen.findByRole('note', { name: 'Rollback triggers trending' });
    // Week 5 is below 50% (2 of 5); "more than 2 weeks" needs weeks 5–7, and week 7 is complete on 23 Mar.
    expect(within(trending).getByText(`Adoption rate: would fire on ${formatIsoDate('2026-03-23')}`)).toBeTruthy();
    const trigger = screen.getByRole('article', { name: 'Adoption rate below 50% for more than 2 consecutive weeks' });
    expect(within(trigger).getByText('Trending')).toBeTruthy();
    expect(within(trigger).getByText(`Would fire on ${formatIsoDate('2026-03-23')}`)).toBeTruthy();
  });

  it('never forecasts a fire date after the stage ends: a short run at the end says it did not fire', async () => {
    const { plan, stage } = pilotPlan({
      triggers: [
        lowAdoptionTrigger(),
      ],
    });
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    pinPilotMetrics(app.store, pilotMetrics([stageMetrics(stage, weeks(5, 5, 3, 2), { adoption: [5, 5], quality: [90, 108] })]));
    const trigger = await screen.findByRole('article', { name: 'Adoption rate below 50% for more than 2 consecutive weeks' });
    await within(trigger).findByText('Not fired');
    expect(within(trigger).getByText(/firing needs 3 consecutive weeks, and the stage ended on Mar 1, 2026 without it firing/)).toBeTruthy();
    expect(screen.queryByRole('note', { name: 'Rollback triggers trending' })).toBeNull();
    expect(within(trigger).queryByText(/Would fire on/)).toBeNull();
  });

  it('draws each gate metric with a text alternative that lists the weekly values against the gate', async () => {
    await openStage([...weeks(5, 4, 3, 2)], { adoption: [5, 5], quality: [90, 108] });
    const table = screen.getByRole('table', { name: /Adoption rate by week — Internal pilot/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'WeekAdoption rate95% intervalSample (users)Against the gate',
      'Week 1100% (5 of 5)57–100%5Meets the gate',
      'Week 280% (4 of 5)38–96%5Meets the gate',
      'Week 360% (3 of 5)23–88%5Meets the gate',
      'Week 440% (2 of 5)12–77%5Misses the gate',
    ]);
    expect(screen.getByRole('figure', { name: /Adoption rate by week — Internal pilot/ })).toBeTruthy();
  });
});
