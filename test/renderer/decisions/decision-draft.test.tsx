// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { defaultSettings } from '../../../shared/model/schema';
import { makePlan, renderApp } from '../render-app';

const form = () => screen.getByRole('region', { name: /^(Record a decision|Correct the entry of .*)$/ });
const field = (name: string) => within(form()).getByRole('textbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement | HTMLTextAreaElement;

/**
 * A half-written decision was the form's own state: looking up a figure on the Stages tab and coming back emptied the
 * rationale, the approver, the stage and the choice, with no word. The draft now waits in the store, per plan, until it is
 * recorded.
 */
describe('a decision being written', { timeout: 20_000 }, () => {
  it('is still there after a visit to another tab, and is recorded as written', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const app = renderApp({ plans: [plan], settings: defaultSettings });
    const { user } = app;
    await user.click(await screen.findByRole('tab', { name: 'Decisions' }));
    await screen.findByRole('region', { name: 'Decision log' });

    await user.type(field('Your name'), 'Dana Kim');
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), 'Whole plan (note only)');
    await user.type(field('Rationale'), 'Legal asked for two more weeks of data.');
    await user.type(field('Approved by'), 'Risk office');

    await user.click(screen.getByRole('tab', { name: 'Stages' }));
    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    await screen.findByRole('region', { name: 'Decision log' });

    expect(field('Your name').value).toBe('Dana Kim');
    expect((within(form()).getByRole('combobox', { name: 'Stage' }) as HTMLSelectElement).value).toBe('');
    expect(field('Rationale').value).toBe('Legal asked for two more weeks of data.');
    expect(field('Approved by').value).toBe('Risk office');

    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(app.api.storedDecisions.get(plan.id) ?? []).toHaveLength(1));
    const [entry] = (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(entry).toMatchObject({ decision: 'note', stageId: null, rationale: 'Legal asked for two more weeks of data.', approvedBy: 'Risk office' });

    // Recorded: the form starts empty again, also after another visit.
    await user.click(screen.getByRole('tab', { name: 'Stages' }));
    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    await screen.findByRole('region', { name: 'Decision log' });
    expect(field('Rationale').value).toBe('');
    expect(field('Approved by').value).toBe('');
  });

  it('keeps a correction being written, open on the entry it corrects', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const { user } = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    await user.click(await screen.findByRole('tab', { name: 'Decisions' }));
    const log = await screen.findByRole('region', { name: 'Decision log' });
    await user.type(field('Rationale'), 'Wait for week 4.');
    await user.type(field('Approved by'), 'Steering committee');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    await user.click(await within(log).findByRole('button', { name: 'Correct this entry' }));
    await user.clear(field('Rationale'));
    await user.type(field('Rationale'), 'Wait for week 5: week 4 was a holiday week.');

    await user.click(screen.getByRole('tab', { name: 'Stages' }));
    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    await screen.findByRole('region', { name: 'Decision log' });
    expect(within(form()).getByRole('heading').textContent).toMatch(/^Correct the entry of /);
    expect(field('Rationale').value).toBe('Wait for week 5: week 4 was a holiday week.');

    // Given up: the next visit opens an empty new decision.
    await user.click(within(form()).getByRole('button', { name: 'Cancel correction' }));
    await user.click(screen.getByRole('tab', { name: 'Stages' }));
    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    await screen.findByRole('region', { name: 'Decision log' });
    expect(within(form()).getByRole('heading').textContent).toBe('Record a decision');
    expect(field('Rationale').value).toBe('');
  });
});
