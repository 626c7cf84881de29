// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model/schema';
import { newCriterion } from '../../../shared/model/stage-factory';
import { renderApp } from '../render-app';
import { pilotMetrics, pilotPlan, pinPilotMetrics, stageMetrics } from '../stages/pilot-fixtures';

const attention = () => screen.getByRole('region', { name: 'What needs attention next' });
const attentionTitles = () =>
  within(attention())
    .getAllByRole('button')
    .map((b) => b.querySelector('.attention-title')?.textContent ?? '');
const selectedTab = () => screen.getByRole('tab', { selected: true }).textContent;

describe('dashboard', () => {
  it('is where a stored plan opens, while a new plan opens on its Overview', async () => {
    const { plan } = pilotPlan();
    const { user } = renderApp({ plans: [plan] });
    await screen.findByRole('region', { name: 'What needs attention next' });
    expect(selectedTab()).toBe('Dashboard');

    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const dialog = screen.getByRole('dialog', { name: 'New plan' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Plan name' }), 'Second pilot');
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    await screen.findByRole('heading', { level: 1, name: 'Second pilot' });
    expect(selectedTab()).toBe('Overview');
  });

  it('shows readiness, blockers, thresholds and each stage with its dates and verdict', async () => {
    const { plan } = pilotPlan();
    renderApp({ plans: [plan] });
    const cards = await screen.findByRole('region', { name: 'Readiness and thresholds' });
    expect(within(cards).getByRole('button', { name: /^Readiness score 0% Not ready: \d+ blockers$/ })).toBeTruthy();
    expect(within(cards).getByRole('button', { name: /^Quality thresholds 0 of 6 met 0 met 0 not met 6 not measured$/ })).toBeTruthy();

    const timeline = screen.getByRole('region', { name: 'Stage timeline' });
    const stages = within(timeline).getAllByRole('button');
    expect(stages.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^1\s*Stage 1: Internal pilot.*Ended.*Recommended\s*Hold\s*Decided\s*Not yet$/),
      expect.stringMatching(/^2\s*Stage 2: Expanded pilot.*Planned.*Recommended\s*Hold\s*Decided\s*Not yet$/),
    ]);
  });

  it('puts what needs doing next in order, and each item leads to the tab to do it', async () => {
    const { plan } = pilotPlan();
    const { user } = renderApp({ plans: [plan] });
    await screen.findByRole('region', { name: 'What needs attention next' });
    expect(attentionTitles()).toEqual([
      'Decision due for “Internal pilot”',
      'Import a usage file',
      'Import an output-quality file',
      '6 quality thresholds not measured',
      expect.stringMatching(/^\d+ blockers before the plan is ready$/),
    ]);

    await user.click(within(attention()).getByRole('button', { name: /Import a usage file/ }));
    expect(selectedTab()).toBe('Pilot data');

    await user.click(screen.getByRole('tab', { name: 'Dashboard' }));
    await user.click(within(attention()).getByRole('button', { name: /quality thresholds not measured/ }));
    expect(selectedTab()).toBe('Thresholds');
  });

  it('puts a fired rollback trigger first, and opens its stage on the verdict', async () => {
    const trigger = newCriterion({ metric: 'adoption_rate', comparator: '<', threshold: 30, judgedAt: { kind: 'continuous' } });
    const { plan, stage } = pilotPlan({ triggers: [trigger] });
    const app = renderApp({ plans: [plan] });
    await screen.findByRole('region', { name: 'What needs attention next' });
    pinPilotMetrics(app.store, pilotMetrics([stageMetrics(stage, [{ adoption: [1, 5] }], { adoption: [1, 5], quality: [90, 108] })]));

    await waitFor(() => expect(attentionTitles()[0]).toBe('Rollback trigger fired in “Internal pilot”'));
    await app.user.click(within(attention()).getByRole('button', { name: /Rollback trigger fired in “Internal pilot”/ }));

    expect(selectedTab()).toBe('Stages');
    const detail = screen.getByRole('region', { name: 'Stage 1: Internal pilot' });
    expect(within(within(detail).getByRole('region', { name: 'Recommendation' })).getByText('Roll back')).toBeTruthy();
    expect(within(detail).getByText(/^Rollback trigger fired: Adoption rate/)).toBeTruthy();
  });

  it('asks for the enrolment when adoption has no denominator, and opens the stage editor', async () => {
    const { plan, stage } = pilotPlan({ enrolledUsers: null });
    const app = renderApp({ plans: [plan] });
    await screen.findByRole('region', { name: 'What needs attention next' });
    const weeks = [4, 4, 3, 3].map((a) => ({ adoption: [a, null] as const }));
    pinPilotMetrics(app.store, pilotMetrics([stageMetrics(stage, weeks, { adoption: [5, null], quality: [90, 108] })]));

    await app.user.click(await within(attention()).findByRole('button', { name: /Set the enrolled users of “Internal pilot”/ }));

    expect(selectedTab()).toBe('Stages');
    expect((screen.getByRole('radio', { name: 'Edit stage' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Enrolled users' })).toBeTruthy();
  });

  it('warns when a stage runs without a decision to proceed on the one before, until that decision is logged', async () => {
    const { plan } = pilotPlan();
    const [first, second] = plan.stages;
    if (!first || !second) throw new Error('two stages expected');
    const running = { ...plan, stages: [first, { ...second, plannedStart: '2026-03-02' }] };
    const app = renderApp({ plans: [running], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await screen.findByRole('region', { name: 'What needs attention next' });
    await waitFor(() => expect(attentionTitles()[0]).toBe('“Expanded pilot” has started without a decision to proceed'));
    // The next stage has started: a "decision due" for the first one would only repeat the warning.
    expect(attentionTitles()).not.toContain('Decision due for “Internal pilot”');

    const recorded = await app.store.getState().recordDecision({
      stageId: first.id,
      decision: 'proceed',
      rationale: 'Adoption and quality were good enough in the team.',
      approvedBy: 'Sam Lee',
      corrects: null,
    });
    expect(recorded.ok).toBe(true);
    await waitFor(() => expect(attentionTitles()).not.toContain('“Expanded pilot” has started without a decision to proceed'));
  });

  it('puts overdue blockers near the top and opens the checklist on its blockers', async () => {
    const { plan } = pilotPlan();
    const [item, ...rest] = plan.checklist.items;
    if (!item) throw new Error('checklist expected');
    const overdue = { ...plan, checklist: { ...plan.checklist, items: [{ ...item, owner: 'Dana Kim', dueDate: '2026-03-01' }, ...rest] } };
    const { user } = renderApp({ plans: [overdue] });
    await screen.findByRole('region', { name: 'What needs attention next' });
    expect(attentionTitles()[0]).toBe('1 blocker overdue');

    await user.click(within(attention()).getByRole('button', { name: /1 blocker overdue/ }));
    expect(selectedTab()).toBe('Checklist');
    expect((screen.getByRole('radio', { name: 'Blockers' }) as HTMLInputElement).checked).toBe(true);
  });
});
