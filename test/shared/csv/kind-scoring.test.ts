import { describe, expect, it } from 'vitest';
import { scoreKinds } from '../../../shared/csv/kind-scoring';
import { columnFacts, guessMappingWithEvidence } from '../../../shared/csv/mapping';
import type { ImportKind } from '../../../shared/csv/kinds';

/** Columns of a small table: the first row is the header. */
function facts(table: readonly (readonly string[])[]) {
  const [headers, ...rows] = table;
  return columnFacts(headers!, rows);
}

const editingLog = [
  ['Output', 'User', 'Created', 'Edited (%)'],
  ['DRAFT-0001', 'anna', '2026-03-02 09:15:00', '5'],
  ['DRAFT-0002', 'ben', '2026-03-02 10:01:12', '40'],
  ['DRAFT-0003', 'anna', '2026-03-03 11:30:45', '12.5'],
  ['DRAFT-0004', 'carl', '2026-03-04 08:00:00', '0'],
];

const questionSurvey = [
  ['Timestamp', 'Email Address', 'How satisfied are you with the writing assistant? (1-5)', 'Anything else?'],
  ['2026/03/03 9:15:32 AM GMT+1', 'anna@example.org', '4', 'Good'],
  ['2026/03/03 9:20:01 AM GMT+1', 'ben@example.org', '2', ''],
  ['2026/03/04 1:02:11 PM GMT+1', 'carl@example.org', '5', 'Fast'],
];

const usageLog = [
  ['user_id', 'date', 'team'],
  ['u1', '2026-03-02', 'Sales'],
  ['u2', '2026-03-02', 'Sales'],
  ['u1', '2026-03-03', 'Support'],
];

const weeklyRatings = [
  ['user', 'week', 'score'],
  ['u1', '1', '4'],
  ['u2', '1', '5'],
  ['u1', '2', '3'],
];

const testRun = [
  ['case_id', 'expected', 'actual', 'latency_ms'],
  ['c1', 'yes', 'yes', '120'],
  ['c2', 'no', 'yes', '340'],
  ['c3', 'no', 'no', '95'],
];

const minutesLog = [
  ['Output ID', 'Employee', 'Date', 'Editing time', 'Time by hand'],
  ['R-1', 'anna', '2026-03-02', '0:12:30', '1:00:00'],
  ['R-2', 'ben', '2026-03-02', '3 min', '45 min'],
  ['R-3', 'anna', '2026-03-03', '12:30', '50'],
];

const germanSurvey = [
  ['Zeitstempel', 'Mitarbeiter', 'Team', 'Bewertung'],
  ['03.03.2026 09:15', 'anna', 'Vertrieb', '4'],
  ['03.03.2026 10:20', 'ben', 'Vertrieb', '2'],
  ['04.03.2026 11:00', 'carl', 'Service', '5'],
];

describe('scoreKinds suggests a kind only on distinctive evidence', () => {
  it.each<[string, readonly (readonly string[])[], ImportKind]>([
    ['an editing log with a % header and running output ids', editingLog, 'quality'],
    ['a survey whose rating column is headed by the question', questionSurvey, 'satisfaction'],
    ['a plain usage log', usageLog, 'usage'],
    ['weekly ratings', weeklyRatings, 'satisfaction'],
    ['a test run', testRun, 'test_results'],
    ['an editing log in durations', minutesLog, 'quality'],
    ['a German survey export', germanSurvey, 'satisfaction'],
  ])('%s', (_name, table, kind) => {
    const suggestion = scoreKinds(facts(table));
    expect(suggestion.kind).toBe(kind);
    expect(suggestion.confidence).toBeGreaterThanOrEqual(0.5);
    expect(suggestion.explanation).toMatch(/^Suggested /);
  });

  it('says which columns proved an output-quality file', () => {
    const suggestion = scoreKinds(facts(editingLog));
    expect(suggestion.explanation).toBe(
      'Suggested Output quality / editing time: “Output” and “Edited (%)” look like an output id and an editing share.',
    );
    const quality = suggestion.scores.find((s) => s.kind === 'quality')!;
    expect(quality.distinctive.map((e) => [e.field, e.header, e.strength])).toEqual([
      ['outputId', 'Output', 'strong'],
      ['editingShare', 'Edited (%)', 'strong'],
    ]);
  });

  it.each<[string, readonly (readonly string[])[], RegExp]>([
    ['unknown headers', [['foo', 'bar'], ['a', 'b'], ['c', 'd']], /do not show which kind/],
    [
      'a 1–5 column under a plain header is only a weak rating',
      [['user', 'date', 'value'], ['u1', '2026-03-02', '3'], ['u2', '2026-03-02', '4'], ['u3', '2026-03-03', '1']],
      /only guessed from the values|could be/,
    ],
    ['no rows and only an id', [['id', 'date']], /do not show|could be|only guessed/],
  ])('asks for %s', (_name, table, message) => {
    const suggestion = scoreKinds(facts(table));
    expect(suggestion.kind).toBeNull();
    expect(suggestion.confidence).toBeLessThan(0.5);
    expect(suggestion.explanation).toMatch(message);
  });

  // A team's survey with three 1–5 questions: "This may be Usage / adoption: “Email Address” and “Timestamp” fit" sent
  // the user to the wrong kind (no rating is proposed when several questions are as likely).
  it('points a survey of several 1–5 questions to satisfaction, never to usage', () => {
    const survey = [
      ['Timestamp', 'Email Address', 'How satisfied are you overall? (1-5)', 'How accurate were the drafts? [1-5]', 'How much time does it save you? [1-5]', 'Any comments?'],
      ['2026/09/30 10:00:00 AM CET', 'p0@example.com', '5', '4', '1', 'ok'],
      ['2026/10/21 10:01:00 AM CET', 'p1@example.com', '3', '5', '1', 'fine'],
      ['2026/09/27 10:02:00 AM CET', 'p2@example.com', '5', '2', '1', ''],
      ['2026/09/16 10:03:00 AM CET', 'p3@example.com', '4', '5', '3', 'good'],
    ];
    const suggestion = scoreKinds(facts(survey));
    expect(suggestion.kind).toBeNull();
    expect(suggestion.reason).toBe(
      'This may be Satisfaction: 3 survey questions are answered 1–5 (“How satisfied are you overall? (1-5)”, “How accurate were the drafts? [1-5]” and 1 more). Choose that kind, then the question the satisfaction is judged on.',
    );
    expect(suggestion.explanation).not.toMatch(/Usage/);
  });

  it('never falls back to usage: an anonymous survey is satisfaction with the user left to choose', () => {
    const anonymous = [
      ['Respondent ID', 'Email Address', 'How satisfied are you? (1-5)'],
      ['11801', '', '4'],
      ['11802', '', '2'],
      ['11803', '', '5'],
    ];
    const suggestion = scoreKinds(facts(anonymous));
    expect(suggestion.kind).toBe('satisfaction');
    const satisfaction = suggestion.scores.find((s) => s.kind === 'satisfaction')!;
    // The empty e-mail column is never proposed as the user.
    expect(satisfaction.mapping.fields.userId).not.toBe('Email Address');
  });
});

