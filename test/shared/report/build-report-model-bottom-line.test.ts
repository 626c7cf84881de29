import { stageUnlocks } from '../../../shared/decisions/stage-unlocks';
import { withStageLock } from '../../../shared/decisions/stage-lock';
import { bottomLine as buildBottomLine } from '../../../shared/report/bottom-line';
import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import type { Plan } from '../../../shared/model/schema';
import { AFTER_WEEK_4, entry, evaluationsOf, pilotPlan } from '../decisions/fixtures';
import { modelOf } from './report-model-fixture';

describe('the bottom line and the citable version', () => {
  it('opens with each stage: recommendation, decision taken, deciding reasons and what happens next', () => {
    const plan = pilotPlan();
    const { bottomLine } = modelOf(plan);
    expect(bottomLine.rows[0]).toMatchObject({
      stage: 'Stage 1: Internal pilot',
      recommendation: 'Hold',
      tone: 'warn',
      decision: 'Not decided yet',
      decided: false,
    });
    expect(bottomLine.rows[0]?.reasons).toContain('Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.');
    expect(bottomLine.rows[0]?.reasons.length).toBeLessThanOrEqual(2);
    expect(bottomLine.rows[0]?.next).toBe('Decision due: record hold, or fix the deciding reason first.');
    // A last stage that runs: the Why cell does not give the lock, so Next says it.
    expect(bottomLine.rows[1]?.next).toMatch(/^Waits: Stage 2 may not start yet/);
  });

  // Before: "Decision due from 2026-10-05", the only date on page 1 written year-month-day.
  it('writes the date a decision is due from as every other date is written', () => {
    const plan = pilotPlan();
    const early = '2026-09-20';
    const row = buildBottomLine(plan, evaluationsOf(plan, early), stageUnlocks(plan, []), [], early).rows[0];
    expect(row?.next).toBe('Decision due from Oct 5, 2026.');
  });

  // The lock's reason in the Why cell and again in Next took a line more per stage on page 1 (the traffic sample printed four pages).
  it('says what a locked stage waits for without repeating the reason the Why cell gives', () => {
    const base = pilotPlan();
    const gate = base.stages[0]!.criteria[0]!;
    const plan = { ...base, stages: [base.stages[0]!, { ...base.stages[1]!, plannedStart: base.stages[0]!.plannedStart, criteria: [{ ...gate, id: 'c2' }] }] };
    const unlocks = stageUnlocks(plan, []);
    const evaluations = evaluationsOf(plan).map((e, i) => withStageLock(e, unlocks[i]));
    const row = buildBottomLine(plan, evaluations, unlocks, [], AFTER_WEEK_4).rows[1];
    expect(row?.reasons).toContain('Stage 2 may not start yet: no proceed decision is recorded for stage 1.');
    expect(row?.next).toBe('Waits for a proceed decision on stage 1.');
  });

  it.each<[string, Partial<DecisionEntry>, string, string]>([
    ['hold as recommended', { decision: 'hold' }, 'Hold, Oct 5, 2026, Dana Kim', 'On hold: decide again when the deciding reason changes.'],
    ['an override to proceed', { decision: 'proceed', override: true }, 'Proceed (override), Oct 5, 2026, Dana Kim', 'Stage 2 may start.'],
    ['a roll-back', { decision: 'roll_back', override: true }, 'Roll back (override), Oct 5, 2026, Dana Kim', 'Rolled back; decide again once the cause is fixed.'],
  ])('says the decision taken and the next step after %s', (_, overrides, decision, next) => {
    const plan = pilotPlan();
    const { bottomLine } = modelOf(plan, [entry(plan, overrides)]);
    expect(bottomLine.rows[0]).toMatchObject({ decision, decided: true, next });
  });

  it.each<[string, Partial<Plan>, string[]]>([
    ['no register kept', { incidents: [], incidentsKeptSince: null }, ['Register not kept', 'Register not kept']],
    ['a kept register without incidents', { incidents: [], incidentsKeptSince: '2026-09-07' }, ['None open', 'None open']],
    [
      'an open critical incident in stage 2',
      {
        incidentsKeptSince: '2026-09-07',
        incidents: [
          { id: 'x1', stageId: 's2', severity: 'critical', openedAt: '2026-10-13T09:00', acknowledgedAt: null, resolvedAt: null, description: 'Wrong policy quoted', rollback: false },
        ],
      },
      ['None open', '1 open: 1 critical'],
    ],
  ])('names each stage’s open incidents in the bottom line with %s', (_, overrides, words) => {
    const model = modelOf(pilotPlan(overrides));
    expect(model.bottomLine.rows.map((r) => r.incidents)).toEqual(words);
    // The same register feeds the incidents section.
    expect(model.incidents.open.length).toBe(words.filter((w) => w !== 'None open' && w !== 'Register not kept').length);
  });

  it('prints a resolved critical incident no criterion judges beside the deciding reasons, not only as "None open"', () => {
    const plan = pilotPlan({
      incidentsKeptSince: '2026-09-07',
      incidents: [
        { id: 'x1', stageId: 's1', severity: 'critical', openedAt: '2026-09-09T13:02', acknowledgedAt: '2026-09-09T13:09', resolvedAt: '2026-09-09T14:30', description: 'Replies with another customer’s details', rollback: true },
      ],
    });
    const [first] = modelOf(plan).bottomLine.rows;
    expect(first?.incidents).toBe('None open');
    expect(first?.reasons.at(-1)).toMatch(/^A critical incident was recorded in this stage: on Sep 9, 2026 \(“Replies with another customer’s details”, rollback taken\)\. No criterion or trigger/);
    expect(first?.reasons).toContain('Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.');
  });

  it('lists the decisions people took and counts the logged changes instead of listing them', () => {
    const plan = pilotPlan();
    const decisions = [
      entry(plan, { decision: 'hold', rationale: 'Wait for week 5.' }),
      entry(plan, { automatic: true, decision: 'setting_change', recommendation: null, rationale: 'Statistical confidence switched on.' }),
      entry(plan, { automatic: true, decision: 'note', recommendation: null, rationale: 'Incident register edited.' }),
    ];
    const model = modelOf(plan, decisions);
    expect(model.decisions.map((d) => d.rationale)).toEqual(['Wait for week 5.']);
    expect(model.decisionsNote).toBe(
      'The log also holds 2 logged changes (gates, thresholds, settings, incidents or hand-recorded values), the latest on Oct 5, 2026: the Decisions tab and the audit appendix list each one.',
    );
    expect(modelOf(plan, decisions.slice(0, 1)).decisionsNote).toBeNull();
  });

  it('advances the citable version with each decision or note, never with a logged change or a save', () => {
    const plan = pilotPlan();
    const decisions = [entry(plan), entry(plan, { decision: 'note', recommendation: 'hold' }), entry(plan, { automatic: true, decision: 'criterion_change' })];
    expect(modelOf(plan, decisions).running).toMatchObject({ version: 'Version 3', revision: `Revision ${plan.revision}` });
  });
});
