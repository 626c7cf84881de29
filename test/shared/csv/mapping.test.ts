import { describe, expect, it } from 'vitest';
import { fieldRequirements, importFields } from '../../../shared/csv/fields';
import { normaliseHeaders } from '../../../shared/csv/headers';
import { importKinds } from '../../../shared/csv/kinds';
import { guessMapping, headerKey, mappingProblems, resolveMapping } from '../../../shared/csv/mapping';

describe('guessMapping by header', () => {
  it.each([
    ['User ID', 'userId'],
    ['user_id', 'userId'],
    ['Employee', 'userId'],
    ['E-Mail', 'userId'],
    ['login', 'userId'],
    ['Datum', 'date'],
    ['Timestamp', 'date'],
    ['day', 'date'],
    ['Week No.', 'week'],
    ['Team', 'group'],
    ['Region', 'group'],
    ['Phase', 'stage'],
    ['Number of uses', 'uses'],
  ])('usage: %j → %s', (header, field) => {
    const mapping = guessMapping(['something else', header], [], 'usage');
    expect(mapping.fields[field]).toBe(header);
  });

  it.each([
    ['Rating', 'rating'],
    ['score', 'rating'],
    ['CSAT', 'rating'],
    ['Satisfaction (1-5)', 'rating'],
    ['User rating', 'rating'], // the head noun wins: a rating, not a user
    ['Feedback', 'comment'],
  ])('satisfaction: %j → %s', (header, field) => {
    expect(guessMapping(['user', 'date', header], [], 'satisfaction').fields[field]).toBe(header);
  });

  it.each([
    ['Editing share %', 'editingShare'],
    ['editing_share_percent', 'editingShare'],
    ['Editing time', 'editingMinutes'],
    ['Manual minutes', 'manualMinutes'],
    ['Output ID', 'outputId'],
  ])('quality: %j → %s', (header, field) => {
    expect(guessMapping(['user', 'date', header], [], 'quality').fields[field]).toBe(header);
  });

  it.each([
    ['latency_ms', 'milliseconds'],
    ['Latency (ms)', 'milliseconds'],
    ['response time ms', 'milliseconds'],
    ['latency', 'seconds'],
    ['Latency (s)', 'seconds'],
  ])('test results: %j is a latency in %s', (header, unit) => {
    const mapping = guessMapping(['case_id', 'correct', header], [], 'test_results');
    expect(mapping.fields.latency).toBe(header);
    expect(mapping.latencyUnit).toBe(unit);
  });

  it('never maps one column to two fields', () => {
    const mapping = guessMapping(['date'], [], 'usage');
    expect(mapping.fields.date).toBe('date');
    expect(mapping.fields.week).toBeNull();
  });

  it('lists every field of the kind, unmapped ones as null (a plain serialisable object)', () => {
    const mapping = guessMapping(['user'], [], 'satisfaction');
    expect(Object.keys(mapping.fields)).toEqual(importFields.satisfaction.map((f) => f.id));
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
  });
});

