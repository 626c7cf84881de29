import { describe, expect, it } from 'vitest';
import { gateChangeEntry } from '../../../shared/decisions/new-entry';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { settingChanges } from '../../../shared/decisions/setting-changes';
import { verdictShiftSentence, verdictShifts } from '../../../shared/decisions/verdict-shifts';
import type { Plan, Stage } from '../../../shared/model/schema';
import { pilotPlan } from './fixtures';

const plan = pilotPlan();
const firstStage = (patch: Partial<Stage>): Plan => ({ ...plan, stages: plan.stages.map((s, i) => (i === 0 ? { ...s, ...patch } : s)) });
const name = plan.stages[0]?.name ?? '';
const first = plan.stages[0]!;

describe('settingChanges', () => {
  it.each<[string, Plan, Array<[string, string, string]>]>([
    ['nothing changed', plan, []],
    [
      'statistical confidence switched on',
      { ...plan, statisticalConfidence: !plan.statisticalConfidence },
      [['Statistical confidence (a proportion passes only when its whole 95% interval clears the threshold)', 'off', 'on']],
    ],
    ['editing limit', { ...plan, editingShareLimit: 20 }, [['Editing limit (an output needs little editing below this share)', '15%', '20%']]],
    [
      'minutes by hand entered',
      { ...plan, manualMinutesPerTask: 30 },
      [['Minutes a task takes by hand (the time saved of outputs whose file gives no minutes by hand)', 'not known', '30 min']],
    ],
    ['start date', firstStage({ plannedStart: '2026-10-01' }), [[`Stage “${name}”, start date`, first.plannedStart ?? '(not set)', '2026-10-01']]],
    ['start date removed', firstStage({ plannedStart: null }), [[`Stage “${name}”, start date`, first.plannedStart ?? '', '(not set)']]],
    ['duration', firstStage({ durationWeeks: 1 }), [[`Stage “${name}”, duration`, `${first.durationWeeks} weeks`, '1 week']]],
    ['minimum duration', firstStage({ minDurationWeeks: 6 }), [[`Stage “${name}”, minimum duration`, `${first.minDurationWeeks} weeks`, '6 weeks']]],
    ['enrolment', firstStage({ enrolledUsers: 12 }), [[`Stage “${name}”, enrolment`, `${first.enrolledUsers} users`, '12 users']]],
    [
      'enrolment per group',
      firstStage({ enrolledByGroup: { Support: 3, Claims: 2 } }),
      [[`Stage “${name}”, enrolment`, `${first.enrolledUsers} users`, `${first.enrolledUsers} users (Claims: 2, Support: 3)`]],
    ],
    ['a stage name is not a setting', firstStage({ name: 'Renamed' }), []],
    ['a new stage is not a setting change (its rules are logged)', { ...plan, stages: [...plan.stages, { ...first, id: 'new' }] }, []],
  ])('%s', (_, after, expected) => {
    expect(settingChanges(plan, after).map((c) => [c.what, c.before, c.after])).toEqual(expected);
    expect(settingChanges(plan, after).every((c) => c.kind === 'setting_change')).toBe(true);
  });
});

describe('verdictShifts', () => {
  const stages = [
    { id: 'a', name: 'Internal pilot' },
    { id: 'b', name: 'Expanded pilot' },
  ];
  it.each([
    ['unknown before', null, new Map([['a', 'hold' as const]]), null],
    ['unknown after', new Map([['a', 'hold' as const]]), null, null],
    ['nothing moved', new Map([['a', 'hold' as const]]), new Map([['a', 'hold' as const]]), []],
    [
      'stage 1 proceed to hold',
      new Map([['a', 'proceed' as const], ['b', 'hold' as const]]),
      new Map([['a', 'hold' as const], ['b', 'hold' as const]]),
      [{ stage: 'Stage 1 “Internal pilot”', before: 'proceed', after: 'hold' }],
    ],
  ])('%s', (_, before, after, expected) => {
    expect(verdictShifts(stages, before, after)).toEqual(expected);
  });

  it.each([
    [null, 'Whether this changed a verdict could not be checked: the pilot data was still being worked out.'],
    [[], 'No stage verdict changed.'],
    [[{ stage: 'Stage 1 “Internal pilot”', before: 'proceed' as const, after: 'hold' as const }], 'Verdicts changed: Stage 1 “Internal pilot” proceed → hold.'],
  ])('words %j', (shifts, sentence) => {
    expect(verdictShiftSentence(shifts)).toBe(sentence);
  });
});

describe('a logged setting change', () => {
  it('is a valid automatic entry with its before, after and the verdicts it moved', () => {
    const [change] = settingChanges(plan, { ...plan, editingShareLimit: 20 });
    const verdicts = [{ stage: 'Stage 1 “Internal pilot”', before: 'proceed' as const, after: 'hold' as const }];
    const entry = gateChangeEntry(change!, { id: 'e1', planId: plan.id, at: '2026-10-06T10:00:00+02:00', author: 'Dana', evidence: evidence() }, verdicts);
    expect(decisionEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({ decision: 'setting_change', automatic: true, change: { before: '15%', after: '20%', verdicts } });
    expect(entry.rationale).toBe(
      'Changed after pilot data was imported: Editing limit (an output needs little editing below this share): 15% → 20%. Verdicts changed: Stage 1 “Internal pilot” proceed → hold.',
    );
  });
});

function evidence() {
  return {
    planRevision: 1,
    evaluatedOn: '2026-10-06',
    riskTier: null,
    statisticalConfidence: false,
    readiness: { overall: null, blockers: 0, blockerItems: [], weakestArea: null, weakestScore: null, ready: true },
    thresholds: { met: 0, notMet: 0, notMeasured: 0, items: [] },
    stage: null,
    imports: [],
  };
}
