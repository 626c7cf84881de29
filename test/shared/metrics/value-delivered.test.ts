import { describe, expect, it } from 'vitest';
import type { QualityRow } from '../../../shared/csv/kinds';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import { gateContext } from '../../../shared/gates/gate-context';
import type { MetricObservations, Observation } from '../../../shared/gates/observations';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { decodeColumns, encodeColumns } from '../../../shared/metrics/columnar';
import type { QualityColumns } from '../../../shared/metrics/columns';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { MINUTES_BY_HAND_UNKNOWN, observationLookup } from '../../../shared/metrics/gate-observations';
import { storedRowAt } from '../../../shared/metrics/stored-rows';
import type { MetricId } from '../../../shared/model/metrics';
import { criterion, stage as gateStage } from '../gates/fixtures';
import { stage } from './fixtures';

/** Quality rows with minutes (editing, by hand) or a share only. */
type Row = { date: string; user: string; edit?: number; byHand?: number; share?: number; group?: string };

function qualityRows(rows: readonly Row[]): QualityColumns {
  const b = createColumnsBuilder('quality');
  b.appendBatch(
    rows.map((r, i): QualityRow => {
      const minutes = r.edit !== undefined && r.byHand !== undefined;
      return {
        line: i + 2,
        date: r.date,
        week: null,
        stage: null,
        group: r.group ?? null,
        outputId: `o${i}`,
        userId: r.user,
        editingShare: minutes ? (100 * (r.edit as number)) / (r.byHand as number) : (r.share ?? 0),
        ...(minutes ? { editingMinutes: r.edit, manualMinutes: r.byHand } : {}),
      };
    }),
  );
  return b.finish();
}

// A Monday: week 1 is 2026-03-02 … 03-08, week 2 is 03-09 … 03-15.
const pilot = stage('Pilot', '2026-03-02', 2, 2);

/*
 * Hand computation (minutes saved = minutes by hand − editing minutes):
 *   week 1: u1 30 − 5 = 25, u1 30 − 10 = 20, u2 20 − 0 = 20      → 3 outputs, Σ 65
 *   week 2: u1 45 − 15 = 30, u2 20 − 5 = 15                      → 2 outputs, Σ 45
 *   stage:  5 outputs, Σ 110, mean 22 min; Σx² = 625 + 400 + 400 + 900 + 225 = 2550
 *           s² = (2550 − 110²/5) / 4 = 32.5, s = 5.700877, s/√5 = 2.549510
 *           t(0.975, 4) = 2.776445 → 22 ± 7.078575 = 14.921425 … 29.078575 min
 *   per user per week (hours): week 1 u1 45 min = 0.75 h, u2 20 min = 0.3333 h → mean 0.541667
 *                              week 2 u1 30 min = 0.5 h,  u2 15 min = 0.25 h   → mean 0.375
 *           stage: 4 user-weeks, Σ 1.833333 h, mean 0.458333 h;
 *           Σx² = 0.5625 + 0.111111 + 0.25 + 0.0625 = 0.986111
 *   hours saved: week 1 65/60 = 1.083333, week 2 45/60 = 0.75, stage 110/60 = 1.833333
 */
const minutesRows: Row[] = [
  { date: '2026-03-02', user: 'u1', edit: 5, byHand: 30 },
  { date: '2026-03-03', user: 'u1', edit: 10, byHand: 30 },
  { date: '2026-03-04', user: 'u2', edit: 0, byHand: 20 },
  { date: '2026-03-09', user: 'u1', edit: 15, byHand: 45 },
  { date: '2026-03-10', user: 'u2', edit: 5, byHand: 20 },
];

function observe(rows: readonly Row[], metric: MetricId, manualMinutesPerTask: number | null = null): MetricObservations {
  const metrics = computeMetrics({ q: qualityRows(rows) }, [pilot], { editingShareLimit: 15, manualMinutesPerTask });
  return observationLookup(metrics)(pilot.id, metric);
}

function available(obs: MetricObservations) {
  if (obs.status !== 'available') throw new Error(`unmeasurable: ${obs.why.message}`);
  return obs.overall;
}

describe('the stored form keeps the minutes', () => {
  it('round-trips editing minutes and minutes by hand through the columns and their bytes', () => {
    const columns = qualityRows([...minutesRows, { date: '2026-03-11', user: 'u3', share: 40 }]);
    const decoded = decodeColumns(encodeColumns(columns));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const back = decoded.value as QualityColumns;
    expect(storedRowAt(back, 0)).toMatchObject({ editingMinutes: 5, manualMinutes: 30 });
    expect(storedRowAt(back, 5)).not.toHaveProperty('editingMinutes');
    expect(back.editingMinutes?.[5]).toBeNaN();
  });

  it('leaves the minutes columns out of a share-only log (and out of its bytes)', () => {
    const columns = qualityRows([{ date: '2026-03-02', user: 'u1', share: 10 }]);
    expect(columns.editingMinutes).toBeNull();
    expect(columns.manualMinutes).toBeNull();
  });
});

