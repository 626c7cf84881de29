import { describe, expect, it } from 'vitest';
import { kindNote } from '../../../shared/csv/kind-note';
import type { KindSuggestion } from '../../../shared/csv/kind-scoring';
import type { ImportKind } from '../../../shared/csv/kinds';

const asked: KindSuggestion = {
  kind: null,
  best: 'usage',
  confidence: 0.3,
  scores: [],
  reason: 'This could be Usage or Output quality: the columns fit both about equally.',
  explanation: 'This could be Usage or Output quality: the columns fit both about equally. Choose the kind to go on.',
};
const suggested: KindSuggestion = {
  kind: 'quality',
  best: 'quality',
  confidence: 0.9,
  scores: [],
  reason: 'Suggested Output quality: “Output” looks like an output id.',
  explanation: 'Suggested Output quality: “Output” looks like an output id.',
};

describe('kindNote', () => {
  it.each<[string, KindSuggestion, ImportKind | null, string, boolean]>([
    ['asked, nothing chosen yet: the question, as an error', asked, null, asked.explanation, true],
    [
      'asked, then answered: why it asked, never "choose" again',
      asked,
      'usage',
      'You chose Usage / adoption. The app could not tell on its own: This could be Usage or Output quality: the columns fit both about equally. Check the columns below.',
      false,
    ],
    ['suggested and kept', suggested, 'quality', suggested.explanation, false],
    ['suggested, another kind chosen: says both', suggested, 'usage', `You chose Usage / adoption. ${suggested.explanation}`, false],
  ])('%s', (_name, suggestion, chosen, text, asking) => {
    const note = kindNote(suggestion, chosen);
    expect(note).toEqual({ text, asking });
    if (chosen !== null) expect(note.text).not.toMatch(/Choose the kind/);
  });
});
