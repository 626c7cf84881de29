import { describe, expect, it } from 'vitest';
import type { OperationsRow, QualityRow } from '../../../shared/csv/kinds';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { MINUTES_BY_HAND_UNKNOWN } from '../../../shared/metrics/gate-observations';
import { valueSummary } from '../../../shared/metrics/value-summary';
import { valueSection } from '../../../shared/report/value-section';
import { formatAmount } from '../../../shared/format/format';
import { stage } from './fixtures';

/** A day after every row: nothing is dated after today. */
const LATER = '2026-12-07';
const first = stage('Pilot', '2026-03-02', 1, 2);
const second = stage('Expanded', '2026-03-09', 1, 4);

function quality(rows: readonly [date: string, user: string, edit: number | null, byHand: number | null, share: number][]) {
  const b = createColumnsBuilder('quality');
  b.appendBatch(
    rows.map(([date, user, edit, byHand, share], i): QualityRow => ({
      line: i + 2,
      date,
      week: null,
      stage: null,
      group: null,
      outputId: `o${i}`,
      userId: user,
      editingShare: share,
      ...(edit !== null && byHand !== null ? { editingMinutes: edit, manualMinutes: byHand } : {}),
    })),
  );
  return b.finish();
}

function operations(rows: readonly [date: string, requests: number, cost: number | null][]) {
  const b = createColumnsBuilder('operations');
  b.appendBatch(
    rows.map(([date, requests, cost], i): OperationsRow => ({
      line: i + 2,
      date,
      week: null,
      stage: null,
      group: null,
      userId: '',
      requests,
      errors: null,
      latencySeconds: null,
      cost,
      escalations: null,
      thumbsUp: null,
      thumbsDown: null,
    })),
  );
  return b.finish();
}

/*
 * Hand computation.
 *   Pilot (03-02 … 03-08): u1 60 − 12 = 48 min, u2 60 − 30 = 30 min → 78 min = 1.3 h over 2 outputs,
 *     39 min per output; 2 user-weeks (0.8 h, 0.5 h) → 0.65 h per active user per week.
 *   Expanded (03-09 … 03-15): u1 share 25% with no minutes by hand → unknown without the plan's figure.
 *   Cost: Pilot day rows 100 requests costing 5.00 and 50 requests costing 3.00 → 8 ÷ 150 = 0.053333;
 *     Expanded 200 requests costing 4.00, plus 10 requests with no cost (left out) → 4 ÷ 200 = 0.02;
 *     plan: 12 ÷ 350 = 0.034286 — pooled, not the mean of 0.0533 and 0.02.
 */
const columns = {
  q: quality([
    ['2026-03-02', 'u1', 12, 60, 20],
    ['2026-03-03', 'u2', 30, 60, 50],
    ['2026-03-10', 'u1', null, null, 25],
  ]),
  o: operations([
    ['2026-03-02', 100, 5],
    ['2026-03-03', 50, 3],
    ['2026-03-10', 200, 4],
    ['2026-03-11', 10, null],
  ]),
};

describe('valueSummary: the value delivered, pooled over rows', () => {
  const summary = valueSummary(computeMetrics(columns, [first, second], { editingShareLimit: 15 }), [], LATER);

  it('pools the plan: hours saved and per output over the outputs whose minutes are known', () => {
    expect(summary.time).toEqual({ ok: true, figures: { outputs: 2, userWeeks: 2, hoursSaved: 1.3, minutesPerOutput: 39, hoursPerUserWeek: 0.65 } });
    expect(summary.cost?.perInteraction).toBeCloseTo(12 / 350, 10);
    expect(summary.cost?.requests).toBe(350);
  });

  it.each<[string, number, string | null, number]>([
    ['Pilot', 0, null, 8 / 150],
    ['Expanded', 1, MINUTES_BY_HAND_UNKNOWN, 0.02],
  ])('%s on its own', (_name, index, reason, cost) => {
    const s = summary.stages[index];
    if (reason === null) expect(s?.time?.ok).toBe(true);
    else expect(s?.time).toEqual({ ok: false, reason, noRows: false });
    expect(s?.cost?.perInteraction).toBeCloseTo(cost, 10);
  });

  it('says it in words for the report', () => {
    const section = valueSection(summary);
    expect(section?.lead).toBe('1.3 hours saved over 2 outputs: 39 min per output, 0.65 h per active user per week. Cost per interaction: 0.0343 over 350 requests.');
    expect(section?.rows.map((r) => [r.stage, r.hoursSaved, r.perOutput, r.perUserWeek, r.cost])).toEqual([
      ['Pilot', '1.3 h', '39 min', '0.65 h', '0.0533 (150 requests)'],
      ['Expanded', 'cannot measure', 'cannot measure', 'cannot measure', '0.02 (200 requests)'],
    ]);
  });

  it('names a stage without any data in the lead instead of a row, and says "cannot measure" where minutes by hand are unknown', () => {
    const third = stage('Full rollout', '2026-03-16', null, null);
    const section = valueSection(valueSummary(computeMetrics(columns, [first, second, third], { editingShareLimit: 15 }), [], LATER));
    expect(section?.rows.map((r) => [r.stage, r.hoursSaved])).toEqual([
      ['Pilot', '1.3 h'],
      ['Expanded', 'cannot measure'],
    ]);
    expect(section?.lead).toMatch(/ No data yet: Full rollout\.$/);
  });

  // Without any output-quality file the table held three columns of dashes beside the cost: the traffic sample's
  // summary printed a fourth page for its sign-off. The costs per stage move into the lead, none lost.
  it('without an output-quality file, gives the cost per stage in the lead instead of a table of dashes', () => {
    const third = stage('Full rollout', '2026-03-16', null, null);
    const section = valueSection(valueSummary(computeMetrics({ o: columns.o }, [first, second, third], { editingShareLimit: 15 }), [], LATER));
    expect(section?.rows).toEqual([]);
    expect(section?.lead).toBe(
      'Hours saved cannot be measured without an output-quality file. Cost per interaction: 0.0343 over 350 requests. Per stage: Pilot 0.0533 (150 requests); Expanded 0.02 (200 requests). No data yet: Full rollout.',
    );
    expect(section?.method).toBe('Cost = total ÷ requests with a cost.');
  });

  it('is left out of the report without data of either kind', () => {
    expect(valueSection(valueSummary(computeMetrics({}, [first], { editingShareLimit: 15 }), [], LATER))).toBeNull();
  });
});

