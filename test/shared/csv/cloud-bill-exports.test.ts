/**
 * Exports probed in round 6 (test/fixtures/exports/README.md, fifth table): cloud bills (Google Cloud's cost table, AWS
 * Cost Explorer) and Azure DevOps test results. Each fixture is shaped from the tool's documentation or from a public
 * repository that reads the real file (named beside each case), run the wizard's way (first look, the user's answers,
 * import, metrics), and every figure is checked against values worked out by hand. Each case names what the app did before.
 */
import { describe, expect, it } from 'vitest';
import { detectCsv } from '../../../shared/csv/detect';
import { previewCsv, type CsvPreview } from '../../../shared/csv/preview';
import { exportFixture, exportStages, importExport } from './export-harness';
import { utf8 } from './helpers';

function firstLook(name: string, options: Parameters<typeof previewCsv>[1] = {}): CsvPreview {
  const bytes = exportFixture(name);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * Google Cloud console, Billing › Reports › "Cost table" › Download CSV: an invoice block of "label,value," lines above the
 * table, 18 columns, a quoted "6,282.708" usage amount, and "Rounding error" and "Total" rows under it whose first filled
 * cell is in the "Cost type" column. Shape: the importer tests of a FinOps tool written against a real export
 * (tests/…/test_gcp_csv.py in the repository found by the header "Unrounded Cost ($),Cost ($)"), and Google's billing
 * export columns (cloud.google.com/billing/docs/how-to/export-data-bigquery-tables/standard-usage).
 */
describe('Google Cloud cost table (invoice details above the table, Rounding error and Total rows below)', () => {
  const file = 'gcp-cost-table.csv';

  it('the 8 invoice lines are skipped and the table’s own header is read', () => {
    // Before: the invoice block was the table: no header, 3 columns "Column 1…3", and the real header and rows ragged.
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.settings.skipTop).toBe(8);
    expect(preview.headers.slice(0, 2)).toEqual(['Billing account name', 'Billing account ID']);
    expect(preview.headers).toHaveLength(18);
  });

  it('the billing account is not the user, nor the unit of measure ("count", "hour") the group', () => {
    // Before: "Billing account name" was the user ("every row has the same user") and "Usage unit" the group, so the two
    // "count" rows were taken for subtotals of the others.
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.mapping.fields).toMatchObject({ date: 'Usage start date', cost: 'Cost ($)', userId: null });
    expect(preview.mapping.fields['group']).not.toBe('Usage unit');
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['cost_without_requests']);
  });

  it('imports the 3 line items: cost 1000.01 + 500.50 + 12.21 = 1512.72; "Rounding error" and "Total" skipped on lines 13 and 14', () => {
    const { summary, metrics } = importExport(file, { kind: 'operations' });
    expect([summary.accepted, summary.rejected]).toEqual([3, 0]);
    const skipped = summary.warnings.find((w) => w.code === 'summary_row_skipped');
    expect(skipped?.examples.map((e) => e.line)).toEqual([13, 14]);
    expect(metrics.stages[0]!.total.operations!.cost).toBeCloseTo(1512.72, 6);
  });
});

/**
 * AWS Cost Explorer "Download as CSV": every cell quoted, one column per service named "…($)", "Total costs($)" last, the
 * dates under "Service", and a "Service total" row first under the header. Shape: the example input in a cost loader's
 * source ("#\"Service\",\"EC2-Instances($)\",…,\"Total costs($)\" / #\"Service total\",… / #\"2022-03-01\",…", found by
 * the header "Total costs($)"), and an e2e fixture of another tool with "Service total,3300,330,3630".
 */
