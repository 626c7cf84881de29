/**
 * Found files of round 8 (test/fixtures/found/README.md): a cloud bill in FOCUS, the FinOps export format AWS, Google
 * Cloud, Azure and Oracle write, and a Clockify time report. Run the wizard's way (found-harness.ts); the counts were made with Python's csv module.
 */
import { describe, expect, it } from 'vitest';
import { createImporter } from '../../../../shared/csv/importer';
import { firstLook, foundFile, importFound } from './found-harness';

describe('a FOCUS 1.0 cost and usage export (anonymised real AWS data): billing period, charge period, four costs', () => {
  const file = 'focus-1.0-cloud-bill-head100.csv';

  it('dates each line item by its charge period, not by the bill’s month, and reads its billed cost, not a unit price', () => {
    // Before: "BillingPeriodStart" was the date (all 100 rows on Sep 1, 2024, the month of the bill), "ContractedUnitPrice"
    // the cost (0 on 99 of the 100 rows), "BillingPeriodEnd" the end of each period and "SubAccountId" (an AWS account) the user.
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.mapping.fields).toMatchObject({ date: 'ChargePeriodStart', periodEnd: 'ChargePeriodEnd', cost: 'BilledCost', userId: null });
    expect(preview.kindSuggestion.kind).toBe('operations');
  });

  it('imports the 100 line items over September 2024 with their billed cost, $1.059804 in all', () => {
    const { confirmed, summary } = importFound(file, { kind: 'operations', settings: { costUnit: 'units' } });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([100, 100, 0]);
    expect(summary.dateRange).toEqual({ first: '2024-09-01', last: '2024-09-30' });
    // Hourly and daily charges: none covers more than a week.
    expect(summary.warnings.map((w) => w.code)).not.toContain('cost_spans_weeks');
    let cost = 0;
    const bytes = foundFile(file);
    const importer = createImporter(
      { kind: 'operations', settings: confirmed.settings, mapping: confirmed.mapping, today: '2026-12-31', totalBytes: bytes.length },
      { onRow: (row) => (cost += row.cost ?? 0) },
    );
    importer.push(bytes);
    expect(importer.end().ok).toBe(true);
    expect(cost).toBeCloseTo(1.059804, 6);
  });
});

describe('a Clockify shared report (CSV): Date, Project, Client, Description, "Time (h)" 00:38:20, "Time (decimal)" 0.6389', () => {
  const file = 'clockify-shared-report-time-h-decimal.csv';

  it('is not suggested as an incident register: a description and a date are no incident without a severity', () => {
    // Before: "Suggested Incidents: “Description” looks like what happened" for 99 time entries.
    const { kindSuggestion } = firstLook(file);
    expect(kindSuggestion.kind).toBeNull();
    expect(kindSuggestion.reason).toBe(
      'This may be Incidents: “Date” and “Description” fit, but no column gives severity, and 4 of the file\'s 6 columns would not be used.',
    );
  });

  it('as operations, neither duration is proposed as a latency (a task’s time is not an answer’s)', () => {
    const { mapping } = firstLook(file, { kind: 'operations' });
    expect([mapping.fields['latency'], mapping.fields['requests']]).toEqual([null, null]);
  });
});