describe('field evidence from headers and values together', () => {
  it.each<[string, readonly (readonly string[])[], ImportKind, string, string | null]>([
    ['a timestamp column is a date, not a week', questionSurvey, 'satisfaction', 'date', 'Timestamp'],
    ['a question header with 1–5 answers is the rating', questionSurvey, 'satisfaction', 'rating', 'How satisfied are you with the writing assistant? (1-5)'],
    ['the question column is never a week number', questionSurvey, 'usage', 'week', null],
    ['a % header is a share, never minutes', editingLog, 'quality', 'editingMinutes', null],
    ['a % header is the editing share', editingLog, 'quality', 'editingShare', 'Edited (%)'],
    ['running ids are output ids', editingLog, 'quality', 'outputId', 'Output'],
    ['durations are editing minutes', minutesLog, 'quality', 'editingMinutes', 'Editing time'],
    ['German: Mitarbeiter is the user', germanSurvey, 'satisfaction', 'userId', 'Mitarbeiter'],
    ['German: Bewertung is the rating', germanSurvey, 'satisfaction', 'rating', 'Bewertung'],
    ['German: Zeitstempel is the date', germanSurvey, 'satisfaction', 'date', 'Zeitstempel'],
  ])('%s', (_name, table, kind, field, header) => {
    const { mapping } = guessMappingWithEvidence(facts(table), kind);
    expect(mapping.fields[field] ?? null).toBe(header);
  });

  it.each<[string, string, string]>([
    ['Datum', 'date', 'date'],
    ['Fecha', 'date', 'date'],
    ['Horodateur', 'date', 'date'],
    ['Benutzer', 'userId', 'id'],
    ['Utilisateur', 'userId', 'id'],
    ['Employé', 'userId', 'id'],
    ['Usuario', 'userId', 'id'],
    ['Empleado', 'userId', 'id'],
    ['Gebruiker', 'userId', 'id'],
    ['Medewerker', 'userId', 'id'],
    ['Équipe', 'group', 'text'],
    ['Equipo', 'group', 'text'],
    ['Note', 'rating', 'rating'],
    ['Puntuación', 'rating', 'rating'],
    ['Beoordeling', 'rating', 'rating'],
  ])('%s maps to %s', (header, field, shape) => {
    const value = shape === 'date' ? '2026-03-02' : shape === 'rating' ? '4' : 'x' + header.length;
    const other = field === 'userId' ? ['Score', '3'] : ['User', 'u1'];
    const table = [
      [other[0]!, header, field === 'date' ? 'Week' : 'Date'],
      [other[1]!, value, field === 'date' ? '1' : '2026-03-02'],
      [other[1]!, value + (shape === 'id' || shape === 'text' ? 'b' : ''), field === 'date' ? '2' : '2026-03-03'],
    ];
    const { mapping } = guessMappingWithEvidence(facts(table), 'satisfaction');
    expect(mapping.fields[field]).toBe(header);
  });
});
