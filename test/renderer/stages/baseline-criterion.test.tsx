// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newCriterion } from '../../../shared/model/stage-factory';
import type { Plan } from '../../../shared/model/schema';
import { renderApp, storedPlan } from '../render-app';
import { passingStagesPlan, pilotMetrics, pinPilotMetrics, stageMetrics, type PeriodCounts } from './pilot-fixtures';

const gate = (n: number, metric: string) => screen.getByRole('group', { name: `Gate criterion ${n}: ${metric}` });

describe('a gate criterion compared with a baseline', () => {
  it('is set in the stage editor: the threshold becomes the allowed difference, and the planner speaks per side', async () => {
    const { plan } = passingStagesPlan();
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    await app.user.click(await screen.findByRole('radio', { name: 'Edit stage' }));
    const saved = async (): Promise<Plan> => {
      await app.store.getState().flushSave();
      return storedPlan(app.api, plan.id);
    };

    const criterion = gate(2, 'Outputs under the editing limit');
    await app.user.selectOptions(within(criterion).getByRole('combobox', { name: 'Compare with' }), 'The previous stage');
    const allowed = within(criterion).getByRole('textbox', { name: 'Allowed difference (points)' });
    await app.user.clear(allowed);
    await app.user.type(allowed, '-5');
    await app.user.tab();

    const stored = (await saved()).stages[0]?.criteria[1];
    expect(stored).toMatchObject({ baseline: { kind: 'previous_stage' }, threshold: -5, comparator: '>=', everyGroup: false });
    expect(within(criterion).getByRole('note', { name: 'What the baseline comparison needs' }).textContent).toMatch(
      /plan at least 765 outputs in this stage and 765 in the baseline \(both sides at 50%\)/,
    );

    await app.user.selectOptions(within(criterion).getByRole('combobox', { name: 'Compare with' }), 'A control group');
    const group = within(criterion).getByRole('textbox', { name: 'Control group (a value of the group column)' });
    await app.user.clear(group);
    expect(within(criterion).getByText(/Name the control group/)).toBeTruthy();
    await app.user.type(group, 'Team B');
    expect((await saved()).stages[0]?.criteria[1]?.baseline).toEqual({ kind: 'control_group', group: 'Team B' });

    await app.user.selectOptions(within(criterion).getByRole('combobox', { name: 'Compare with' }), 'A fixed number');
    expect((await saved()).stages[0]?.criteria[1]?.baseline).toBeNull();
    expect(within(criterion).getByRole('textbox', { name: 'Threshold (%)' })).toBeTruthy();
  });

  it('takes a period before the AI: four weeks before the stage by default, dates kept until both are valid', async () => {
    const { plan } = passingStagesPlan();
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    await app.user.click(await screen.findByRole('radio', { name: 'Edit stage' }));
    const saved = async (): Promise<Plan> => {
      await app.store.getState().flushSave();
      return storedPlan(app.api, plan.id);
    };
    const criterion = gate(2, 'Outputs under the editing limit');
    await app.user.selectOptions(within(criterion).getByRole('combobox', { name: 'Compare with' }), 'A period before the AI (dates)');
    const start = plan.stages[0]?.plannedStart ?? '';
    const from = within(criterion).getByLabelText<HTMLInputElement>('Baseline from');
    const to = within(criterion).getByLabelText<HTMLInputElement>('Baseline to');
    // The stage starts on 2026-02-02: the four weeks before are 2026-01-05 … 2026-02-01.
    expect(start).toBe('2026-02-02');
    expect([from.value, to.value]).toEqual(['2026-01-05', '2026-02-01']);
    expect((await saved()).stages[0]?.criteria[1]).toMatchObject({ baseline: { kind: 'period', from: '2026-01-05', to: '2026-02-01' }, threshold: 0 });

    // A period that ends before it starts is refused on the spot; the stored one stays.
    await app.user.clear(from);
    await app.user.type(from, '2026-03-01');
    expect(within(criterion).getByText(/The period ends before it starts; Jan 5 – Feb 1, 2026 is kept until you do/)).toBeTruthy();
    expect((await saved()).stages[0]?.criteria[1]?.baseline).toEqual({ kind: 'period', from: '2026-01-05', to: '2026-02-01' });
    // Reaching into the stage is kept (the lead may move the stage next), with a warning.
    await app.user.clear(from);
    await app.user.type(from, '2026-01-12');
    await app.user.clear(to);
    await app.user.type(to, '2026-02-10');
    expect(within(criterion).getByText(/The period reaches into this stage \(it starts on 2026-02-02\)/)).toBeTruthy();
    await app.user.clear(to);
    await app.user.type(to, '2026-02-01');
    expect((await saved()).stages[0]?.criteria[1]?.baseline).toEqual({ kind: 'period', from: '2026-01-12', to: '2026-02-01' });
    expect(within(criterion).getByRole('note', { name: 'What the baseline comparison needs' }).textContent).toMatch(/against the period .*2026/);
  });

  it('shows both sides and the difference in the stage view', async () => {
    const { plan, first, second } = passingStagesPlan();
    const compared = {
      ...second,
      criteria: [
        newCriterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: -10, judgedAt: { kind: 'stage_end' }, baseline: { kind: 'previous_stage' } }),
      ],
    };
    const app = renderApp({ plans: [{ ...plan, stages: [first, compared] }] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    const weeks = (...active: number[]): PeriodCounts[] => active.map((a) => ({ adoption: [a, 5] }));
    pinPilotMetrics(
      app.store,
      pilotMetrics([
        stageMetrics(first, weeks(5, 4, 3, 3), { adoption: [5, 5], quality: [104, 108] }),
        stageMetrics(compared, weeks(4, 4), { adoption: [4, 5], quality: [50, 50] }),
      ]),
    );
    await app.user.click(await screen.findByRole('button', { name: /^Stage 2:/ }));
    const card = await screen.findByRole('article', { name: /^Outputs under the editing limit against the previous stage: difference at least −10 points/ });
    const term = (t: string) => within(card).getByText(t, { selector: 'dt' }).nextElementSibling?.textContent;
    // The stage ends on 2026-03-08 (start 2026-02-09 + 4 weeks); TEST_NOW is 2026-03-10: judged.
    expect(term('This stage')).toBe('50 of 50 (100%), 50 outputs');
    expect(term('Baseline')).toBe('104 of 108 (96.3%), 108 outputs — the previous stage "Internal pilot"');
    expect(term('Difference (95% interval)')).toMatch(/^\+3.7 points \(\u2212\d/);
    expect(within(card).getByText('Pass')).toBeTruthy();
    expect(within(card).getByText(/against a baseline of 104 of 108 outputs \(96.3%\), the previous stage "Internal pilot"/)).toBeTruthy();
  });
});