describe('time saved, hand-computed (see the comment above the rows)', () => {
  it.each<[MetricId, number | null, number, number]>([
    // metric, week (null = stage), value, sample
    ['minutes_saved_per_output', null, 22, 5],
    ['minutes_saved_per_output', 1, 65 / 3, 3],
    ['minutes_saved_per_output', 2, 22.5, 2],
    ['hours_saved_per_user_week', null, 0.458333, 4],
    ['hours_saved_per_user_week', 1, 0.541667, 2],
    ['hours_saved_per_user_week', 2, 0.375, 2],
    ['hours_saved', null, 1.833333, 5],
    ['hours_saved', 1, 1.083333, 3],
    ['hours_saved', 2, 0.75, 2],
  ])('%s in %s is %d over %d', (metric, week, value, sample) => {
    const series = available(observe(minutesRows, metric));
    const obs: Observation | null | undefined = week === null ? series.whole : series.weeks.find((w) => w.week === week);
    expect(obs?.value).toBeCloseTo(value, 5);
    expect(obs?.sample).toBe(sample);
  });

  it('keeps the spread a t or Welch interval needs', () => {
    expect(available(observe(minutesRows, 'minutes_saved_per_output')).whole?.moments).toEqual({ n: 5, sum: 110, sumOfSquares: 2550 });
    const perUser = available(observe(minutesRows, 'hours_saved_per_user_week')).whole?.moments;
    expect(perUser?.n).toBe(4);
    expect(perUser?.sum).toBeCloseTo(1.833333, 5);
    expect(perUser?.sumOfSquares).toBeCloseTo(0.986111, 5);
  });

  /*
   * The plan's "a task takes 30 minutes by hand" for share-only rows: saved = 30 × (1 − share/100).
   *   u1 share 20% → 24 min; u2 share 50% → 15 min; a row with its own minutes (20 − 5 = 15) keeps them.
   *   mean (24 + 15 + 15) / 3 = 18 min.
   */
  it("uses the plan's minutes by hand for share-only rows, and a row's own minutes before them", () => {
    const rows: Row[] = [
      { date: '2026-03-02', user: 'u1', share: 20 },
      { date: '2026-03-03', user: 'u2', share: 50 },
      { date: '2026-03-04', user: 'u2', edit: 5, byHand: 20 },
    ];
    expect(available(observe(rows, 'minutes_saved_per_output', 30)).whole?.value).toBeCloseTo(18, 10);
    // Without the plan's figure, only the row with minutes is known.
    expect(available(observe(rows, 'minutes_saved_per_output', null)).whole).toMatchObject({ value: 15, sample: 1 });
  });

  it('never assumes minutes by hand: cannot measure, saying what to enter', () => {
    const obs = observe([{ date: '2026-03-02', user: 'u1', share: 20 }], 'minutes_saved_per_output');
    expect(obs).toEqual({ status: 'unmeasurable', why: { kind: 'unmapped', message: MINUTES_BY_HAND_UNKNOWN } });
    expect(MINUTES_BY_HAND_UNKNOWN).toMatch(/enter how long the task takes by hand/i);
  });

  it('a week whose outputs all lack minutes by hand has no value, and says why', () => {
    const rows: Row[] = [minutesRows[0] as Row, { date: '2026-03-09', user: 'u1', share: 10 }];
    const week2 = available(observe(rows, 'minutes_saved_per_output')).weeks.find((w) => w.week === 2);
    expect(week2).toMatchObject({ value: null, sample: 1, whyNoValue: MINUTES_BY_HAND_UNKNOWN });
  });
});

describe('time saved as a gate', () => {
  const AFTER = '2026-03-20';
  const judge = (threshold: number, confidence: boolean) => {
    const c = criterion({ metric: 'minutes_saved_per_output', comparator: '>=', threshold, judgedAt: { kind: 'stage_end' } });
    const s = gateStage({ id: pilot.id, plannedStart: '2026-03-02', durationWeeks: 2, criteria: [c] });
    return evaluateCriterion(c, observe(minutesRows, 'minutes_saved_per_output'), gateContext({ statisticalConfidence: confidence }, s, AFTER));
  };

  // Mean 22 min, t interval 14.92 … 29.08 min (hand computation above).
  it.each<[number, boolean, string]>([
    [15, false, 'pass'],
    [23, false, 'fail'],
    [15, true, 'not_enough_data'],
    [14, true, 'pass'],
    [30, true, 'fail'],
  ])('≥ %d min with confidence %s → %s', (threshold, confidence, status) => {
    expect(judge(threshold, confidence).status).toBe(status);
  });

  it('names the interval when confidence decides', () => {
    const result = judge(15, true);
    expect(result.reason).toBe(
      'Time saved per output over the stage is 22 min (5 outputs, 95% interval 14.9 min to 29.1 min) — too few outputs to conclude against 15 min.',
    );
    expect(result.used[0]?.interval?.low).toBeCloseTo(14.921425, 5);
    expect(result.used[0]?.interval?.high).toBeCloseTo(29.078575, 5);
  });
});