// A file listed in the plan whose stored rows are damaged (checksum) or missing: its rows are not in the metrics.
describe('valueSummary: a file listed but unreadable here', () => {
  const damagedQuality = { kind: 'quality' as const, fileName: 'quality.csv' };
  const damagedOps = { kind: 'operations' as const, fileName: 'operations.csv' };
  const why = (file: string) => `The rows of “${file}” are missing or damaged on this computer, so this cannot be measured from the imported files: remove that import on the Pilot data tab and import the file again.`;

  it.each<[string, Parameters<typeof computeMetrics>[0], string, RegExp]>([
    // quality.csv unreadable, its rows absent: the report said "cannot be measured without an output-quality file".
    ['the only quality file', { o: columns.o }, 'Hours saved: cannot measure. ', /^Hours saved: cannot measure\. The rows of “quality\.csv”/],
    // One of two quality files unreadable: the other's 1.3 hours would be a figure on part of the outputs.
    ['one quality file of two', columns, 'Hours saved: cannot measure. ', /^Hours saved: cannot measure\./],
  ])('hours saved cannot be measured when %s cannot be read', (_case, cols, start, lead) => {
    const summary = valueSummary(computeMetrics(cols, [first, second], { editingShareLimit: 15 }), [damagedQuality], LATER);
    expect(summary.time).toEqual({ ok: false, reason: why('quality.csv'), noRows: false });
    expect(summary.stages.map((s) => s.time)).toEqual([summary.time, summary.time]);
    const section = valueSection(summary);
    expect(section?.lead.startsWith(start)).toBe(true);
    expect(section?.lead).toMatch(lead);
    expect(section?.lead).not.toMatch(/without an output-quality file/);
    expect(section?.rows.map((r) => r.hoursSaved)).toEqual(['cannot measure', 'cannot measure']);
  });

  it('the cost per interaction cannot be measured when an operations file cannot be read, and says why', () => {
    const summary = valueSummary(computeMetrics({ q: columns.q }, [first, second], { editingShareLimit: 15 }), [damagedOps], LATER);
    expect(summary.cost).toBeNull();
    expect(summary.costCannotMeasure).toBe(why('operations.csv'));
    const section = valueSection(summary);
    expect(section?.lead).toContain(`Cost per interaction: cannot measure. ${why('operations.csv')}`);
    expect(section?.lead).not.toMatch(/no operations file/);
    expect(section?.rows.map((r) => r.cost)).toEqual(['cannot measure', 'cannot measure']);
  });
});

describe('formatAmount: a small cost never shows as 0', () => {
  it.each<[number, string]>([
    [0, '0'],
    [0.0034, '0.0034'],
    [0.034286, '0.0343'],
    [0.5, '0.5'],
    [1.234, '1.23'],
    [12.34, '12.3'],
  ])('%d → %s', (value, text) => {
    expect(formatAmount(value, 'en')).toBe(text);
  });
});

// Before: rows dated after today (a week not begun) were summed into the hours saved and the cost, and only the
// import's warning named them; the dashboard and the summary said nothing.
describe('valueSummary: rows dated after today', () => {
  const metrics = computeMetrics(columns, [first, second], { editingShareLimit: 15 });

  it('leaves a week that has not begun out of the figures, and says so with where and how many', () => {
    // On 2026-03-08 the Expanded stage (from 03-09) has not begun: its output and its 210 requests are dated after today.
    const summary = valueSummary(metrics, [], '2026-03-08');
    expect(summary.cost?.perInteraction).toBeCloseTo(8 / 150, 10);
    expect(summary.cost?.requests).toBe(150);
    expect(summary.time).toMatchObject({ ok: true, figures: { outputs: 2, hoursSaved: 1.3 } });
    expect(summary.stages[1]?.cost).toBeNull();
    expect(summary.datedAfterToday).toBe(
      'Leaves out 1 output and 200 requests with a cost dated after today (Mar 8, 2026), in Expanded week 1, which starts on Mar 9, 2026: check the file\'s dates.',
    );
    expect(valueSection(summary)?.lead).toContain('Leaves out 1 output and 200 requests with a cost dated after today');
  });

  it('says nothing when every row is dated today or before', () => {
    expect(valueSummary(metrics, [], '2026-03-09').datedAfterToday).toBeNull();
  });
});
