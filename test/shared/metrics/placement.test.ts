import { describe, expect, it } from 'vitest';
import { placeRows, unplacedReasons, type UnplacedReason } from '../../../shared/metrics/placement';
import { stageCalendar, stageSpans } from '../../../shared/metrics/stage-calendar';
import { dayFromIso, isoFromDay } from '../../../shared/metrics/day-number';
import { quality, stage } from './fixtures';

// The "Team workflow pilot": 4 + 4 weeks, then a rollout without an end.
const workflow = [
  stage('Internal pilot', '2026-09-07', 4, 5),
  stage('Expanded pilot', '2026-10-05', 4, 15),
  stage('Full rollout', '2026-11-02', null, null),
];
// Two stages with a gap between them and a defined end.
const gapped = [stage('Pilot A', '2026-09-07', 2), stage('Pilot B', '2026-10-05', 2)];

type Row = { date?: string | null; week?: number | null; stage?: string | null };
type Expected = { stage: string; week: number } | UnplacedReason;

function place(stages: typeof workflow, row: Row): Expected {
  const placement = placeRows(quality([{ ...row, share: 1 }]), stageCalendar(stages));
  const s = placement.stage[0] as number;
  if (s >= 0) return { stage: stages[s]?.name ?? '?', week: placement.week[0] as number };
  const reason = unplacedReasons.find((r) => placement.unplaced[r] === 1);
  return reason ?? 'no_time';
}

describe('week and stage of a row', () => {
  it.each<[string, typeof workflow, Row, Expected]>([
    ['start date (day 0) is week 1', workflow, { date: '2026-09-07' }, { stage: 'Internal pilot', week: 1 }],
    ['day 6 is still week 1', workflow, { date: '2026-09-13' }, { stage: 'Internal pilot', week: 1 }],
    ['day 7 is week 2', workflow, { date: '2026-09-14' }, { stage: 'Internal pilot', week: 2 }],
    ['the last day of a 4-week stage is week 4', workflow, { date: '2026-10-04' }, { stage: 'Internal pilot', week: 4 }],
    ['the next day belongs to the next stage', workflow, { date: '2026-10-05' }, { stage: 'Expanded pilot', week: 1 }],
    ['the day before the first start is outside', workflow, { date: '2026-09-06' }, 'outside_stages'],
    ['a stage without duration runs on', workflow, { date: '2027-01-01' }, { stage: 'Full rollout', week: 9 }],
    ['after a stage ends, before the next starts', gapped, { date: '2026-09-21' }, 'outside_stages'],
    ['after the last stage ends', gapped, { date: '2026-10-19' }, 'outside_stages'],
    ['a week number with a stage is used as is', workflow, { week: 3, stage: 'Expanded pilot' }, { stage: 'Expanded pilot', week: 3 }],
    ['a week number and a date: the date picks the stage, the week is kept', workflow, { week: 2, date: '2026-10-20' }, { stage: 'Expanded pilot', week: 2 }],
    ['a stage column overrides the date (matched trimmed, any case)', workflow, { date: '2026-10-06', stage: '  internal PILOT ' }, { stage: 'Internal pilot', week: 5 }],
    ['a named stage counts weeks from its own start', workflow, { date: '2026-10-05', stage: 'Expanded pilot' }, { stage: 'Expanded pilot', week: 1 }],
    ['an unknown stage name', workflow, { date: '2026-09-08', stage: 'Pilot X' }, 'unknown_stage'],
    // The app labels stages "Stage 2: Expanded pilot", and the importer reads "Stage 2" and "2" so: the metrics must too.
    ['a stage named by its number, as the app labels it', workflow, { date: '2026-10-06', stage: 'Stage 2' }, { stage: 'Expanded pilot', week: 1 }],
    ['a stage given as a bare number', workflow, { date: '2026-10-06', stage: ' 2 ' }, { stage: 'Expanded pilot', week: 1 }],
    ['a stage number the plan does not have', workflow, { date: '2026-10-06', stage: 'Stage 9' }, 'unknown_stage'],
    ['stage 0 is no stage', workflow, { date: '2026-10-06', stage: '0' }, 'unknown_stage'],
    ['a name that only contains a number', workflow, { date: '2026-10-06', stage: 'pilot-1' }, 'unknown_stage'],
    ['dated before the stage it names', workflow, { date: '2026-09-20', stage: 'Expanded pilot' }, 'before_stage_start'],
    ['a week number without a stage', workflow, { week: 2 }, 'week_without_stage'],
    ['neither date nor week', workflow, {}, 'no_time'],
    ['a stage without a start date and a dated row', [stage('Undated', null)], { date: '2026-09-08', stage: 'Undated' }, 'stage_without_start'],
    ['a stage without a start date and a week number', [stage('Undated', null)], { week: 2, stage: 'Undated' }, { stage: 'Undated', week: 2 }],
    ['absurdly late for its stage (a typo in the year)', workflow, { date: '2062-09-08', stage: 'Internal pilot' }, 'beyond_week_limit'],
    ['a stage literally named "1" is that stage, not the first', [stage('Pilot', '2026-09-07'), stage('1', '2026-10-05')], { date: '2026-10-06', stage: '1' }, { stage: '1', week: 1 }],
  ])('%s', (_label, stages, row, expected) => {
    expect(place(stages, row)).toEqual(expected);
  });
});

describe('stage ranges', () => {
  it('a stage without duration ends the day before the next stage starts, whatever the plan order', () => {
    const spans = stageSpans([stage('Later', '2026-10-05', 2), stage('Open', '2026-09-07', null)]);
    expect(spans[1]).toEqual({ start: dayFromIso('2026-09-07'), end: dayFromIso('2026-10-04') });
    expect(spans[0]?.end).toBe(dayFromIso('2026-10-18'));
  });

  it('overlapping stages: the earlier in plan order takes the row, and the overlap is reported', () => {
    const stages = [stage('First', '2026-09-07', 4), stage('Second', '2026-09-21', 4)];
    const placement = placeRows(quality([{ date: '2026-09-22', share: 1 }, { date: '2026-10-10', share: 1 }]), stageCalendar(stages));
    expect([...placement.stage]).toEqual([0, 1]);
    expect([...placement.week]).toEqual([3, 3]);
    expect(placement.overlapRows).toBe(1);
  });

  it('remembers the first and last day of rows outside every stage', () => {
    const placement = placeRows(
      quality(['2026-09-04', '2026-09-07', '2026-09-03', '2026-12-01'].map((date) => ({ date, share: 1 }))),
      stageCalendar(gapped),
    );
    expect(placement.unplaced.outside_stages).toBe(3);
    expect(placement.outsideDays && [isoFromDay(placement.outsideDays.first), isoFromDay(placement.outsideDays.last)]).toEqual([
      '2026-09-03',
      '2026-12-01',
    ]);
    expect(placement.placedRows).toBe(1);
  });
});
