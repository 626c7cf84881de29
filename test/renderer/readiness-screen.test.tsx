// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../shared/model/schema';
import { formatIsoDate } from '../../renderer/format/dates';
import { makePlan, renderApp } from './render-app';

type ItemInput = Partial<ChecklistItem> & Pick<ChecklistItem, 'id' | 'areaId' | 'question'>;

const REQUIRED = ['low', 'medium', 'high'] as const;
const RECOMMENDED = ['high'] as const;

function item(input: ItemInput): ChecklistItem {
  return {
    catalogueId: null,
    help: '',
    requiredFor: [...REQUIRED],
    status: 'not_started',
    statusReason: '',
    owner: '',
    dueDate: null,
    evidence: '',
    notes: '',
    ...input,
  };
}

/**
 * A medium-tier plan on TEST_NOW (2026-03-10). Required items weigh 3, recommended 1:
 * Governance 4 of 10 (40%), Testing 3 of 6 (50%), Security 1 of 4 (25%, an N/A item left out);
 * overall 8 of 20 = 40%. Four blockers, two of them overdue.
 */
function readinessPlan() {
  return makePlan({
    riskTier: 'medium',
    checklist: {
      areas: [
        { id: 'gov', title: 'Governance', description: '', custom: false },
        { id: 'test', title: 'Testing', description: '', custom: false },
        { id: 'sec', title: 'Security', description: '', custom: false },
      ],
      items: [
        item({ id: 'g1', areaId: 'gov', question: 'Is there an accountable owner?', status: 'done' }),
        item({ id: 'g2', areaId: 'gov', question: 'Is the escalation path written down?', owner: 'Lee Park', dueDate: '2026-04-01' }),
        item({ id: 'g3', areaId: 'gov', question: 'Is there a glossary?', requiredFor: [...RECOMMENDED], status: 'done' }),
        item({ id: 'g4', areaId: 'gov', question: 'Did legal review the purpose?', owner: 'Sam Ortiz', dueDate: '2026-03-01' }),
        item({ id: 't1', areaId: 'test', question: 'Was the test set labelled twice?', status: 'in_progress', owner: 'Dana Kim', dueDate: '2026-02-01' }),
        item({ id: 't2', areaId: 'test', question: 'Is there a labelled test set?', status: 'done' }),
        item({ id: 's1', areaId: 'sec', question: 'Was a penetration test run?' }),
        item({ id: 's2', areaId: 'sec', question: 'Are secrets rotated?', requiredFor: [...RECOMMENDED], status: 'done' }),
        item({ id: 's3', areaId: 'sec', question: 'Is customer data encrypted?', status: 'not_applicable', statusReason: 'No customer data.' }),
      ],
    },
  });
}

async function openReadiness() {
  const app = renderApp({ plans: [readinessPlan()] });
  await app.user.click(await screen.findByRole('tab', { name: 'Readiness' }));
  return app;
}

describe('readiness screen', () => {
  it('shows the overall score with the weights, the weakest area beside it and the blocker count', async () => {
    await openReadiness();
    const overview = screen.getByRole('region', { name: 'Overall readiness' });

    expect(within(overview).getByText('40%')).toBeTruthy();
    expect(within(overview).getByText('Not ready: 4 blockers')).toBeTruthy();
    const weights = within(overview).getByText(/^The score is the share of applicable checklist items that are done\./);
    expect(weights.textContent).toContain('Required items count 3×, recommended 1×.');
    expect(weights.textContent).toContain('“Not applicable” items are left out; “cannot be measured yet” counts as not done.');
    // The weakest area stands beside the overall figure, with its own score.
    expect(within(overview).getByText('Weakest area')).toBeTruthy();
    expect(within(overview).getByText('Security')).toBeTruthy();
    expect(within(overview).getByText('25% done')).toBeTruthy();
    expect(within(overview).getByText('Tier: Medium — customer-facing, not critical')).toBeTruthy();
  });

  it('lists the blockers overdue first, each overdue one marked in words', async () => {
    await openReadiness();
    expect(screen.getByRole('heading', { name: 'Blockers (4)' })).toBeTruthy();
    expect(screen.getByText('2 overdue')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Required items not done yet, overdue first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Was the test set labelled twice?',
      'Did legal review the purpose?',
      'Is the escalation path written down?',
      'Was a penetration test run?',
    ]);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(rows[0]!)).toEqual(['Was the test set labelled twice?', 'Testing', 'In progress', 'Dana Kim', `${formatIsoDate('2026-02-01')}OVERDUE`]);
    expect(cells(rows[1]!)).toEqual(['Did legal review the purpose?', 'Governance', 'Not started', 'Sam Ortiz', `${formatIsoDate('2026-03-01')}OVERDUE`]);
    expect(cells(rows[2]!)).toEqual(['Is the escalation path written down?', 'Governance', 'Not started', 'Lee Park', formatIsoDate('2026-04-01')]);
    expect(cells(rows[3]!)).toEqual(['Was a penetration test run?', 'Security', 'Not started', 'No owner', 'No date']);
  });

  it('gives the area bar chart a text alternative holding each area’s percentage', async () => {
    await openReadiness();
    const chart = screen.getByRole('figure', { name: 'Progress per area' });
    const table = within(chart).getByRole('table', { name: 'Progress per area: share of applicable items done, weighted' });
    const row = (area: string) => within(table).getByRole('row', { name: new RegExp(`^${area} `) });
    expect(within(row('Governance')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['40%', '2 of 4']);
    expect(within(row('Testing')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['50%', '1 of 2']);
    expect(within(row('Security')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['25%', '1 of 2']);
  });

  it('says “Ready” once the last blocker is done, and the score follows', async () => {
    const { store } = await openReadiness();
    store.getState().editPlan((plan) => ({
      ...plan,
      checklist: {
        ...plan.checklist,
        items: plan.checklist.items.map((i) => (i.requiredFor.includes('medium') && i.status !== 'not_applicable' ? { ...i, status: 'done' } : i)),
      },
    }));
    const overview = await screen.findByRole('region', { name: 'Overall readiness' });
    expect(await within(overview).findByText('Ready')).toBeTruthy();
    // Every required item done, and both recommended ones already were: 20 of 20.
    expect(within(overview).getByText('100%')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No blockers' })).toBeTruthy();
  });
});
