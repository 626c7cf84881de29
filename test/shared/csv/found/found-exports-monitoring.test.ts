/**
 * Found files of round 6 (test/fixtures/found/README.md): Grafana panel downloads, a CloudWatch Logs Insights export,
 * a ServiceNow incident list and DeepEval results. Run the wizard's way (found-harness.ts); the counts were made with
 * Python's csv module.
 */
import { describe, expect, it } from 'vitest';
import { firstLook, importFound, importedRows, registerFrom } from './found-harness';

describe('a ServiceNow incident list whose "short_description" is "null" on every row', () => {
  const file = 'servicenow-incident-list-null.csv';

  it('is suggested as incidents, and "what happened" is asked: "null" is no description', () => {
    // Before: "short_description" was proposed and 97 incidents entered the register as having happened as "null".
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('incidents');
    expect(preview.mapping.fields).toMatchObject({ incidentId: 'number', severity: 'priority', date: 'opened_at', description: null });
    expect(preview.mappingProblems).toEqual(['Choose the column for: What happened.']);
    expect(preview.unusedColumns.find((c) => c.header === 'short_description')?.reason).toBe('no value in any row (“null”, the tool\'s word for none)');
  });

  it('with "category" as what happened: 97 incidents (1 high, 34 medium, 62 low), "3/17/2025 6:04" read month first', () => {
    const answers = { kind: 'incidents', fields: { description: 'category' } } as const;
    const { confirmed, summary } = importFound(file, answers);
    expect(confirmed.settings.dateFormat).toBe('mdy');
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([97, 97, 0]);
    expect(summary.dateRange).toEqual({ first: '2025-03-17', last: '2025-03-24' });
    const { incidents } = registerFrom(file, answers);
    const count = (severity: string) => incidents.filter((i) => i.severity === severity).length;
    expect([incidents.length, count('critical'), count('high'), count('medium'), count('low')]).toEqual([97, 0, 1, 34, 62]);
  });

  it('"sys_updated_on" (the last update) is never taken for the resolved time', () => {
    expect(firstLook(file, { kind: 'incidents' }).mapping.fields['resolved']).toBeNull();
  });
});

describe('a Grafana panel downloaded "for Excel": sep=; line, the names again in a second header row, "null" for no value', () => {
  const file = 'grafana-excel-sep-null-head300.csv';
  const answers = { kind: 'operations', fields: { latency: 'C.Kitchen_temp', cost: 'C.Gas_boiler_supply' }, settings: { latencyUnit: 'seconds' } } as const;

  it('the second header row is skipped, not read as data', () => {
    const preview = firstLook(file);
    expect([preview.detection.delimiter, preview.settings.extraHeaderRows, preview.sampledRows]).toEqual([';', 1, 298]);
  });

  it('a "null" latency leaves the row in, with its cost: 298 of 298 rows accepted', () => {
    // Before: 177 rows rejected ("Latency “null” is not a number"), their costs lost with them.
    const { summary } = importFound(file, answers);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([298, 298, 0]);
    const rows = importedRows(file, answers);
    expect(rows.filter((r) => r['latencySeconds'] === null).length).toBe(177);
    expect(rows.filter((r) => r['cost'] === null).length).toBe(8);
  });
});

describe('a Grafana table in Chinese whose durations group thousands with a comma ("1,026") in a ";" file', () => {
  const file = 'grafana-robot-faults-zh.csv';
  const answers = { kind: 'operations', fields: { latency: '故障持续时间(s)' } } as const;

  it('the comma is read as grouping: 1,026 seconds is 1026 s, not 1.026 s', () => {
    // Before: a ";" file with "1,026" was taken to write decimal commas, and 5 of 44 fault durations read 1000 times too short.
    expect(firstLook(file).settings.decimalComma).toBe(false);
    const rows = importedRows(file, answers);
    expect(rows.find((r) => r['line'] === 6)?.['latencySeconds']).toBe(1026);
    expect(rows.find((r) => r['line'] === 40)?.['latencySeconds']).toBe(50069);
    // Summed with Python, commas removed: 72,945 seconds over the 44 faults.
    expect(rows.reduce((sum, r) => sum + (r['latencySeconds'] as number), 0)).toBe(72945);
  });

  it('the kind is asked (the headers are in a language the app does not read); "(s)" settles the unit', () => {
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const { confirmed } = importFound(file, answers);
    expect([confirmed.questions, confirmed.mapping.latencyUnit]).toEqual([[], 'seconds']);
  });
});

