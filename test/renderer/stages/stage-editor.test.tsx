// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../shared/gates';
import { planSchema, type Plan } from '../../../shared/model/schema';
import { makePlan, renderApp, storedPlan } from '../render-app';
import { pilotPlan } from './pilot-fixtures';

async function openEditor(plan: Plan = pilotPlan().plan) {
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
  await app.user.click(await screen.findByRole('radio', { name: 'Edit stage' }));
  /** The plan as stored once pending edits are saved: what survives a crash. */
  const saved = async (): Promise<Plan> => {
    await app.store.getState().flushSave();
    return storedPlan(app.api, plan.id);
  };
  return { ...app, plan, saved };
}

const nav = () => screen.getByRole('navigation', { name: 'Stages' });
const stageNames = () => within(nav()).getAllByRole('button', { name: /^Stage \d+:/ }).map((b) => b.textContent ?? '');
const gate = (n: number, metric: string) => screen.getByRole('group', { name: `Gate criterion ${n}: ${metric}` });

describe('stage editor', () => {
  it('adds a blank stage at the end and opens it for editing', async () => {
    const { user, saved } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Add stage' }));

    const added = screen.getByRole('region', { name: 'Stage 3: New stage' });
    expect((within(added).getByRole('textbox', { name: 'Stage name' }) as HTMLInputElement).value).toBe('New stage');
    await user.type(within(added).getByRole('textbox', { name: 'Stage name' }), ' for sceptics');
    const plan = await saved();
    expect(plan.stages.map((s) => s.name)).toEqual(['Internal pilot', 'Expanded pilot', 'New stage for sceptics']);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('moves stages with the buttons and with Alt+arrow keys, keeping focus on the moved stage', async () => {
    const { user, saved } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Move “Expanded pilot” up' }));

    expect(stageNames()[0]).toMatch(/Expanded pilot/);
    // "Move up" is disabled at the top, so focus lands on the stage itself.
    expect(document.activeElement?.textContent).toMatch(/^1\s*Stage 1: Expanded pilot/);
    expect((await saved()).stages.map((s) => s.name)).toEqual(['Expanded pilot', 'Internal pilot']);

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(stageNames()[1]).toMatch(/Expanded pilot/);
    expect(document.activeElement?.textContent).toMatch(/^2\s*Stage 2: Expanded pilot/);
    expect((await saved()).stages.map((s) => s.name)).toEqual(['Internal pilot', 'Expanded pilot']);
  });

  it('removes a stage and puts it back in its place on Undo', async () => {
    const { user, saved } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Remove stage “Internal pilot”' }));

    expect(stageNames()).toEqual([expect.stringMatching(/Expanded pilot/)]);
    expect((await saved()).stages.map((s) => s.name)).toEqual(['Expanded pilot']);
    expect(screen.getByText('Removed the stage “Internal pilot”')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stageNames()[0]).toMatch(/Internal pilot/);
    expect((await saved()).stages.map((s) => s.name)).toEqual(['Internal pilot', 'Expanded pilot']);
  });

  it('saves a criterion edited field by field', async () => {
    const { user, saved } = await openEditor();
    const adoption = gate(1, 'Adoption rate');
    const threshold = within(adoption).getByRole('textbox', { name: 'Threshold (%)' });
    await user.clear(threshold);
    await user.type(threshold, '60');
    await user.selectOptions(within(adoption).getByRole('combobox', { name: 'Judged' }), 'At the end of the stage');
    await user.selectOptions(within(adoption).getByRole('combobox', { name: 'How long it must hold' }), 'In N weeks in a row');
    await user.clear(within(adoption).getByRole('textbox', { name: 'Weeks (N)' }));
    await user.type(within(adoption).getByRole('textbox', { name: 'Weeks (N)' }), '3');
    await user.click(within(adoption).getByRole('checkbox', { name: 'Must hold in every group' }));
    await user.click(within(adoption).getByRole('checkbox', { name: 'Advisory — evaluated and shown, does not block' }));

    const criterion = (await saved()).stages[0]?.criteria[0];
    expect(criterion).toMatchObject({
      metric: 'adoption_rate',
      threshold: 60,
      judgedAt: { kind: 'stage_end' },
      persistence: { kind: 'consecutive_weeks', weeks: 3 },
      everyGroup: true,
      required: false,
    });
    expect(within(adoption).getByText(/Adoption rate at least 60% in 3 consecutive weeks in every group \(min\. 2 users\) — advisory/)).toBeTruthy();
  });

  it.each([
    ['Enrolled users', '-3', 'Enter 0 or more. The plan keeps 5 users until you do.'],
    ['Enrolled users', 'ten', 'Enter a number. The plan keeps 5 users until you do.'],
    ['Duration (weeks)', '.5', 'Enter a whole number. The plan keeps 4 weeks until you do.'],
    ['Duration (weeks)', '0', 'Enter 1 or more. The plan keeps 4 weeks until you do.'],
    ['Minimum duration (weeks)', '', 'Enter a number. The plan keeps 2 weeks until you do.'],
  ])('keeps "%s" = "%s" as a draft with a message, never in the plan', async (label, typed, message) => {
    const { user, saved, plan } = await openEditor();
    const field = screen.getByRole('textbox', { name: label });
    // Typed over the selected value, as a person replaces a number (clearing first would commit "not set").
    await user.tripleClick(field);
    if (typed) await user.keyboard(typed);
    else await user.keyboard('{Backspace}');

    expect(screen.getByText(message)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const stored = await saved();
    expect(planSchema.safeParse(stored).success).toBe(true);
    expect(stored.stages[0]).toEqual(plan.stages[0]);
  });

  it('keeps an emptied stage name and an unreadable threshold as drafts', async () => {
    const { user, saved, plan } = await openEditor();
    await user.clear(screen.getByRole('textbox', { name: 'Stage name' }));
    expect(screen.getByText('A stage needs a name; the plan keeps “Internal pilot” until you type one.')).toBeTruthy();
    const threshold = within(gate(1, 'Adoption rate')).getByRole('textbox', { name: 'Threshold (%)' });
    await user.clear(threshold);
    await user.type(threshold, 'half');
    expect(within(gate(1, 'Adoption rate')).getByText('Enter a number. The plan keeps 50 % until you do.')).toBeTruthy();

    expect((await saved()).stages[0]).toEqual(plan.stages[0]);
  });

  it('adds and removes a rollback trigger, with Undo', async () => {
    const { user, saved } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Add rollback trigger' }));
    const trigger = screen.getByRole('group', { name: 'Rollback trigger 1: Adoption rate' });
    await user.selectOptions(within(trigger).getByRole('combobox', { name: 'Metric' }), 'Outputs under the editing limit (%)');
    expect((await saved()).stages[0]?.triggers).toMatchObject([{ metric: 'editing_under_limit_share', comparator: '<', threshold: 30 }]);

    await user.click(screen.getByRole('button', { name: 'Remove Rollback trigger 1: Outputs under the editing limit' }));
    expect(screen.queryByRole('group', { name: /^Rollback trigger 1/ })).toBeNull();
    expect((await saved()).stages[0]?.triggers).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('group', { name: 'Rollback trigger 1: Outputs under the editing limit' })).toBeTruthy();
    await waitFor(async () => expect((await saved()).stages[0]?.triggers).toHaveLength(1));
  });

  it('warns while editing when a rule can never apply within the stage', async () => {
    const { user } = await openEditor();
    const adoption = gate(1, 'Adoption rate');
    expect(within(adoption).queryByRole('alert')).toBeNull();
    const week = within(adoption).getByRole('textbox', { name: 'Week (N)' });
    await user.clear(week);
    await user.type(week, '6');
    await user.tab();
    expect(within(adoption).getByRole('alert').textContent).toBe(
      'This rule can never apply in this stage. It is judged at week 6, but the stage lasts 4 weeks; so this criterion can never be judged within the stage. Change the timing or the stage’s duration.',
    );
  });

  it('says before the pilot what the planned sample allows, and follows the enrolment', async () => {
    const { user, store } = await openEditor();
    const note = () => within(gate(1, 'Adoption rate')).getByRole('note', { name: 'What the planned sample allows' });
    expect(note().textContent).toMatch(/With 5 users, adoption rate must reach 5 of 5 for the 95% interval to clear 50%; plan at least \d+ users/);
    expect(note().textContent).toMatch(/only a perfect result can be conclusive/);

    const enrolled = screen.getByRole('textbox', { name: 'Enrolled users' });
    await user.clear(enrolled);
    await user.type(enrolled, '40');
    const stage = store.getState().plan?.stages[0];
    const criterion = stage?.criteria[0];
    if (!stage || !criterion) throw new Error('no stage');
    expect(note().textContent).toContain(samplePlan(stage, criterion)?.sentence);
    expect(note().textContent).toMatch(/With 40 users, adoption rate must reach \d+ of 40/);
    expect(note().textContent).not.toMatch(/only a perfect result/);
  });

  it('offers to add a stage or start from a template when the plan has none', async () => {
    const app = renderApp({ plans: [makePlan({ stages: [] })] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    expect(screen.getByRole('heading', { name: 'No stages yet' })).toBeTruthy();
    expect(screen.getByText(/Add a stage or start from a template/)).toBeTruthy();

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'or start from' }), 'Percentage traffic rollout');
    await app.user.click(screen.getByRole('button', { name: 'Use these stages' }));
    expect(stageNames()).toEqual([5, 20, 50, 100].map((p, i) => expect.stringMatching(new RegExp(`Stage ${i + 1}: ${p}% of traffic`))));
  });
});
