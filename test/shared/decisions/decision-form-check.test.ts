import { describe, expect, it } from 'vitest';
import { decisionFormErrors, firstInvalidField, type DecisionFormInput } from '../../../shared/decisions/decision-form-check';

const filled: DecisionFormInput = { askAuthor: true, author: 'Ana', rationale: 'Gates pass.', approvedBy: 'Board', override: false, needsApproval: true };

describe('decisionFormErrors', () => {
  it.each<[string, Partial<DecisionFormInput>, readonly string[], string | null]>([
    ['everything filled', {}, [], null],
    ['no author asked, none typed', { askAuthor: false, author: '' }, [], null],
    ['author asked, only spaces', { author: '   ' }, ['author'], 'author'],
    ['rationale blank', { rationale: ' \n ' }, ['rationale'], 'rationale'],
    ['approval blank on a decision', { approvedBy: '' }, ['approvedBy'], 'approvedBy'],
    ['approval blank on a note', { approvedBy: '', needsApproval: false }, [], null],
    ['all three blank: focus the first shown', { author: '', rationale: '', approvedBy: '' }, ['author', 'rationale', 'approvedBy'], 'author'],
    ['rationale and approval blank', { rationale: '', approvedBy: '' }, ['rationale', 'approvedBy'], 'rationale'],
  ])('%s', (_name, change, fields, first) => {
    const errors = decisionFormErrors({ ...filled, ...change });
    expect(Object.keys(errors).sort()).toEqual([...fields].sort());
    expect(firstInvalidField(errors)).toBe(first);
  });

  it.each([
    [false, 'Write the rationale: why this decision?'],
    [true, 'An override needs a rationale: say why you decide against the recommendation.'],
  ])('a missing rationale on an override (%s) says why one is needed', (override, message) => {
    expect(decisionFormErrors({ ...filled, rationale: '', override }).rationale).toBe(message);
  });
});
