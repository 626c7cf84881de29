import { describe, expect, it } from 'vitest';
import { dataChangedNote, dataChangedWords, dataChangesSince } from '../../../shared/decisions/data-since';
import { modelOf } from '../report/report-model-fixture';
import { entry, importRecord, pilotPlan } from './fixtures';

// A decision's evidence is frozen; the figures beside it on screen and paper are today's. When files arrive
// (or go) after it, the decision must not read as if it was taken on the figures now shown.
const usage = importRecord({ id: 'u', fileName: 'usage.csv', sha256: 'a'.repeat(64), importedAt: '2026-10-05T09:30:00.000Z' });
const later = importRecord({ id: 'x', fileName: 'extra-usage.csv', sha256: 'b'.repeat(64), importedAt: '2026-10-12T08:00:00.000Z' });
const again = { ...usage, id: 'u2', importedAt: '2026-10-14T08:00:00.000Z' };
const plan = pilotPlan({ imports: [usage] });
const decision = () => entry(plan, { decision: 'proceed', recommendation: 'proceed' });
const many = ['b', 'c', 'd', 'e'].map((c, i) => importRecord({ id: c, fileName: `week-${i + 5}.csv`, sha256: c.repeat(64), importedAt: `2026-10-1${i}T08:00:00.000Z` }));

describe('data changed after a decision', () => {
  it.each([
    ['the same files', [usage], null, ''],
    ['the same file imported again (same contents)', [again], null, ''],
    [
      'a file added',
      [usage, later],
      "The data changed after this decision: extra-usage.csv (imported Oct 12, 2026) added. The figures shown are today's; the evidence it was taken on is kept in the decision log.",
      '; taken before data added on Oct 12, 2026',
    ],
    [
      'a file removed',
      [],
      "The data changed after this decision: usage.csv removed. The figures shown are today's; the evidence it was taken on is kept in the decision log.",
      '; taken on data since removed',
    ],
    [
      'a file replaced',
      [later],
      "The data changed after this decision: extra-usage.csv (imported Oct 12, 2026) added; usage.csv removed. The figures shown are today's; the evidence it was taken on is kept in the decision log.",
      '; taken before data added on Oct 12, 2026',
    ],
    [
      'many files added',
      [usage, ...many],
      "The data changed after this decision: week-5.csv (imported Oct 10, 2026), week-6.csv (imported Oct 11, 2026), week-7.csv (imported Oct 12, 2026), and 1 more added. The figures shown are today's; the evidence it was taken on is kept in the decision log.",
      '; taken before data added on Oct 13, 2026',
    ],
  ])('%s', (_, imports, words, note) => {
    const d = decision();
    expect(d.evidence.imports.map((i) => i.fileName)).toEqual(['usage.csv']);
    expect(dataChangedWords(d, imports)).toBe(words);
    expect(dataChangedNote(d, imports)).toBe(note);
  });

  it('compares by contents, not by id', () => {
    expect(dataChangesSince(decision(), [again])).toEqual({ added: [], removed: [] });
  });

  it('is said in the summary beside the decision, in the stage block and the bottom line', () => {
    const d = decision();
    const model = modelOf(pilotPlan({ imports: [usage, later] }), [d]);
    expect(model.stages[0]?.decision).toContain('The data changed after this decision: extra-usage.csv (imported Oct 12, 2026) added.');
    expect(model.bottomLine.rows[0]?.decision).toBe('Proceed, Oct 5, 2026, Dana Kim; taken before data added on Oct 12, 2026');
  });
});
