// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decisionEntrySchema, type DecisionEntry } from '../../../shared/decisions/schema';
import { defaultSettings, type Plan } from '../../../shared/model/schema';
import { makePlan, renderApp } from '../render-app';

const withAuthor = { ...defaultSettings, authorName: 'Dana Kim' };

async function openDecisions(plan: Plan = makePlan({}, 'team-workflow-pilot'), settings = withAuthor) {
  const app = renderApp({ plans: [plan], settings });
  await app.user.click(await screen.findByRole('tab', { name: 'Decisions' }));
  await screen.findByRole('region', { name: 'Decision log' });
  const form = () => screen.getByRole('region', { name: /^(Record a decision|Correct the entry of .*)$/ });
  const stored = (): DecisionEntry[] => (app.api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
  return { ...app, plan, form, stored };
}

const log = () => screen.getByRole('region', { name: 'Decision log' });
const entries = () => within(log()).queryAllByRole('article');

describe('decisions screen', () => {
  it('records a decision with its rationale and approver beside the recommendation, asking once for the author', async () => {
    const { user, form, stored, store } = await openDecisions(undefined, defaultSettings);
    expect(within(log()).getByText(/No decisions recorded yet/)).toBeTruthy();
    expect(within(form()).getByText('The app recommends')).toBeTruthy();

    const approved = within(form()).getByRole('textbox', { name: 'Approved by' });
    expect((approved as HTMLInputElement).required).toBe(true);
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    expect(within(form()).getByText('Type your name: it signs the decision.')).toBeTruthy();
    expect(within(form()).getByText('Write the rationale: why this decision?')).toBeTruthy();
    expect(within(form()).getByText('Say who approved this decision.')).toBeTruthy();
    expect(approved.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(approved.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Say who approved this decision.');
    // Focus goes to the first field to fix, which announces its error.
    await waitFor(() => expect(document.activeElement).toBe(within(form()).getByRole('textbox', { name: 'Your name' })));
    expect(stored()).toEqual([]);

    await user.type(within(form()).getByRole('textbox', { name: 'Your name' }), 'Dana Kim');
    await user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), 'Stage dates are not set yet: we wait.');
    await user.type(within(form()).getByRole('textbox', { name: 'Approved by' }), 'Steering committee');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));

    await waitFor(() => expect(entries()).toHaveLength(1));
    const [entry] = stored();
    expect(entry).toMatchObject({
      author: 'Dana Kim',
      approvedBy: 'Steering committee',
      decision: 'hold',
      recommendation: 'hold',
      override: false,
      rationale: 'Stage dates are not set yet: we wait.',
      corrects: null,
      automatic: false,
    });
    expect(entry?.evidence.stage?.name).toBe('Internal pilot');
    expect(store.getState().settings.authorName).toBe('Dana Kim');
    const card = entries()[0]!;
    expect(within(card).getByText('Recommendation then')).toBeTruthy();
    expect(within(card).getByText('Stage dates are not set yet: we wait.')).toBeTruthy();
    // The name is now known: the form no longer asks for it.
    expect(within(form()).queryByRole('textbox', { name: 'Your name' })).toBeNull();
  });

  it('says so before saving when a decision overrides the recommendation, and requires the rationale', async () => {
    const { user, form, stored } = await openDecisions();
    expect(within(form()).queryByRole('alert')).toBeNull();

    await user.click(within(form()).getByRole('radio', { name: 'Proceed' }));
    expect(within(form()).getByRole('alert').textContent).toContain('You are overriding the recommendation “hold”');
    await user.type(within(form()).getByRole('textbox', { name: 'Approved by' }), 'Sponsor');
    await user.click(within(form()).getByRole('button', { name: 'Record override' }));
    expect(within(form()).getByText(/An override needs a rationale/)).toBeTruthy();
    expect(stored()).toEqual([]);

    await user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), 'The sponsor accepts the risk for two weeks.');
    await user.click(within(form()).getByRole('button', { name: 'Record override' }));
    expect(stored()).toEqual([]);
    await user.click(within(screen.getByRole('alertdialog', { name: 'Record an override?' })).getByRole('button', { name: 'Record override: proceed' }));
    await waitFor(() => expect(stored()).toHaveLength(1));
    expect(stored()[0]).toMatchObject({ decision: 'proceed', recommendation: 'hold', override: true });
    expect(within(entries()[0]!).getByText('Override')).toBeTruthy();
    // The override to proceed opens the next stage, and the Decisions tab says by whom.
    expect(screen.getByText(/^Stage 2 may start: stage 1 proceed decision by Dana Kim on [A-Z][a-z]{2} \d{1,2}, \d{4} \(an override of the recommendation “hold”\)\.$/)).toBeTruthy();
  });

  it('offers no way to edit or delete an entry; a correction is a new entry linked to the old one', async () => {
    const { user, form, stored } = await openDecisions();
    await user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), 'Wait for week 4.');
    await user.type(within(form()).getByRole('textbox', { name: 'Approved by' }), 'Steering committee');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(entries()).toHaveLength(1));

    const card = entries()[0]!;
    expect(within(card).queryAllByRole('textbox')).toEqual([]);
    expect(within(card).queryAllByRole('button', { name: /edit|delete|remove/i })).toEqual([]);
    expect(within(card).getAllByRole('button').map((b) => b.textContent)).toEqual(['Correct this entry']);

    await user.click(within(card).getByRole('button', { name: 'Correct this entry' }));
    expect(within(form()).getByRole('heading').textContent).toMatch(/^Correct the entry of /);
    const rationale = within(form()).getByRole('textbox', { name: 'Rationale' });
    expect((rationale as HTMLTextAreaElement).value).toBe('Wait for week 4.');
    await user.clear(rationale);
    await user.type(rationale, 'Wait for week 5: week 4 was a holiday week.');
    await user.click(within(form()).getByRole('button', { name: 'Record correction' }));

    await waitFor(() => expect(stored()).toHaveLength(2));
    const [old, correction] = stored();
    expect(old?.rationale).toBe('Wait for week 4.');
    expect(correction).toMatchObject({ corrects: old?.id, rationale: 'Wait for week 5: week 4 was a holiday week.' });
    const [newest, oldest] = entries();
    expect(within(newest!).getByText(/^Corrects the entry of /)).toBeTruthy();
    expect(within(oldest!).getByText(/^Corrected by Dana Kim on [A-Z][a-z]{2} \d{1,2}, \d{4}$/)).toBeTruthy();
    // Only the latest word can be corrected again.
    expect(within(oldest!).queryByRole('button', { name: 'Correct this entry' })).toBeNull();
  });

  it('shows the evidence frozen with an entry, and filters the log by stage', async () => {
    const { user, form } = await openDecisions();
    const record = async (stage: string, rationale: string) => {
      await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), stage);
      await user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), rationale);
      await user.type(within(form()).getByRole('textbox', { name: 'Approved by' }), 'Lead');
      await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
      await screen.findByText(rationale);
    };
    await record('Stage 1: Internal pilot', 'First stage on hold.');
    await record('Stage 2: Expanded pilot', 'Second stage on hold.');
    expect(entries().map((e) => within(e).getByRole('heading').textContent)).toEqual([
      expect.stringContaining('Expanded pilot'),
      expect.stringContaining('Internal pilot'),
    ]);

    await user.click(within(entries()[1]!).getByText('Evidence at the time'));
    expect(within(entries()[1]!).getByText('Stage verdict then:')).toBeTruthy();
    expect(within(entries()[1]!).getByText('Plan revision')).toBeTruthy();

    await user.selectOptions(within(log()).getByRole('combobox', { name: 'Show' }), 'Stage 1: Internal pilot');
    expect(entries()).toHaveLength(1);
    expect(within(entries()[0]!).getByText('First stage on hold.')).toBeTruthy();
  });

  it('shows a note on the whole plan, and user text as text, never as markup', async () => {
    const { user, form, container } = await openDecisions();
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Stage' }), 'Whole plan (note only)');
    expect((within(form()).getByRole('radio', { name: 'Proceed' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(form()).getByText('Approved by (optional)')).toBeTruthy();
    await user.type(within(form()).getByRole('textbox', { name: 'Rationale' }), '<img src=x onerror="alert(1)"> kick-off held');
    await user.click(within(form()).getByRole('button', { name: 'Record decision' }));
    await screen.findByText('<img src=x onerror="alert(1)"> kick-off held');
    expect(container.querySelector('img')).toBeNull();
  });
});