describe('AWS Cost Explorer daily costs ("Service total" first, dates under "Service")', () => {
  const file = 'aws-cost-explorer-daily.csv';

  it('"Service" is the date, never the group; the "Service total" row is skipped as a total', () => {
    // Before: "Service" was proposed as the group (its "Service total" cell kept it from reading as dates) and no date
    // column was found; chosen by hand, line 2 was rejected: "“Service total” is not a valid date".
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.mapping.fields).toMatchObject({ date: 'Service', cost: 'Total costs($)', group: null });
    expect(preview.rows[0]!.skipped).toBe('a total or summary row');
    expect(preview.mappingEvidence.find((e) => e.field === 'date')?.reason).toBe('“Service” holds dates (2026-03-02, 2026-03-03 …)');
  });

  it('3 days imported, 444.6483 in all; the total row is skipped with its line, not rejected', () => {
    const { summary, metrics } = importExport(file, { kind: 'operations' });
    expect([summary.accepted, summary.rejected]).toEqual([3, 0]);
    expect(summary.warnings.find((w) => w.code === 'summary_row_skipped')?.examples.map((e) => e.message)).toEqual([
      'Line 2 is a total or summary row (“Service total”)',
    ]);
    // 142.6505 + 140.1007 + 161.8971, the file's own "Service total" of "Total costs($)".
    expect(metrics.stages[0]!.total.operations!.cost).toBeCloseTo(444.6483, 6);
  });
});

/**
 * Azure DevOps Test Plans results with the outcomes of its TestOutcome enumeration (Passed, Failed, Blocked,
 * NotApplicable, Paused, Inconclusive, NotExecuted, InProgress…: learn.microsoft.com/javascript/api/azure-devops-extension-api/testoutcome),
 * written as the web UI shows them ("Not Applicable").
 */
describe('Azure DevOps test results (Outcome Passed / Failed / Blocked / Not Applicable / Paused / Inconclusive)', () => {
  const file = 'azure-devops-test-results.csv';

  it('is suggested as Test results with "Outcome" as the correct yes/no', () => {
    // Before: the kind was asked, "Outcome" not proposed (the best guess was a human review log).
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('test_results');
    expect(preview.mapping.fields).toMatchObject({ caseId: 'Test Case Id', correct: 'Outcome' });
  });

  it('accuracy 2 of 4: the four cases with no verdict are left out, none rejected', () => {
    // Before: "Not Applicable", "Paused" and "Inconclusive" were rejected ("Correct “Paused” is not yes or no").
    const { summary, metrics } = importExport(file, { kind: 'test_results', fields: { correct: 'Outcome' } });
    expect([summary.accepted, summary.rejected]).toEqual([8, 0]);
    // Passed: 4101, 4105. Failed: 4102, 4108. No verdict: 4103 Blocked, 4104 Not Applicable, 4106 Paused, 4107 Inconclusive.
    const accuracy = metrics.tests!.overall.accuracy;
    expect([accuracy.successes, accuracy.trials]).toEqual([2, 4]);
  });
});

describe('lines above the table: a title, or details one label and value a line', () => {
  const table = 'user_id,date,uses\nu1,2025-01-14,3\nu2,2025-01-15,4\n';
  it.each<[string, string, number, readonly string[] | null]>([
    ['an invoice block with trailing commas', `Invoice number,1234567890,\nCurrency,USD,\nTotal amount due,$5.72,\n${table}`, 3, ['user_id', 'date', 'uses']],
    ['a report title, then its period', `Usage report,,\nPeriod,March 2026,\n${table}`, 2, ['user_id', 'date', 'uses']],
    ['a headerless two-column file stays data', 'alice,2025-01-14\nbob,2025-01-15\ncarl,2025-01-16\n', 0, ['Column 1', 'Column 2']],
    ['a two-column table with a header stays as it is', 'user,date\nalice,2025-01-14\nbob,2025-01-15\n', 0, ['user', 'date']],
    ['a label and value above rows that read as no header are not skipped', 'Total,12,\nu1,2025-01-14,3\nu2,2025-01-15,4\n', 0, null],
  ])('%s', (_, text, skipTop, headers) => {
    const detected = detectCsv(utf8(text), { complete: true });
    if (!detected.ok) throw new Error(detected.error.message);
    expect(detected.value.skipTop ?? 0).toBe(skipTop);
    if (headers) expect(detected.value.headers).toEqual(headers);
  });
});

/**
 * Azure Cost Management query (Cost analysis, daily, grouped by service) written to CSV: the cost column first, then
 * `UsageDate` as a number without separators (20260302), the grouping, then `Currency`. Shape: the Az.CostManagement
 * documentation's example result, "{UsageDate, Currency} {20201101 USD, 20201102 USD…}"
 * (learn.microsoft.com/powershell/module/az.costmanagement/invoke-azcostmanagementquery).
 */
