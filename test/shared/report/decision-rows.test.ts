import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/format/format';
import { evidenceText } from '../../../shared/report/decision-rows';
import { pilotPlan, snapshotOf } from '../decisions/fixtures';

// Before: "critical, opened 2026-09-20 10:00": the only date of a decision's evidence written year-month-day.
describe('a decision’s evidence on paper', () => {
  it('writes when an incident was opened as the register does', () => {
    const snapshot = snapshotOf(pilotPlan());
    const incidents = [{ severity: 'critical', openedAt: '2026-09-20T10:00', acknowledgedAt: null, resolvedAt: null, rollback: true, description: 'Drafts failed' }];
    const facts = evidenceText({ ...snapshot, incidents }).facts;
    const text = facts.find((f) => f.label === 'Incidents then')?.value;
    expect(text).toBe(`1: critical, opened ${formatTimestamp('2026-09-20T10:00')}, open, rollback: Drafts failed`);
    expect(text).toMatch(/opened Sep 20, 2026/);
  });
});
