// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiskTier } from '../../shared/model/enums';
import { tierQuestions } from '../../shared/tier/suggest-tier';
import { makePlan, renderApp, storedPlan } from './render-app';

async function openOverview() {
  const app = renderApp({ plans: [makePlan()] });
  await app.user.click(await screen.findByRole('tab', { name: 'Overview' }));
  return { ...app, planId: app.store.getState().plan!.id };
}

type User = ReturnType<typeof renderApp>['user'];

/** Answers the five questions in the order they are asked. */
async function answer(user: User, answers: readonly boolean[]) {
  for (const [index, question] of tierQuestions.entries()) {
    const group = screen.getByRole('group', { name: question.question });
    await user.click(within(group).getByRole('radio', { name: answers[index] ? 'Yes' : 'No' }));
  }
}

const tierLabels: Record<RiskTier, string> = {
  low: 'Low — internal tool',
  medium: 'Medium — customer-facing, not critical',
  high: 'High — customer-facing and critical',
};
const tierRadio = (tier: RiskTier) => screen.getByRole('radio', { name: tierLabels[tier] }) as HTMLInputElement;
const suggestion = () => screen.getByRole('region', { name: 'Suggested tier' });
/** The line under the tier heading that states the test-set size the chosen tier requires. */
const requirementLine = () =>
  screen.getByText((_, element) => element?.tagName === 'SPAN' && /^The \w+ tier requires a labelled test set/.test(element.textContent ?? ''));

describe('overview screen', () => {
  it('suggests a tier from the five answers with its reasons, and applies it only when asked', async () => {
    const { user, store, api, planId } = await openOverview();
    expect(within(suggestion()).getByText('No suggestion yet')).toBeTruthy();
    expect(screen.getByText(/No tier chosen yet, so requirements are shown for/)).toBeTruthy();

    // Customers see it; no decisions about people, no harm to safety or money, not regulated, no EU users.
    await answer(user, [true, false, false, false, false]);

    expect(suggestion().textContent).toContain(`Suggested tier: ${tierLabels.medium}`);
    expect(within(suggestion()).getByText(/^Customers or the public see or feel its outputs/)).toBeTruthy();
    expect(within(suggestion()).getByText('The medium tier requires a labelled test set of at least 200 cases.')).toBeTruthy();
    // A suggestion is not a choice: nothing is set until the user confirms it.
    expect(Object.values(tierLabels).some((label) => (screen.getByRole('radio', { name: label }) as HTMLInputElement).checked)).toBe(false);
    expect(store.getState().plan?.riskTier).toBeNull();

    await user.click(within(suggestion()).getByRole('button', { name: 'Use suggested tier' }));

    expect(tierRadio('medium').checked).toBe(true);
    expect((within(suggestion()).getByRole('button', { name: 'Suggested tier in use' }) as HTMLButtonElement).disabled).toBe(true);
    expect(requirementLine().textContent).toBe('The medium tier requires a labelled test set of at least 200 cases.');
    await store.getState().flushSave();
    const saved = storedPlan(api, planId);
    expect(saved.riskTier).toBe('medium');
    expect(saved.tierAnswers).toEqual({
      affectsCustomers: true,
      decisionsAboutPeople: false,
      safetyOrMoney: false,
      regulatedSector: false,
      euUsers: false,
    });
  });

  it.each([
    ['nothing outside the team', [false, false, false, false, false], 'low', 50],
    ['a regulated sector', [false, false, false, true, false], 'medium', 200],
    ['harm to money or safety', [true, false, true, false, true], 'high', 500],
    ['decisions about people', [false, true, false, false, false], 'high', 500],
  ] as const)('suggests a tier for %s, and the test-set size follows it', async (_, answers, tier, size) => {
    const { user } = await openOverview();
    await answer(user, answers);
    expect(suggestion().textContent).toContain(`Suggested tier: ${tierLabels[tier]}`);
    await user.click(within(suggestion()).getByRole('button', { name: 'Use suggested tier' }));
    expect(tierRadio(tier).checked).toBe(true);
    expect(requirementLine().textContent).toBe(`The ${tier} tier requires a labelled test set of at least ${size} cases.`);
  });

  it('shows the minimum test-set size of the tier chosen directly, and saves the choice', async () => {
    const { user, store, api, planId } = await openOverview();
    for (const [tier, size] of [
      ['high', 500],
      ['low', 50],
      ['medium', 200],
    ] as const) {
      await user.click(tierRadio(tier));
      expect(tierRadio(tier).checked).toBe(true);
      expect(requirementLine().textContent).toBe(`The ${tier} tier requires a labelled test set of at least ${size} cases.`);
    }
    await store.getState().flushSave();
    expect(storedPlan(api, planId).riskTier).toBe('medium');
  });

  it('saves what the system may not do, may decide alone, and where a person must approve', async () => {
    const { user, api, planId } = await openOverview();
    const fields = {
      'Forbidden uses': 'Never used to deny a claim.',
      'Decisions the AI may take alone': 'Tags and routes incoming claims.',
      'Where a human must approve': 'Every reply before it is sent.',
    };
    for (const [label, text] of Object.entries(fields)) {
      await user.type(screen.getByRole('textbox', { name: label }), text);
    }
    await waitFor(() =>
      expect(storedPlan(api, planId).system).toMatchObject({
        forbiddenUses: fields['Forbidden uses'],
        autonomousDecisions: fields['Decisions the AI may take alone'],
        humanApprovalPoints: fields['Where a human must approve'],
      }),
    );
    for (const [label, text] of Object.entries(fields)) {
      expect((screen.getByRole('textbox', { name: label }) as HTMLTextAreaElement).value).toBe(text);
    }
  });
});
