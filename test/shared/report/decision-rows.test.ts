import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/format/format';
import { evidenceText, snapshotResultRow } from '../../../shared/report/decision-rows';
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

// Before: the frozen interval rounded each end to a whole percent, so 99.6% read "100%" and 0.4% read "0%".
describe('a decision’s frozen result on paper', () => {
  it.each([
    [{ low: 12.2, high: 77.3 }, '95% interval 12–77%'],
    [{ low: 94.2, high: 99.6 }, '95% interval 94–99.6%'],
    [{ low: 0.4, high: 12 }, '95% interval 0.4–12%'],
    [{ low: 57, high: 100 }, '95% interval 57–100%'],
  ])('writes the interval %j as %s', (interval, text) => {
    const row = snapshotResultRow({ kind: 'criterion', metric: 'Adoption rate', label: 'Adoption rate at least 50%', required: true, status: 'pass', value: 80, unit: '%', sample: 20, interval, reason: 'Adoption rate is 16 of 20 users (80%).' });
    expect(row.reason).toContain(`, ${text}]`);
  });
});
