/**
 * Readings the import made without a word, each one a confident wrong number: a share column written three ways, JMeter's
 * time to first byte taken for the response time, a workspace role taken for a team, a cloud bill's unit of measure taken
 * for a group and its monthly line items taken for one week's spending.
 */
import { describe, expect, it } from 'vitest';
import { firstLook, importFound } from './found/found-harness';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const quality = (shares: readonly string[]): string =>
  ['output_id,user_id,date,editing share', ...shares.map((s, i) => `o${i + 1},u${i + 1},2026-03-0${(i % 5) + 2},${s}`)].join('\n');

describe('an editing-share column written in more than one form', () => {
  it('"12%", "0.12" and "8" in one column: asked, never read one row as 12% and the next as 0.12%', () => {
    // Before: read as percentages without a word: 12%, 0.12%, 8%, 0.3% (the fractions counted as barely edited).
    const p = previewText(quality(['12%', '0.12', '8', '0.3']), 'quality');
    expect(p.settings.percentScale).toBeNull();
    expect(p.ready).toBe(false);
    const question = p.questions.find((q) => q.setting === 'percentScale');
    expect(question?.message).toBe(
      '"editing share" writes its shares in more than one form: with a % sign (12%), as a fraction (0.12), as a bare number (8). ' +
        'The app cannot tell whether 0.12 means 0.12% or 12% (a fraction of 1), nor whether 8 means 8% or 800% (read as a fraction, then refused). ' +
        'Are the numbers without a % sign percentages (0–100) or fractions (0–1)? Rows written the other way will read wrong: check the file first.',
    );
  });

  it.each<[string, readonly string[], readonly (number | string)[]]>([
    ['percentages', ['12%', '0.12', '8', '0.3'], [12, 0.12, 8, 0.3]],
    // 8 as a fraction is 800%: refused with the reason, never counted.
    ['fractions', ['12%', '0.12', '8', '0.3'], [12, 12, 'rejected', 30]],
  ])('answered %s, each row is read that way and the impossible ones refused', (answer, shares, expected) => {
    const csv = quality(shares);
    const p = previewText(csv, 'quality', { settings: { percentScale: answer === 'fractions' ? 'fraction' : 'percent' } });
    expect(p.ready).toBe(true);
    const { rows, rejected } = importBytes(utf8(`${csv}\n`), { kind: 'quality', settings: p.settings, mapping: p.mapping });
    const read = new Map<number, number | string>(rows.map((r) => [r.line, Math.round(r.editingShare! * 100) / 100]));
    for (const r of rejected) read.set(r.line, 'rejected');
    expect([2, 3, 4, 5].map((line) => read.get(line))).toEqual(expected);
  });

  it.each<[string, readonly string[], boolean]>([
    ['fractions and one bare 8 (0.12, 0.3, 0.25, 8)', ['0.12', '0.3', '0.25', '8'], true],
    ['a % sign beside fractions (12%, 0.12, 0.3)', ['12%', '0.12', '0.3'], true],
    // Consistent columns are read as before, without a question.
    ['signs and bare whole numbers (12%, 8, 30)', ['12%', '8', '30'], false],
    ['percentages with decimals and half a percent (12.5, 7.25, 40, 0.5)', ['12.5', '7.25', '40', '0.5'], false],
    ['mostly percentages, one below 1 (25, 40, 60, 0.5)', ['25', '40', '60', '0.5'], false],
  ])('%s: asked %s', (_case, shares, asked) => {
    const p = previewText(quality(shares), 'quality');
    expect(p.questions.some((q) => q.setting === 'percentScale' && q.message.includes('more than one form'))).toBe(asked);
    if (!asked) expect(p.settings.percentScale).toBe('percent');
  });

  it('a weekly-figures file mixing "4%" and "0.04" for its shares is asked the same way', () => {
    const csv = ['week,stage,metric,value', '1,Pilot,error_rate,4%', '2,Pilot,error_rate,0.04'].join('\n');
    const p = previewText(csv, 'weekly_figures');
    expect(p.questions.find((q) => q.setting === 'percentScale')?.message).toMatch(/^"value" writes its shares in more than one form: with a % sign \(4%\), as a fraction \(0\.04\)/);
  });
});

describe('a JMeter results file: "elapsed" (the whole response) beside "Latency" (to the first byte)', () => {
  const file = 'jmeter-results-guru99.jtl';

  it('proposes "elapsed" as the latency and says why, and why "Latency" is left out', () => {
    // Before: "Latency" was proposed: the time to the first byte, every request read faster than it was (the home page
    // 1179 ms where it took 1181, a login 0 ms where it took 961).
    for (const kind of ['operations', 'test_results'] as const) {
      const preview = firstLook(file, { kind });
      expect(preview.mapping.fields['latency']).toBe('elapsed');
      // As test results "elapsed" was already headed like a latency (its reason says so); as operations the swap says why.
      if (kind === 'operations') {
        expect(preview.mappingEvidence.find((e) => e.field === 'latency')?.reason).toBe('“elapsed” is each request’s whole response time; “Latency” (JMeter) is only the time to its first byte');
      }
      expect(preview.unusedColumns.find((c) => c.header === 'Latency')?.reason).toMatch(/^the time to the first byte of each answer \(JMeter\)/);
    }
  });

  it('a "Latency" column without an "elapsed" beside it is still the latency', () => {
    const p = previewText('timestamp,requests,Latency\n2026-03-02,10,1.2\n2026-03-03,12,1.4', 'operations');
    expect(p.mapping.fields['latency']).toBe('Latency');
  });

  it('imports the 19 requests with their whole response times', () => {
    const { confirmed, summary } = importFound(file, { kind: 'operations', settings: { latencyUnit: 'milliseconds' } });
    expect(confirmed.mapping.fields['latency']).toBe('elapsed');
    expect([summary.accepted, summary.rejected]).toEqual([19, 0]);
  });
});

