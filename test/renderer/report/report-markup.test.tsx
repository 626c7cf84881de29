// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model/schema';
import { entry as decisionFor, snapshotOf } from '../../shared/decisions/fixtures';
import { makePlan, renderApp } from '../render-app';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

describe('summary report with markup in what users wrote', () => {
  it('prints a decision rationale and checklist evidence written as tags as those characters, appendix included', async () => {
    const base = makePlan({}, 'team-workflow-pilot');
    const [first, ...rest] = base.checklist.items;
    if (!first) throw new Error('the template has checklist items');
    const plan = {
      ...base,
      checklist: { ...base.checklist, items: [{ ...first, status: 'done' as const, evidence: IMG, notes: SCRIPT }, ...rest] },
    };
    const decision = decisionFor(plan, {
      stageId: plan.stages[0]!.id,
      rationale: `${SCRIPT} ${IMG}`,
      approvedBy: IMG,
      evidence: snapshotOf(plan, null),
    });
    const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    app.api.storedDecisions.set(plan.id, [decision]);
    await app.user.click(await screen.findByRole('tab', { name: 'Summary report' }));
    const sheet = await screen.findByRole('article', { name: 'Stakeholder summary' });
    await app.user.click(screen.getByRole('checkbox', { name: 'Include audit appendix' }));

    const latest = within(sheet).getByRole('region', { name: 'Latest decisions' });
    expect(await within(latest).findByText(`${SCRIPT} ${IMG}`)).toBeTruthy();
    expect(within(latest).getByText(`/ ${IMG}`)).toBeTruthy();

    const checklist = within(sheet).getByRole('region', { name: 'A. Readiness checklist' });
    expect(within(checklist).getByText(`Evidence: ${IMG}`)).toBeTruthy();
    expect(within(checklist).getByText(`Notes: ${SCRIPT}`)).toBeTruthy();

    const log = within(sheet).getByRole('region', { name: 'B. Decision log, with the evidence of each moment' });
    expect(within(log).getByText(`${SCRIPT} ${IMG}`)).toBeTruthy();
    expect(within(log).getByText(new RegExp(`approved by ${IMG.replace(/[()]/g, '\\$&')}`))).toBeTruthy();
    // The recommendation beside each entry is the one of its moment, which today's may differ from.
    expect(within(log).getByText(/^Recommended then: /)).toBeTruthy();

    expect(app.container.querySelector('img, script')).toBeNull();
  });
});
