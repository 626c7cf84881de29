// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { defaultSettings, type Plan } from '../../../shared/model/schema';
import { entry as decisionFor, snapshotOf } from '../../shared/decisions/fixtures';
import { makePlan, renderApp } from '../render-app';

async function openReport(plan: Plan, decisions: DecisionEntry[] = []) {
  const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
  app.api.storedDecisions.set(plan.id, decisions);
  await app.user.click(await screen.findByRole('tab', { name: 'Summary report' }));
  const sheet = await screen.findByRole('article', { name: 'Stakeholder summary' });
  return { ...app, sheet };
}

const section = (sheet: HTMLElement, title: string) => within(sheet).getByRole('region', { name: title });

describe('summary report screen', () => {
  it('previews every part of the summary, with the running lines every page repeats', async () => {
    const plan = makePlan({ system: { ...makePlan().system, name: 'Claims triage', purpose: 'Drafts first replies.' } }, 'team-workflow-pilot');
    const { sheet } = await openReport(plan);
    expect(within(sheet).getByRole('heading', { level: 1, name: 'Claims triage' })).toBeTruthy();
    for (const title of [
      'The system and its purpose',
      'Data sources',
      'Readiness',
      'Quality thresholds',
      'Rollout stages',
      'Latest decisions',
      'Open risks',
      'Communication plan',
      'Sign-off',
    ]) {
      expect(section(sheet, title), title).toBeTruthy();
    }
    expect(within(section(sheet, 'Latest decisions')).getByText('No decisions recorded yet.')).toBeTruthy();
    expect(within(sheet).getByText('Support reply assistant')).toBeTruthy();
    expect(within(sheet).getByText(`Version 1 · Revision ${plan.revision}`)).toBeTruthy();
    // Page 1 opens with the bottom line: per stage what is recommended and what was decided.
    const bottom = within(sheet).getByRole('region', { name: 'Bottom line' });
    expect(sheet.querySelector('section')).toBe(bottom);
    expect(within(bottom).getByRole('rowheader', { name: 'Stage 1: Internal pilot' })).toBeTruthy();
    expect(within(bottom).getAllByText('Not decided yet').length).toBeGreaterThan(0);
    expect(within(sheet).getByText(/^Generated [A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2} \(UTC/)).toBeTruthy();
    expect(within(sheet).getByText('Data: no pilot data imported')).toBeTruthy();
    expect(within(sheet).getByRole('article', { name: 'Stage 1: Internal pilot' })).toBeTruthy();
    expect(within(sheet).queryByRole('heading', { name: 'Audit appendix' })).toBeNull();
  });

  it('lists the latest decisions with the recommendation beside them', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const stageId = plan.stages[0]!.id;
    const override = decisionFor(plan, {
      stageId,
      decision: 'proceed',
      recommendation: 'hold',
      override: true,
      rationale: 'The sponsor accepts the risk.',
      evidence: snapshotOf(plan, null),
    });
    const { sheet } = await openReport(plan, [override]);
    const decisions = section(sheet, 'Latest decisions');
    await within(decisions).findByText('The sponsor accepts the risk.');
    expect(within(decisions).getByText('Override')).toBeTruthy();
    expect(within(section(sheet, 'Rollout stages')).getByText(/overriding the recommendation “hold”/)).toBeTruthy();
  });

  it('adds the audit appendix when asked, and sets the paper size for printing', async () => {
    const { user, sheet, container } = await openReport(makePlan({}, 'team-workflow-pilot'));
    await user.click(screen.getByRole('checkbox', { name: 'Include audit appendix' }));
    expect(within(sheet).getByRole('heading', { name: 'Audit appendix' })).toBeTruthy();
    expect(within(sheet).getByRole('region', { name: 'A. Readiness checklist' })).toBeTruthy();

    const pageStyle = () => [...container.querySelectorAll('style')].map((s) => s.textContent).find((t) => t?.includes('@page'));
    await user.click(screen.getByRole('radio', { name: 'A4' }));
    expect(pageStyle()).toBe('@page { size: A4; }');
    await user.click(screen.getByRole('radio', { name: 'Letter' }));
    expect(pageStyle()).toBe('@page { size: letter; }');
  });

  it('saves as PDF and prints through the API, with the chosen paper and a file name from the plan', async () => {
    const plan = makePlan({ name: 'Claims: triage/v2' }, 'team-workflow-pilot');
    const { user, api } = await openReport(plan);
    await user.click(screen.getByRole('radio', { name: 'Letter' }));
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    await waitFor(() => expect(api.printed).toHaveLength(2));
    expect(api.printed.map((p) => [p.paper, p.target])).toEqual([
      ['Letter', 'pdf'],
      ['Letter', 'printer'],
    ]);
    expect(api.printed[0]?.suggestedName).toMatch(/^Claims- triage-v2 - summary v\d+ \d{4}-\d{2}-\d{2}$/);
  });

  it('renders what users typed as text, never as markup', async () => {
    const attack = '<img src=x onerror="alert(1)"><b>bold</b>';
    const plan = makePlan({ name: attack, system: { ...makePlan().system, purpose: attack, owner: attack } }, 'team-workflow-pilot');
    const { sheet } = await openReport(plan);
    expect(within(section(sheet, 'The system and its purpose')).getAllByText(attack).length).toBeGreaterThan(0);
    expect(sheet.querySelector('img')).toBeNull();
    expect(sheet.querySelector('b')).toBeNull();
  });
});
