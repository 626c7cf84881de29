// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { newCriterion } from '../../../shared/model/stage-factory';
import { GATE_LOG_DELAY_MS } from '../../../renderer/store/decisions-slice';
import { renderApp, storedPlan } from '../render-app';
import { pilotPlan } from './pilot-fixtures';

describe('hand-recorded values on the stage view', { timeout: 20_000 }, () => {
  it('records an error rate by hand, judges the gate on it, labels it, and writes it to the decision log', async () => {
    const { plan, stage } = pilotPlan({
      criteria: [newCriterion({ metric: 'error_rate', comparator: '<', threshold: 2, judgedAt: { kind: 'week', week: 2 } })],
    });
    const app = renderApp({ plans: [plan] });
    await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
    const card = () => screen.getByRole('article', { name: /^Error rate below 2% at week 2/ });
    expect(within(card()).getByText('Cannot measure')).toBeTruthy();

    await app.user.click(screen.getByText('Record a value'));
    const form = screen.getByRole('group', { name: 'Record a hand-recorded value' });
    await app.user.selectOptions(within(form).getByRole('combobox', { name: 'Metric' }), 'Error rate (%)');
    await app.user.selectOptions(within(form).getByRole('combobox', { name: 'For' }), 'Week 2');
    await app.user.type(within(form).getByRole('textbox', { name: 'How many (error rate)' }), '3');
    await app.user.type(within(form).getByRole('textbox', { name: 'Of (requests)' }), '200');
    await app.user.click(within(form).getByRole('button', { name: 'Record value' }));
    // No source: refused, and nothing is lost from the form.
    expect(within(screen.getByRole('alert')).getByText(/Say where the figure comes from/)).toBeTruthy();
    await app.user.type(within(form).getByRole('textbox', { name: 'Source' }), 'Grafana export');
    await app.user.click(within(form).getByRole('button', { name: 'Record value' }));

    // TEST_NOW is 2026-03-10; week 2 of a stage started 2026-02-02 is complete.
    await waitFor(() => expect(within(card()).getByText('Pass')).toBeTruthy());
    expect(within(card()).getByText('Error rate at week 2 is 3 of 200 requests (1.5%), hand-recorded from "Grafana export"; the gate needs below 2%.')).toBeTruthy();
    expect(within(card()).getByText('Hand-recorded, not from a file: week 2 (from “Grafana export”).')).toBeTruthy();
    const table = screen.getByRole('table', { name: `Hand-recorded values of ${stage.name}` });
    expect(within(table).getByText('3 of 200 requests (1.5%) from “Grafana export”')).toBeTruthy();

    await app.store.getState().flushSave();
    expect((await storedPlan(app.api, plan.id)).handValues).toMatchObject([{ metric: 'error_rate', week: 2, figure: { kind: 'counts', successes: 3, trials: 200 } }]);
    await new Promise((resolve) => setTimeout(resolve, GATE_LOG_DELAY_MS + 300));
    const logged = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged).toMatchObject([{ decision: 'note', automatic: true, stageId: stage.id }]);
    expect(logged[0]?.rationale).toMatch(/^Hand-recorded value entered: Stage “Internal pilot”, hand-recorded error rate for week 2/);

    await app.user.click(within(table).getByRole('button', { name: 'Remove hand-recorded Error rate for week 2' }));
    await waitFor(() => expect(within(card()).getByText('Cannot measure')).toBeTruthy());
  });
});