describe('a Grafana panel of half-hourly means, one column per series ("Time;1024;128;2048;256;512")', () => {
  const file = 'grafana-cloud-functions-latency-by-memory.csv';

  it('the kind is asked, and no series is taken for a measure by itself', () => {
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'operations' }).mappingProblems).toEqual([
      'Choose the column for: Something measured: requests, errors, latency, cost, escalations or thumbs up/down.',
    ]);
  });

  it('with a series as the latency: the unit is asked, then each row counting as one request is warned about', () => {
    const { confirmed: asked } = importFound(file, { kind: 'operations', fields: { latency: '1024' } });
    expect(asked.questions.map((q) => q.setting)).toEqual(['latencyUnit']);
    // Before: no warning; 1,358 half-hours would have read as 1,358 requests with a 95th percentile taken from means.
    const { confirmed, summary } = importFound(file, { kind: 'operations', fields: { latency: '1024' }, settings: { latencyUnit: 'seconds' } });
    expect(confirmed.plausibility.warnings.find((w) => w.code === 'aggregates_without_requests')?.message).toMatch(/a row every 30 minutes/);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([1358, 1358, 0]);
  });

  it('a request log of the same tool (times where the runs came, "10:15:01.779825Z") is not warned about', () => {
    const { confirmed, summary } = importFound('grafana-bike-share-execution-times.csv', {
      kind: 'operations',
      fields: { latency: 'executioninmiliseconds', group: 'name' },
      settings: { latencyUnit: 'milliseconds' },
    });
    expect(confirmed.plausibility.warnings).toEqual([]);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([1527, 1527, 0]);
  });

  it('"executioninmiliseconds" (glued, one "l") settles the unit without a question: 1761 is 1.761 s', () => {
    // Before: the unit was asked, though the header names it.
    const answers = { kind: 'operations', fields: { latency: 'executioninmiliseconds' } } as const;
    expect(importFound('grafana-bike-share-execution-times.csv', answers).confirmed.questions).toEqual([]);
    expect(importedRows('grafana-bike-share-execution-times.csv', answers)[0]?.['latencySeconds']).toBe(1.761);
  });

  it('the Excel download of 5-minute readings is warned about too', () => {
    const { confirmed } = importFound('grafana-excel-sep-null-head300.csv', { kind: 'operations', fields: { latency: 'C.Kitchen_temp' }, settings: { latencyUnit: 'seconds' } });
    expect(confirmed.plausibility.warnings.map((w) => w.code)).toContain('aggregates_without_requests');
  });
});

describe('DeepEval results saved to CSV', () => {
  it('metric scores (0.944, 0.875…): the kind is asked, and a score chosen as Correct is warned about', () => {
    expect(firstLook('deepeval-rag-scores.csv').kindSuggestion.kind).toBeNull();
    // Before: only "1 of 4 rows would be rejected"; accuracy would have read 3 of 3 (100%), the 0.94 case dropped.
    const { confirmed, summary } = importFound('deepeval-rag-scores.csv', { kind: 'test_results', fields: { caseId: 'question', correct: 'score_faithfulness' } });
    expect(confirmed.plausibility.warnings.find((w) => w.code === 'score_as_verdict')?.message).toMatch(/0\.9444444444444444.*\(3 of 3 right\)/);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([4, 3, 1]);
    expect(summary.rejections[0]?.examples[0]?.line).toBe(4);
  });

  it('a text-to-SQL run: suggested as test results, "result" (PASS) as correct; its 6 cases start on lines 2, 14, 28, 44, 54, 63 (counted by hand)', () => {
    const preview = firstLook('deepeval-text-to-sql-results.csv');
    expect(preview.kindSuggestion.kind).toBe('test_results');
    expect(preview.mapping.fields).toMatchObject({ expected: 'ground_truth', correct: 'result', caseId: null });
    const answers = { kind: 'test_results', fields: { caseId: 'question', actual: 'generated_sql' } } as const;
    const { summary } = importFound('deepeval-text-to-sql-results.csv', answers);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([6, 6, 0]);
    const rows = importedRows('deepeval-text-to-sql-results.csv', answers);
    expect(rows.map((r) => r['line'])).toEqual([2, 14, 28, 44, 54, 63]);
    expect(rows.every((r) => r['correct'] === true)).toBe(true);
  });
});

