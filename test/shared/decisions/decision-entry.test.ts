import { describe, expect, it } from 'vitest';
import { AUTOMATIC_AUTHOR, currentEntries, isOverride, localTimestamp, newestFirst } from '../../../shared/decisions/decision-log';
import { gateChanges } from '../../../shared/decisions/gate-changes';
import { gateChangeEntry, newDecisionEntry, type DecisionInput } from '../../../shared/decisions/new-entry';
import { decisionEntrySchema, type DecisionKind } from '../../../shared/decisions/schema';
import type { StageVerdict } from '../../../shared/gates/stage-verdict';
import { entry, pilotPlan, snapshotOf } from './fixtures';

const plan = pilotPlan();
const context = { id: 'n1', planId: plan.id, at: '2026-10-05T10:00:00.000+02:00', author: ' Dana Kim ', evidence: snapshotOf(plan) };

describe('override detection', () => {
  it.each<[DecisionKind, StageVerdict | null, boolean]>([
    ['proceed', 'proceed', false],
    ['proceed', 'hold', true],
    ['proceed', 'roll_back', true],
    ['hold', 'proceed', true],
    ['hold', 'hold', false],
    ['roll_back', 'hold', true],
    ['roll_back', 'roll_back', false],
    ['note', 'hold', false],
    ['note', 'proceed', false],
    ['proceed', null, false],
    ['threshold_change', 'proceed', false],
  ])('%s against the recommendation %s → override %s', (decision, recommendation, expected) => {
    expect(isOverride(decision, recommendation)).toBe(expected);
  });
});

describe('newDecisionEntry', () => {
  const input: DecisionInput = { stageId: 's1', decision: 'proceed', rationale: ' Week 4 was a holiday week. ', approvedBy: 'Steering committee', corrects: null };

  it('records the recommendation beside the decision and marks a decision against it as an override', () => {
    const made = newDecisionEntry(input, { ...context, recommendation: 'hold' });
    expect(made).toMatchObject({ decision: 'proceed', recommendation: 'hold', override: true, author: 'Dana Kim', rationale: 'Week 4 was a holiday week.' });
    expect(decisionEntrySchema.safeParse(made).success).toBe(true);
  });

  it('is not an override when it follows the recommendation', () => {
    expect(newDecisionEntry({ ...input, decision: 'hold' }, { ...context, recommendation: 'hold' }).override).toBe(false);
  });

  it('links a correction to the entry it corrects', () => {
    expect(newDecisionEntry({ ...input, corrects: 'd-old' }, { ...context, recommendation: 'proceed' }).corrects).toBe('d-old');
  });

  it.each([
    ['an empty rationale', { rationale: '   ' }, 'rationale'],
    ['a proceed nobody approved', { approvedBy: ' ' }, 'approvedBy'],
  ])('is refused by the schema with %s', (_, patch, path) => {
    const made = newDecisionEntry({ ...input, ...patch }, { ...context, recommendation: 'proceed' });
    const parsed = decisionEntrySchema.safeParse(made);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('lets a note go without an approver', () => {
    const made = newDecisionEntry({ ...input, decision: 'note', approvedBy: '' }, { ...context, recommendation: 'hold' });
    expect(decisionEntrySchema.safeParse(made).success).toBe(true);
  });
});

describe('the entry schema', () => {
  it.each([
    ['an override not marked', { decision: 'proceed' as const, recommendation: 'hold' as const, override: false }],
    ['an override marked where there is none', { decision: 'hold' as const, recommendation: 'hold' as const, override: true }],
    ['a change without its description', { decision: 'threshold_change' as const, recommendation: null, change: null }],
    ['a description on a plain decision', { change: { what: 'x', before: 'a', after: 'b' } }],
  ])('refuses %s', (_, patch) => {
    expect(decisionEntrySchema.safeParse(entry(plan, patch)).success).toBe(false);
  });
});

describe('gateChangeEntry', () => {
  const after = { ...plan, thresholds: plan.thresholds.map((t) => ({ ...t, target: 85 })) };
  const [change] = gateChanges(plan, after);

  it('is an automatic, valid entry that says what changed and why it was logged', () => {
    const made = gateChangeEntry(change!, { ...context, author: 'Dana Kim' });
    expect(made).toMatchObject({
      decision: 'threshold_change',
      automatic: true,
      author: 'Dana Kim',
      stageId: null,
      recommendation: null,
      override: false,
      rationale: 'Changed after pilot data was imported: Threshold “Accuracy”: above 90% → above 85%.',
      change: { what: 'Threshold “Accuracy”', before: 'above 90%', after: 'above 85%' },
    });
    expect(decisionEntrySchema.safeParse(made).success).toBe(true);
  });

  it('is signed by the app when nobody on this machine has typed a name yet', () => {
    expect(gateChangeEntry(change!, { ...context, author: '' }).author).toBe(AUTOMATIC_AUTHOR);
  });
});

describe('log order and corrections', () => {
  it.each([
    ['in time order', '2026-11-02T10:00:00.000Z', '2026-11-02T11:00:00.000Z'],
    ['claiming an earlier time', '2026-11-03T01:00:00.000+02:00', '1970-01-01T00:00:00.000Z'],
    ['claiming a far later time first', '2099-01-01T00:00:00.000Z', '2026-11-02T10:00:00.000Z'],
  ])('lists the last appended first, whatever times the entries claim (%s)', (_name, first, second) => {
    const a = entry(plan, { id: 'a', at: first });
    const b = entry(plan, { id: 'b', at: second });
    expect(newestFirst([a, b]).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('leaves out entries a later one corrects', () => {
    const a = entry(plan, { id: 'a' });
    const b = entry(plan, { id: 'b', corrects: 'a' });
    expect(currentEntries([a, b]).map((e) => e.id)).toEqual(['b']);
  });

  it('writes local time with its offset, which the schema accepts', () => {
    const stamp = localTimestamp(new Date('2026-11-02T10:00:00.000Z'));
    expect(stamp).toMatch(/^2026-11-0[23]T\d{2}:\d{2}:00\.000[+-]\d{2}:\d{2}$/);
    expect(Date.parse(stamp)).toBe(Date.parse('2026-11-02T10:00:00.000Z'));
  });
});
