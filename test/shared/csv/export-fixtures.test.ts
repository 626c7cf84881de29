/**
 * Export-shaped files (test/fixtures/exports/README.md) through the whole road: what the wizard proposes,
 * the user's answers, the import, and the metrics, checked against figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../shared/metrics/pilot-metrics';
import { exportFixture, exportStages, importExport } from './export-harness';
import { previewCsv } from '../../../shared/csv/preview';

const adoption = (p: PeriodFigures | undefined) => [p?.adoption?.activeUsers, p?.adoption?.enrolledUsers];
const satisfaction = (p: PeriodFigures | undefined) => [p?.satisfaction?.ratings, p?.satisfaction?.meanRating, p?.satisfaction?.topTwo.successes];
const quality = (p: PeriodFigures | undefined) => [
  p?.quality?.outputs,
  p?.quality?.underLimit.successes,
  p?.quality?.meanEditingPercent,
  p?.quality?.medianEditingPercent,
];

describe('exports as the tools write them', () => {
  it('Google Forms: question header is the rating, the US timestamp asks nothing once a day above 12 shows', () => {
    const { proposed, summary, metrics } = importExport('google-forms-satisfaction.csv');
    expect(proposed.kindSuggestion.kind).toBe('satisfaction');
    expect(proposed.mapping.fields).toMatchObject({ userId: 'Email Address', date: 'Timestamp', rating: 'How satisfied are you with the writing assistant? (1-5)' });
    expect(proposed.settings.dateFormat).toBe('mdy');
    expect([summary.accepted, summary.rejected, summary.blankLines, summary.skipped]).toEqual([5, 0, 0, 1]);
    const pilot = metrics.stages[0]!;
    // Ratings 4, 2, 5 in week 1 and 5, 3 in week 2: mean 19/5 = 3.8, three of five 4 or 5.
    expect(satisfaction(pilot.total)).toEqual([5, 3.8, 3]);
    expect(satisfaction(pilot.weeks[0])).toEqual([3, 11 / 3, 2]);
    expect(satisfaction(pilot.weeks[1])).toEqual([2, 4, 1]);
  });

  it('Microsoft Forms (workbook saved as CSV): completion time with two-digit years, usage per week', () => {
    const { proposed, summary, metrics } = importExport('microsoft-forms-usage.csv');
    expect(proposed.kindSuggestion.kind).toBe('usage');
    expect(proposed.mapping.fields).toMatchObject({
      userId: 'Email',
      date: 'Completion time',
      week: null,
      group: 'Which team are you in?',
      uses: 'How many times did you use the assistant today?',
    });
    expect(summary.accepted).toBe(6);
    const pilot = metrics.stages[0]!;
    // Week 1 (2–8 March): anna, ben. Week 2 (9–15 March): anna (4 uses), carl (12); dora answered 0 uses,
    // so she is not active. Five enrolled: 2 of 5 in both weeks.
    expect(adoption(pilot.weeks[0])).toEqual([2, 5]);
    expect(adoption(pilot.weeks[1])).toEqual([2, 5]);
    expect(pilot.weeks[1]?.adoption?.rate?.successes).toBe(2);
  });

  it('SurveyMonkey: the second "Response" header row is skipped and the e-mail is the user', () => {
    const { proposed, summary, metrics } = importExport('surveymonkey-satisfaction.csv');
    expect(proposed.kindSuggestion.kind).toBe('satisfaction');
    expect(proposed.settings.extraHeaderRows).toBe(1);
    expect(proposed.mapping.fields).toMatchObject({ userId: 'Email Address', date: 'Start Date', comment: 'Any comments?' });
    expect([summary.accepted, summary.rejected, summary.skipped]).toEqual([4, 0, 2]);
    expect(summary.warnings.find((w) => w.code === 'header_lines_skipped')?.examples[0]?.line).toBe(2);
    // 4, 1 in week 1; 5, 4 in week 3: mean 14/4 = 3.5, three of four 4 or 5.
    expect(satisfaction(metrics.stages[0]!.total)).toEqual([4, 3.5, 3]);
  });

  it('Qualtrics: three header rows; the question text under "Q1" makes it the rating', () => {
    const { proposed, summary, metrics } = importExport('qualtrics-satisfaction.csv');
    expect(proposed.kindSuggestion.kind).toBe('satisfaction');
    expect(proposed.settings.extraHeaderRows).toBe(2);
    expect(proposed.mapping.fields).toMatchObject({ userId: 'RecipientEmail', rating: 'Q1', week: null, comment: 'Q2' });
    expect([summary.accepted, summary.rejected, summary.skipped]).toEqual([4, 0, 3]);
    // 5, 4 in week 1; 2, 4 in week 2: mean 15/4 = 3.75, three of four 4 or 5.
    expect(satisfaction(metrics.stages[0]!.total)).toEqual([4, 3.75, 3]);
    expect(satisfaction(metrics.stages[0]!.weeks[1])).toEqual([2, 3, 1]);
  });

  it('Typeform: a question asks for the e-mail; the submit date places rows in the second stage', () => {
    const { proposed, metrics } = importExport('typeform-satisfaction.csv');
    expect(proposed.kindSuggestion.kind).toBe('satisfaction');
    expect(proposed.mapping.fields).toMatchObject({ userId: 'What is your work e-mail?', date: 'Submit Date (UTC)', group: 'Which team are you in?' });
    // 3, 4 in week 1 of Expanded; 5, 2 in week 2: mean 3.5, two of four 4 or 5; nothing in Pilot.
    expect(satisfaction(metrics.stages[1]!.total)).toEqual([4, 3.5, 2]);
    expect(metrics.stages[0]!.total.satisfaction?.ratings ?? 0).toBe(0);
  });

  it('Excel CSV with sep=; a blank row of delimiters and a totals row', () => {
    const { proposed, summary, metrics } = importExport('excel-sep-totals.csv');
    expect(proposed.detection).toMatchObject({ delimiter: ';', sepLine: true });
    expect(proposed.kindSuggestion.kind).toBe('usage');
    expect(proposed.rows.map((r) => r.skipped)).toEqual([null, null, null, 'a total or summary row']);
    // 7 lines: sep=, header, three users, one blank, one total.
    expect([summary.accepted, summary.rejected, summary.blankLines, summary.skipped]).toEqual([3, 0, 1, 3]);
    expect(summary.warnings.find((w) => w.code === 'summary_row_skipped')?.examples[0]?.line).toBe(7);
    const pilot = metrics.stages[0]!;
    expect(adoption(pilot.weeks[0])).toEqual([2, 5]);
    expect(adoption(pilot.weeks[2])).toEqual([1, 5]);
  });

  it('German Excel export: Windows-1252, semicolons, decimal commas, German headers', () => {
    const { proposed, summary, metrics } = importExport('german-excel-quality.csv');
    expect(proposed.detection).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimalComma: true });
    expect(proposed.kindSuggestion.kind).toBe('quality');
    expect(proposed.mapping.fields).toMatchObject({ outputId: 'Ausgabe-ID', userId: 'Mitarbeiter', date: 'Datum', editingShare: 'Bearbeitungsanteil (%)', group: 'Abteilung' });
    expect(summary.accepted).toBe(4);
    // Shares 5.5, 20, 12.5, 40: two under 15 %, mean 78/4 = 19.5, median (12.5 + 20)/2 = 16.25.
    expect(quality(metrics.stages[0]!.total)).toEqual([4, 2, 19.5, 16.25]);
  });

  it('editing log with a "%" header: quality, never usage; the out-of-range share is rejected and flagged first', () => {
    const { proposed, summary, metrics } = importExport('editing-log-percent.csv');
    expect(proposed.kindSuggestion.kind).toBe('quality');
    expect(proposed.kindSuggestion.explanation).toBe(
      'Suggested Output quality / editing time: “Output” and “Edited (%)” look like an output id and an editing share.',
    );
    expect(proposed.plausibility.warnings.map((w) => w.code)).toEqual(['many_rejected']);
    expect([summary.accepted, summary.rejected]).toEqual([4, 1]);
    // 5, 40, 12.5, 0: three under 15 %, mean 57.5/4 = 14.375, median (5 + 12.5)/2 = 8.75.
    expect(quality(metrics.stages[0]!.total)).toEqual([4, 3, 14.375, 8.75]);
    expect(metrics.stages[0]!.total.adoption).toBeNull();
  });

  it('anonymous survey: the empty e-mail column is never the user; the user picks a column, else nothing imports', () => {
    const bytes = exportFixture('anonymous-survey.csv');
    const first = previewCsv(bytes, { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.kindSuggestion.kind).toBe('satisfaction');
    expect(first.value.mapping.fields.userId).toBeNull();
    expect(first.value.mappingProblems).toContain('Choose the column for: User ID.');
    expect(first.value.ready).toBe(false);
    // Mapped to the empty e-mail column by hand: every row would be rejected, so the import is blocked.
    const forced = previewCsv(bytes, {
      today: '2026-12-31',
      planStages: exportStages,
      totalBytes: bytes.length,
      mapping: { ...first.value.mapping, fields: { ...first.value.mapping.fields, userId: 'Email Address' } },
    });
    if (!forced.ok) throw new Error(forced.error.message);
    expect(forced.value.plausibility.blocked).toMatch(/^Every row of the file would be rejected \(3 of 3\)/);
    // With the respondent id as the user: 4, 2, 5 → mean 11/3, two of three 4 or 5.
    const { summary, metrics } = importExport('anonymous-survey.csv', { fields: { userId: 'Respondent ID' } });
    expect(summary.accepted).toBe(3);
    expect(satisfaction(metrics.stages[0]!.total)).toEqual([3, 11 / 3, 2]);
  });

  it('week numbers without a stage: asked, then every row lands in the chosen stage', () => {
    const { proposed, confirmed, metrics } = importExport('weekly-ratings-no-stage.csv', { settings: { fileStage: 'Expanded' } });
    expect(proposed.stageQuestion?.message).toBe('4 rows carry a week number but no stage, so they would count in no stage.');
    expect(proposed.ready).toBe(false);
    expect(confirmed.rows.map((r) => r.lands)).toEqual(['Expanded, week 1', 'Expanded, week 1', 'Expanded, week 1', 'Expanded, week 2']);
    const expanded = metrics.stages[1]!;
    // 4, 5, 3 in week 1 (mean 4, two 4 or 5); 2 in week 2.
    expect(satisfaction(expanded.weeks[0])).toEqual([3, 4, 2]);
    expect(satisfaction(expanded.weeks[1])).toEqual([1, 2, 0]);
    expect(metrics.imports[0]?.placedRows).toBe(4);
  });
});

describe('the preview says what the import does', () => {
  it.each([
    'google-forms-satisfaction.csv',
    'surveymonkey-satisfaction.csv',
    'qualtrics-satisfaction.csv',
    'excel-sep-totals.csv',
    'editing-log-percent.csv',
    'german-excel-quality.csv',
  ])('%s: accepted, rejected and skipped lines match row for row', (name) => {
    const { confirmed, summary } = importExport(name);
    const accepted = confirmed.rows.filter((r) => r.row !== null).length;
    const rejected = confirmed.rows.filter((r) => r.rejection !== null).map((r) => r.line);
    expect(accepted).toBe(summary.accepted);
    expect(rejected).toEqual(summary.rejections.flatMap((g) => g.examples.map((e) => e.line)).sort((a, b) => a - b));
  });
});