describe('a German Google Forms sheet saved again as Windows-1252 ("Zeitstempel", "Ungenügend")', () => {
  const file = 'google-forms-de-windows-1252.csv';

  it('is read as Windows-1252, its "8/12/2014 19:23:28" month first without asking; the kind is asked', () => {
    const preview = firstLook(file);
    expect([preview.detection.encoding, preview.settings.dateFormat, preview.questions]).toEqual(['windows-1252', 'mdy', []]);
    expect(preview.kindSuggestion.kind).toBeNull();
    expect(preview.rows.flatMap((r) => r.cells)).toContain('Ungenügend');
  });

  it('as satisfaction the rating is asked: its answers are grades in words ("Sehr gut"), never numbered by the app', () => {
    expect(firstLook(file, { kind: 'satisfaction' }).mapping.fields['rating']).toBeNull();
  });

  it('every response is counted, Ja / Nein read as yes and no (161, 12, one unanswered)', () => {
    const answers = { kind: 'test_results', fields: { caseId: 'Zeitstempel', correct: 'Smartphone' } } as const;
    const { summary } = importFound(file, answers);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([174, 174, 0]);
    const verdicts = importedRows(file, answers).map((r) => r['correct']);
    expect([verdicts.filter((v) => v === true).length, verdicts.filter((v) => v === false).length, verdicts.filter((v) => v === null).length]).toEqual([161, 12, 1]);
  });
});

describe('a CloudWatch Logs Insights export of a Lambda function (START / END / REPORT lines)', () => {
  const file = 'cloudwatch-logs-insights-lambda.csv';

  it('the kind is asked; as operations nothing is taken for a measure (a log line is not a request)', () => {
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.mapping.fields).toMatchObject({ date: '@timestamp', requests: null, latency: null, errors: null });
    expect(preview.ready).toBe(false);
  });
});

describe('a Jira Cloud export in Polish ("Utworzono" 12/lut/21 10:19 PM, "Priorytet", "Podsumowanie")', () => {
  const file = 'jira-cloud-pl-qa.csv';
  const answers = {
    kind: 'incidents',
    fields: { incidentId: 'Klucz zgłoszenia', severity: 'Priorytet', date: 'Utworzono', description: 'Podsumowanie' },
  } as const;

  it('the kind is asked (headers in Polish); with the columns chosen, every issue is read with its day and time', () => {
    // Before: "12/lut/21" was not a date: all 22 issues rejected ("is not a date and time").
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const { summary } = importFound(file, answers);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([22, 22, 0]);
    expect(summary.dateRange).toEqual({ first: '2021-02-11', last: '2021-02-12' });
    expect(importedRows(file, answers)[0]).toMatchObject({ incidentId: 'TSL-22', openedAt: '2021-02-12T22:19', severity: 'high' });
  });

  it('Jira priorities count as severities (Highest 1, High 1, Medium 16, Low 3, Lowest 1)', () => {
    const { incidents } = registerFrom(file, answers);
    const count = (severity: string) => incidents.filter((i) => i.severity === severity).length;
    expect([incidents.length, count('critical'), count('high'), count('medium'), count('low')]).toEqual([22, 1, 1, 16, 4]);
  });
});

describe('a chat usage report with a summary block under its table', () => {
  it('the block (SUMMARY, Total Cost, Report Generated…) is skipped at the bottom: 3 conversations, nothing rejected', () => {
    // Before: its 8 lines were rejected ("The row has 2 cells; the header has 9") and the wizard warned that 8 of 11
    // rows (73%) would be rejected.
    const { confirmed, summary } = importFound('chat-usage-report-summary-block.csv', { kind: 'operations' });
    expect(confirmed.settings.skipBottom).toBe(8);
    expect(confirmed.plausibility.warnings.map((w) => w.code)).toEqual(['cost_without_requests']);
    expect([summary.records, summary.accepted, summary.rejected, summary.blankLines]).toEqual([3, 3, 0, 1]);
    expect(summary.warnings.find((w) => w.code === 'bottom_lines_skipped')?.count).toBe(8);
  });
});

describe('the ServiceNow event log of an earlier round: "?" where a time is missing', () => {
  it('an update whose resolved time is "?" is read with no resolved time, not rejected: 300 of 300 rows', () => {
    // Before: lines 175 and one more rejected ("Resolved “?” is not a date and time"), their updates lost.
    const { summary } = importFound('servicenow-incident-event-log-head300.csv', { kind: 'incidents', fields: { description: 'category' } });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([300, 300, 0]);
  });
});