describe('guessMapping by value shape', () => {
  it('finds the date, rating and comment columns of a file with unhelpful headers', () => {
    const headers = ['A', 'B', 'C', 'D'];
    const rows = [
      ['u1', '2025-01-03', '4', 'fine'],
      ['u2', '2025-01-03', '2', 'slow'],
      ['u3', '2025-01-10', '5', ''],
    ];
    const mapping = guessMapping(headers, rows, 'satisfaction');
    expect(mapping.fields.date).toBe('B');
    expect(mapping.fields.rating).toBe('C');
    expect(mapping.fields.userId).toBeNull(); // ids have no telling shape: the user picks them
  });

  it('takes yes/no columns by their names only, and finds a percent column by its values', () => {
    // A yes/no column says nothing of what it answers ("score" 1/0 is not a hallucination): never guessed by values.
    const unnamed = guessMapping(['id', 'X', 'Y'], [['c1', 'yes', 'no'], ['c2', 'no', 'no']], 'test_results');
    expect([unnamed.fields.correct, unnamed.fields.hallucination]).toEqual([null, null]);
    const tests = guessMapping(['id', 'passed', 'made up'], [['c1', 'yes', 'no'], ['c2', 'no', 'no']], 'test_results');
    expect(tests.fields.correct).toBe('passed');
    expect(tests.fields.hallucination).toBe('made up');
    const quality = guessMapping(['id', 'who', 'when', 'P'], [['o1', 'u1', '2025-01-01', '12.5'], ['o2', 'u1', '2025-01-01', '40']], 'quality');
    expect(quality.fields.editingShare).toBe('P');
    expect(quality.fields.date).toBe('when');
  });

  it('takes a 1–5 column as the rating before it takes it as a week number', () => {
    const rows = [
      ['u1', '2', '4'],
      ['u2', '2', '5'],
      ['u3', '3', '1'],
    ];
    const satisfaction = guessMapping(['Column 1', 'Column 2', 'Column 3'], rows, 'satisfaction');
    expect(satisfaction.fields).toMatchObject({ rating: 'Column 2', week: 'Column 3' });
    // Without headers both are only guesses (the wizard says so and the kind is asked).
    const usage = guessMapping(['Column 1', 'Column 2', 'Column 3'], rows, 'usage');
    expect(usage.fields).toMatchObject({ week: 'Column 2', uses: null });
  });

  it('prefers a remembered mapping over aliases', () => {
    const remembered = guessMapping(['person', 'when'], [], 'usage');
    const edited = { ...remembered, fields: { ...remembered.fields, userId: 'login name' } };
    const mapping = guessMapping(['user_id', 'login name', 'date'], [], 'usage', { remembered: edited });
    expect(mapping.fields.userId).toBe('login name');
    expect(mapping.fields.date).toBe('date');
  });
});

describe('mapping problems', () => {
  it('names each missing requirement in plain words', () => {
    const mapping = guessMapping(['user'], [], 'quality');
    expect(mappingProblems(mapping, ['user'])).toEqual([
      'Choose the column for: Output ID.',
      'Choose the column for: Date or week number.',
      'Choose the column for: Editing share, or editing minutes and minutes by hand.',
    ]);
  });

  it('accepts editing and manual minutes instead of a share, and a week instead of a date', () => {
    const headers = ['output', 'user', 'week', 'editing minutes', 'manual minutes'];
    expect(mappingProblems(guessMapping(headers, [], 'quality'), headers)).toEqual([]);
  });

  it('says when a remembered column is missing from this file', () => {
    const mapping = guessMapping(['user', 'date'], [], 'usage');
    expect(mappingProblems(mapping, ['user', 'day'])).toContain('Date: this file has no column called "date".');
  });

  it('resolves header names to column indexes', () => {
    const headers = ['x', 'user', 'date'];
    const columns = resolveMapping(guessMapping(headers, [], 'usage'), headers);
    expect([...columns]).toEqual([
      ['userId', 1],
      ['date', 2],
    ]);
  });

  it('ignores keys a stored mapping should not have', () => {
    const stored = JSON.parse('{"kind":"usage","latencyUnit":"seconds","fields":{"__proto__":"user","userId":"user","date":"date"}}');
    expect(mappingProblems(stored, ['user', 'date'])).toEqual([]);
    expect(({} as Record<string, unknown>).userId).toBeUndefined();
  });

  it.each(importKinds)('every required field of %s appears in a requirement', (kind) => {
    const inRequirements = new Set(fieldRequirements[kind].flatMap((r) => r.anyOf.flat()));
    for (const field of importFields[kind].filter((f) => f.required)) expect(inRequirements.has(field.id)).toBe(true);
  });
});

describe('headers', () => {
  it('renames empty and duplicate headers and says so', () => {
    const { names, notes } = normaliseHeaders(['__proto__', 'user_id', '', 'date', 'Date', 'constructor', 'Column 3']);
    expect(names).toEqual(['__proto__', 'user_id', 'Column 3 (2)', 'date', 'Date (2)', 'constructor', 'Column 3']);
    expect(notes.map((n) => [n.code, n.column, n.renamed])).toEqual([
      ['empty_header', 2, 'Column 3 (2)'],
      ['duplicate_header', 4, 'Date (2)'],
    ]);
    expect(notes[1]!.message).toBe('The header "Date" appears more than once; column 5 is called "Date (2)".');
  });

  it('compares headers without case, spaces or punctuation', () => {
    expect(headerKey(' User-ID ')).toBe('userid');
    expect(headerKey('Édition %')).toBe('edition%');
  });
});