describe('Azure Cost Management daily costs (UsageDate 20260302, the currency apart)', () => {
  const file = 'azure-cost-query-daily.csv';

  it('"UsageDate" holds dates written without separators, read year first without asking', () => {
    // Before: every row rejected, "“20260302” is not a valid date (expected yyyy-mm-dd)", and the kind explained with
    // "the values of “UsageDate” (20260302 …) do not read as a date".
    const preview = firstLook(file, { kind: 'operations', settings: { costUnit: 'units' } });
    expect(preview.settings.dateFormat).toBe('ymd_compact');
    expect(preview.mappingEvidence.find((e) => e.field === 'date')?.strength).toBe('strong');
    expect(preview.rows.map((r) => (r.row as { date?: string } | null)?.date)).toEqual(['2026-03-02', '2026-03-02', '2026-03-03', '2026-03-03', '2026-03-04', '2026-03-04']);
  });

  it('answered "whole USD", the import runs with that answer: 6 rows, 41.2207 + 0.8812 + … = 135.6388', () => {
    // Before: the answer "whole units" was not written into the settings the import is given, so the import asked
    // again and failed ("Are the amounts in whole USD or in cents?") after the user had answered.
    const { summary, metrics } = importExport(file, { kind: 'operations', settings: { costUnit: 'units' } });
    expect([summary.accepted, summary.rejected]).toEqual([6, 0]);
    expect(metrics.stages[0]!.total.operations!.cost).toBeCloseTo(135.6388, 6);
  });

  it.each<[string, string, string | null]>([
    ['a date without separators', '20260302', '2026-03-02'],
    ['not a real day', '20260230', null],
    ['before 2000: more likely an id', '19991231', null],
    ['seven digits', '2026030', null],
  ])('%s: %s', async (_, text, iso) => {
    const { parseDate } = await import('../../../shared/csv/values');
    expect(parseDate(text, 'ymd_compact')).toBe(iso);
  });
});

describe('a date without separators among dates read otherwise', () => {
  it('is rejected with what it looks like and the format to choose', async () => {
    const { dateMessage } = await import('../../../shared/csv/row-common');
    expect(dateMessage('20260302', 'dmy')).toBe(
      '“20260302” looks like a date without separators (2026-03-02), but the dates are read as dd/mm/yyyy (day first): choose “yyyymmdd (no separators)” as the date format if the column holds such dates',
    );
    expect(dateMessage('20261302', 'iso')).toBe('“20261302” is not a valid date (expected yyyy-mm-dd)');
  });
});

/**
 * Intercom's CSAT report export (csat.csv): "Conversation ID", "Updated at (America/New_York)" as "2026-03-02 09:14:05",
 * "Conversation rating remark", "Conversation rating" 1–5, "User name", "Company name", "Agent rated type" (Fin AI Agent
 * or Teammate), "Last survey sent". Shape: the column list and timestamp pattern of a validator for Intercom's CSAT
 * exports in a public repository (found by the header "Conversation rating remark").
 */
describe('Intercom CSAT report (ratings of Fin AI Agent and of teammates in one file)', () => {
  const file = 'intercom-csat-report.csv';

  it('is suggested as Satisfaction, and the mix of the AI’s and people’s ratings is named before importing, with each mean', () => {
    // Before: imported without a word, satisfaction 3.83 over 6 ratings, 2 of them of people (mean 4.5).
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('satisfaction');
    expect(preview.plausibility.warnings).toEqual([
      {
        code: 'ratings_of_ai_and_people',
        message:
          '“Agent rated type” says who was rated in the file: “Fin AI Agent” (4 ratings, mean 3.5), “Teammate” (2 ratings, mean 4.5). ' +
          'Imported as one, satisfaction would mix ratings of people with those of the AI (mean 3.83 over 6 ratings). ' +
          "Keep only the AI's rows in the file, or choose “Agent rated type” as the group to see each apart.",
      },
    ]);
  });

  it('only the AI’s ratings left: no warning', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/exports', file), 'utf8');
    const aiOnly = text.split('\n').filter((l) => !l.includes(',Teammate,')).join('\n');
    const bytes = utf8(aiOnly);
    const result = previewCsv(bytes, { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.plausibility.warnings).toEqual([]);
  });
});