describe('ChatGPT Enterprise\'s user engagement export: "role" and "user_role" are rights in the workspace', () => {
  const header = 'cadence,period_start,period_end,account_id,public_id,name,email,role,user_role,department,user_status,created_or_invited_date,is_active,messages';
  const row = (email: string, role: string, userRole: string, department: string, active: number, messages: number): string =>
    `weekly,2026-03-02,2026-03-08,acc-1,pub-${email.slice(0, 3)},${email.slice(0, 3)},${email},${role},${userRole},${department},enabled,2026-02-01,${active},${messages}`;

  it('neither is proposed as the group: admins and members are no teams', () => {
    // Before: "role" (then "user_role") was proposed as the group: "adoption in every group" compared admins with members.
    const csv = [header, row('ana@x.com', 'standard-user', 'admin', '', 1, 12), row('ben@x.com', 'standard-user', 'member', '', 0, 0), row('cy@x.com', 'account-owner', 'owner', '', 1, 3)].join('\n');
    const p = previewText(csv, 'usage');
    expect(p.mapping.fields['group']).toBeNull();
    expect(p.unusedColumns.find((c) => c.header === 'user_role')?.reason).toBe('a person’s rights in the tool (“admin”, “member”, “owner”), not a team or a kind of user: not proposed as the group');
  });

  it('the department is the group when it is filled', () => {
    const csv = [header, row('ana@x.com', 'standard-user', 'admin', 'Claims', 1, 12), row('ben@x.com', 'standard-user', 'member', 'Sales', 0, 0)].join('\n');
    expect(previewText(csv, 'usage').mapping.fields['group']).toBe('department');
  });

  it('a role that is a job ("Nurse", "Doctor") stays a group', () => {
    const csv = 'user_id,date,role\nu1,2026-03-02,Nurse\nu2,2026-03-02,Doctor\n';
    expect(previewText(csv, 'usage').mapping.fields['group']).toBe('role');
  });
});

describe('a Google Cloud billing export (BigQuery standard usage cost: usage_start_time, usage_end_time, usage.unit)', () => {
  const csv = [
    'billing_account_id,service.description,sku.description,usage_start_time,usage_end_time,project.id,cost,currency,usage.amount,usage.unit',
    'A1,Vertex AI,Gemini input tokens,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,pilot,12.5,USD,1000,count',
    'A1,Vertex AI,Gemini output tokens,2026-03-02T23:00:00Z,2026-03-03T00:00:00Z,pilot,4.25,USD,100,count',
    'A1,Support,Enhanced support,2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,pilot,500,USD,1,month',
    'A1,Cloud Storage,Standard storage,2026-03-01T00:00:00Z,2026-03-16T00:00:00Z,pilot,0,USD,3,gibibyte month',
  ].join('\n');

  it('"usage.unit" (count, month) is not the group', () => {
    // Before: "usage.unit" was proposed as the group (the "." kept it from reading as "usage unit").
    expect(previewText(csv, 'operations').mapping.fields['group']).not.toBe('usage.unit');
  });

  it('the monthly line item is counted in its first week with a warning that counts it; an hour past midnight is not', () => {
    // Before: the $500 of March's support was counted in the week of March 1 as if spent there, without a word.
    const p = previewText(csv, 'operations', { settings: { costUnit: 'units' } });
    expect(p.mapping.fields['periodEnd']).toBe('usage_end_time');
    const { result } = importBytes(utf8(`${csv}\n`), { kind: 'operations', settings: p.settings, mapping: p.mapping, today: '2026-12-31' });
    const summary = summaryOf(result);
    expect(summary.accepted).toBe(4);
    const spans = summary.warnings.find((w) => w.code === 'cost_spans_weeks');
    expect(spans?.count).toBe(1);
    expect(spans?.title).toBe('Cost covers more than a week: counted in the week it starts');
    expect(spans?.examples.map((e) => [e.line, e.message])).toEqual([[4, 'The cost of this row covers 31 days (Mar 1, 2026 to Apr 1, 2026): all of it is counted in the week of Mar 1, 2026']]);
  });

  it('an end of period mapped does not make a file look like operations', () => {
    expect(previewText('name,end date,rating\nAna,2026-03-02,4\nBen,2026-03-03,5', 'operations').kindSuggestion.kind).not.toBe('operations');
  });
});

describe('a cloud bill\'s unit prices and billing month are never a cost and a date', () => {
  it.each<[string, string, Record<string, string | null>]>([
    // AWS Cost and Usage Report: the rate per unit beside the cost; the bill's month beside the usage hour.
    [
      'AWS CUR',
      'bill/BillingPeriodStartDate,lineItem/UsageStartDate,lineItem/UsageEndDate,lineItem/UnblendedRate,lineItem/UnblendedCost\n2026-03-01T00:00:00Z,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,0.096,0.192\n2026-03-01T00:00:00Z,2026-03-03T10:00:00Z,2026-03-03T11:00:00Z,0.096,0.096',
      { date: 'lineItem/UsageStartDate', periodEnd: 'lineItem/UsageEndDate', cost: 'lineItem/UnblendedCost' },
    ],
    ['a rate alone', 'date,requests,hourly_rate_usd\n2026-03-02,10,0.05\n2026-03-03,12,0.05', { cost: null }],
  ])('%s', (_case, csv, fields) => {
    expect(previewText(csv, 'operations').mapping.fields).toMatchObject(fields);
  });
});

