import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../../shared/csv/kinds';
import { metricFromText } from '../../../shared/csv/metric-names';
import { previewCsv } from '../../../shared/csv/preview';
import type { CsvSettings } from '../../../shared/csv/settings';
import { readSeverity } from '../../../shared/csv/severity-words';
import { utf8 } from './helpers';

const samplesDir = resolve(import.meta.dirname, '../../../samples');

function preview(text: string, kind?: ImportKind, settings: Partial<CsvSettings> = {}) {
  const bytes = utf8(text);
  const result = previewCsv(bytes, { totalBytes: bytes.length, today: '2026-12-31', settings, ...(kind ? { kind } : {}) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('kind detection with the weekly-figures and incidents kinds (issue 10)', () => {
  it.each<[string, ImportKind]>([
    ['usage.csv', 'usage'],
    ['quality.csv', 'quality'],
    ['satisfaction.csv', 'satisfaction'],
    ['test-results.csv', 'test_results'],
    ['operations.csv', 'operations'],
    ['reviews.csv', 'reviews'],
    ['shadow.csv', 'shadow'],
    ['weekly-figures.csv', 'weekly_figures'],
    ['incidents.csv', 'incidents'],
    ['incidents-critical.csv', 'incidents'],
  ])('the bundled sample %s is suggested as %s', (file, kind) => {
    const text = readFileSync(resolve(samplesDir, file), 'utf8');
    expect(preview(text).kindSuggestion.kind).toBe(kind);
  });

  it.each<[string, string, ImportKind | null]>([
    ['figures by metric name and week', 'week,metric,value\n1,Error rate,1.5%\n2,Mean satisfaction,4.1\n3,approval_rate,96%\n', 'weekly_figures'],
    ['figures with numerator and denominator', 'date,kpi,numerator,denominator,team\n2026-09-07,error_rate,12,1800,Support\n2026-09-14,error_rate,9,1900,Support\n2026-09-21,escalation_rate,40,1900,Support\n', 'weekly_figures'],
    ['incidents from a paging tool', 'Incident,Priority,Created,Acknowledged,Resolved,Summary\nPD-1,P1,2026-09-08 10:00,2026-09-08 10:04,2026-09-08 11:00,API down\nPD-2,P3,2026-09-09 09:00,2026-09-09 10:00,,Slow page\nPD-3,P2,2026-09-10 12:00,2026-09-10 12:30,2026-09-10 13:00,Errors\n', 'incidents'],
    ['incidents with severity words', 'severity,opened,description,rollback\ncritical,2026-09-08 10:00,Data leak,yes\nhigh,2026-09-09 11:00,Timeouts,no\nlow,2026-09-10 12:00,Typo,no\n', 'incidents'],
    // A review log's "status" column holds decisions, not severities: never taken for incidents.
    ['a review log stays a review log', 'output_id,reviewer,date,status\nout-1,r1,2026-09-07,approved\nout-2,r2,2026-09-07,edited\nout-3,r1,2026-09-08,rejected\n', 'reviews'],
    // An operations export names no metric: the "value"-like counts do not make it weekly figures.
    ['an operations export stays operations', 'date,requests,errors,cost\n2026-09-07,120,2,2.4\n2026-09-08,130,3,2.6\n2026-09-09,125,1,2.5\n', 'operations'],
  ])('%s', (_name, text, kind) => {
    expect(preview(text).kindSuggestion.kind).toBe(kind);
  });
});

describe('metric names are read from the catalogue only', () => {
  it.each<[string, string | null]>([
    ['error_rate', 'error_rate'],
    ['Error rate', 'error_rate'],
    ['ERROR-RATE', 'error_rate'],
    ['Reviewer approval rate', 'approval_rate'],
    ['Ratings of 4-5', 'satisfaction_top2_share'],
    ['errors', null],
    ['Customer effort score', null],
    ['', null],
  ])('%j → %s', (text, metric) => {
    expect(metricFromText(text)).toBe(metric);
  });
});

const figures = (rows: string): string => `week,stage,metric,value,numerator,denominator\n${rows}`;

describe('weekly-figures rows: accepted with their figure, or rejected with the reason', () => {
  it.each<[string, string, Partial<CsvSettings>, { value?: number | null; numerator?: number; denominator?: number; sample?: number | null } | RegExp]>([
    ['a share with a % sign', '1,Pilot,error_rate,45%,,', {}, { value: 45, sample: null }],
    ['a share on the 0–100 scale', '1,Pilot,error_rate,45,,', { percentScale: 'percent' }, { value: 45 }],
    ['a share on the 0–1 scale', '1,Pilot,error_rate,0.45,,', { percentScale: 'fraction' }, { value: 45 }],
    ['0.45 on the 0–100 scale is 0.45%', '1,Pilot,error_rate,0.45,,', { percentScale: 'percent' }, { value: 0.45 }],
    ['45 on the 0–1 scale is impossible', '1,Pilot,error_rate,45,,', { percentScale: 'fraction' }, /outside 0–100%/],
    ['a share over 100%', '1,Pilot,error_rate,145%,,', {}, /outside 0–100%/],
    ['counts of a share', '1,Pilot,error_rate,,12,1800', {}, { value: null, numerator: 12, denominator: 1800, sample: 1800 }],
    ['counts and a value that agree', '1,Pilot,approval_rate,30%,12,40', {}, { value: null, numerator: 12, denominator: 40 }],
    ['counts and a value that disagree', '1,Pilot,approval_rate,45%,12,40', {}, /does not match 12 ÷ 40/],
    ['more successes than trials', '1,Pilot,approval_rate,,41,40', {}, /larger than the denominator/],
    ['a zero denominator', '1,Pilot,approval_rate,,0,0', {}, /Denominator is 0/],
    ['a mean', '1,Pilot,Mean satisfaction,4.2,,', {}, { value: 4.2 }],
    ['a mean given as a percentage', '1,Pilot,Mean satisfaction,42%,,', {}, /not a share/],
    ['a mean from a sum and a count', '1,Pilot,cost_per_interaction,,42,2000', {}, { value: 0.021, sample: 2000 }],
    ['an unknown metric', '1,Pilot,Customer effort score,3.1,,', {}, /not one of the app's metrics/],
    ['critical incidents come from the register', '1,Pilot,critical_incidents,0,,', {}, /incident register/],
    ['accuracy is not weekly', '1,Pilot,accuracy,95%,,', {}, /whole test-results file/],
    ['no value at all', '1,Pilot,error_rate,,,', {}, /Value is empty/],
  ])('%s', (_name, row, settings, expected) => {
    // A second, complete row keeps every column mapped (an empty column is never proposed).
    const p = preview(figures(`${row}\n2,Pilot,approval_rate,30%,12,40\n`), 'weekly_figures', settings);
    const [first] = p.rows;
    if (expected instanceof RegExp) {
      expect(first?.row).toBeNull();
      expect(first?.rejection?.message).toMatch(expected);
    } else {
      expect(first?.rejection).toBeNull();
      expect(first?.row).toMatchObject(expected);
    }
  });

  it.each<[string, string, boolean]>([
    ['every share within 0–1: asks', '1,Pilot,error_rate,0.45,,\n2,Pilot,approval_rate,0.96,,\n', true],
    ['a mean rating beside them does not settle it', '1,Pilot,error_rate,0.45,,\n1,Pilot,mean_satisfaction,4.2,,\n', true],
    ['a share above 1: percent, no question', '1,Pilot,error_rate,0.45,,\n2,Pilot,approval_rate,96,,\n', false],
    ['% signs: no question', '1,Pilot,error_rate,0.45%,,\n', false],
    ['only counts: no question', '1,Pilot,error_rate,,3,200\n', false],
  ])('the share scale is asked, never guessed: %s', (_name, rows, asked) => {
    const p = preview(figures(rows), 'weekly_figures');
    expect(p.questions.some((q) => q.setting === 'percentScale')).toBe(asked);
    expect(p.ready).toBe(!asked);
  });
});

describe('incident severities (documented in docs/readme-drafts/issue-10-kinds.md)', () => {
  it.each<[string, 'from_1' | 'from_0' | null, string | null]>([
    ['critical', null, 'critical'],
    ['Blocker', null, 'critical'],
    ['major', null, 'high'],
    ['Moderate', null, 'medium'],
    ['minor', null, 'low'],
    ['Sev2 - High', null, 'high'],
    ['1 - Critical', null, 'critical'],
    ['P0', null, 'critical'],
    ['P1', null, 'numbered'],
    ['P1', 'from_1', 'critical'],
    ['SEV-1', 'from_1', 'critical'],
    ['P1', 'from_0', 'high'],
    ['S3', 'from_1', 'medium'],
    ['P4', 'from_1', 'low'],
    ['P4', 'from_0', 'low'],
    ['P5', 'from_0', null],
    ['banana', 'from_1', null],
  ])('%j on scale %s reads as %s', (text, scale, expected) => {
    const reading = readSeverity(text, scale);
    const got = reading === null ? null : 'severity' in reading ? reading.severity : 'numbered';
    expect(got).toBe(expected);
  });

  it.each<[string, string, string | null]>([
    ['numbered levels without a 0: asks', 'P1\nP2\nP3', 'ask'],
    ['a P0 proves the scale', 'P0\nP2\nP1', 'from_0'],
    ['words need no question', 'critical\nhigh\nlow', null],
  ])('%s', (_name, levels, expected) => {
    const lines = levels.split('\n').map((l, i) => `${l},2026-09-0${i + 1} 10:00,Outage ${i}`);
    const p = preview(`severity,opened,description\n${lines.join('\n')}\n`, 'incidents');
    const asked = p.questions.some((q) => q.setting === 'severityScale');
    expect(asked ? 'ask' : (p.settings.severityScale ?? null)).toBe(expected);
  });
});

// A second, complete row keeps every column mapped (an empty column is never proposed).
const incidents = (row: string): string =>
  `id,severity,opened,acknowledged,resolved,description,rollback\n${row}\nINC-99,low,2026-09-01 10:00,2026-09-01 10:05,2026-09-01 11:00,Typo,no\n`;

describe('incident rows: accepted with their moments, or rejected with the reason', () => {
  it.each<[string, string, Record<string, unknown> | RegExp]>([
    ['a complete incident', 'INC-1,critical,2026-09-09 13:02,2026-09-09 13:09,2026-09-09 14:30,Data shown to the wrong user,yes', {
      incidentId: 'INC-1', severity: 'critical', openedAt: '2026-09-09T13:02', acknowledgedAt: '2026-09-09T13:09', resolvedAt: '2026-09-09T14:30', rollback: true,
    }],
    ['ISO timestamps with seconds and a zone', 'INC-2,high,2026-09-09T13:02:55Z,2026-09-09T13:40:00Z,,Slow,no', { openedAt: '2026-09-09T13:02', acknowledgedAt: '2026-09-09T13:40', resolvedAt: null }],
    ['12-hour times', 'INC-3,low,2026-09-09 1:02 PM,2026-09-10 9:00 AM,,Typo,', { openedAt: '2026-09-09T13:02', acknowledgedAt: '2026-09-10T09:00', rollback: false }],
    ['no id: the content key is used later', ',medium,2026-09-09 08:00,,,Timeouts,no', { incidentId: '' }],
    ['acknowledged before opened', 'INC-4,high,2026-09-09 13:02,2026-09-09 12:00,,Slow,no', /Acknowledged 2026-09-09 12:00 is before opened/],
    ['resolved before opened', 'INC-5,high,2026-09-09 13:02,,2026-09-08 12:00,Slow,no', /Resolved 2026-09-08 12:00 is before opened/],
    ['opened without a time of day', 'INC-6,high,2026-09-09,,,Slow,no', /has no time of day/],
    ['an unknown severity', 'INC-7,banana,2026-09-09 10:00,,,Slow,no', /not critical, high, medium or low/],
    ['rollback neither yes nor no', 'INC-8,high,2026-09-09 10:00,,,Slow,maybe', /Rollback “maybe” is not yes or no/],
    ['nothing said about what happened', 'INC-9,high,2026-09-09 10:00,,,,no', /What happened is empty/],
  ])('%s', (_name, row, expected) => {
    const p = preview(incidents(row), 'incidents');
    const [first] = p.rows;
    if (expected instanceof RegExp) {
      expect(first?.row).toBeNull();
      expect(first?.rejection?.message).toMatch(expected);
    } else {
      expect(first?.rejection).toBeNull();
      expect(first?.row).toMatchObject(expected);
    }
  });
});
