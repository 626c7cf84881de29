// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advance, chainEntry, type ChainAnchor } from '../../../shared/decisions/chain';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { defaultSettings } from '../../../shared/model/schema';
import { makeDecision } from '../../shared/decision-fixture';
import { makePlan, renderApp } from '../render-app';

function chained(planId: string, n: number): DecisionEntry[] {
  let anchor: ChainAnchor = { length: 0, head: null };
  return Array.from({ length: n }, (_, i) => {
    const entry = chainEntry(makeDecision(planId, { rationale: `Note ${i + 1}` }), anchor);
    anchor = advance(anchor, entry);
    return entry;
  });
}

describe('the decision log’s chain on screen', () => {
  it('says the log is intact, with its length and fingerprint', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const app = renderApp({ plans: [plan], settings: defaultSettings });
    // Recorded by the app, so with the anchor it keeps beside the log.
    for (const n of [1, 2, 3]) expect((await app.api.appendDecision(makeDecision(plan.id, { rationale: `Note ${n}` }))).ok).toBe(true);
    await app.user.click(await screen.findByRole('tab', { name: 'Decisions' }));
    const log = await screen.findByRole('region', { name: 'Decision log' });
    expect(await within(log).findByText(/The decision log is intact: 3 entries\./)).toBeTruthy();
  });

  it('names an edited entry on the dashboard and in the Decisions tab', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const app = renderApp({ plans: [plan], settings: defaultSettings });
    const entries = chained(plan.id, 3).map((e, i) => (i === 1 ? { ...e, rationale: 'Rewritten afterwards' } : e));
    app.api.storedDecisions.set(plan.id, entries);
    const heading = await screen.findByText('The decision log was changed outside the app.');
    const alert = heading.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the break is not announced as an alert');
    expect(within(alert).getByText('Entry 2 was edited after it was recorded.')).toBeTruthy();
    await app.user.click(screen.getByRole('tab', { name: 'Decisions' }));
    const log = await screen.findByRole('region', { name: 'Decision log' });
    expect(within(log).getByText('Entry 2 was edited after it was recorded.')).toBeTruthy();
  });
});
