import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { isoFromDay } from '../../../shared/metrics/day-number';
import { placeRows } from '../../../shared/metrics/placement';
import { stageCalendar } from '../../../shared/metrics/stage-calendar';
import { quality, stage, usage } from './fixtures';

const stages = [stage('One', '2026-09-07', 3, 6), stage('Two', '2026-09-28', null, 10)];
const START = 20703; // 2026-09-07

const row = fc.record({
  day: fc.integer({ min: START - 5, max: START + 60 }),
  user: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
  group: fc.option(fc.constantFrom('A', 'B', 'C')),
  share: fc.constantFrom(0, 5, 14.5, 15, 15.5, 30, 99.9),
  uses: fc.option(fc.integer({ min: 0, max: 3 })),
});

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

describe('computeMetrics agrees with a plain row-by-row count', () => {
  it('for any rows, every week, total and group', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), fc.array(row, { maxLength: 80 }), (qRows, uRows) => {
        const q = quality(qRows.map((r) => ({ date: isoFromDay(r.day), user: r.user, group: r.group, share: r.share })));
        const u = usage(uRows.map((r) => ({ date: isoFromDay(r.day), user: r.user, group: r.group, uses: r.uses })));
        const metrics = computeMetrics({ q, u }, stages, { editingShareLimit: 15 });
        const calendar = stageCalendar(stages);
        const qp = placeRows(q, calendar);
        const up = placeRows(u, calendar);

        metrics.stages.forEach((s, si) => {
          const periods = [{ week: 0, figures: s.total, group: null as string | null }];
          s.weeks.forEach((w) => periods.push({ week: w.week, figures: w, group: null }));
          s.groups.forEach((g) => {
            periods.push({ week: 0, figures: g.total, group: g.group });
            g.weeks.forEach((w) => periods.push({ week: w.week, figures: w, group: g.group }));
          });
          for (const { week, figures, group } of periods) {
            const inPeriod = (p: typeof qp, i: number, g: string | null) =>
              p.stage[i] === si && (week === 0 || p.week[i] === week) && (group === null || g === group);
            const shares = qRows.filter((r, i) => inPeriod(qp, i, r.group)).map((r) => r.share);
            expect(figures.quality?.outputs).toBe(shares.length);
            expect(figures.quality?.underLimit.successes).toBe(shares.filter((v) => v < 15).length);
            expect(figures.quality?.medianEditingPercent).toBe(median(shares));
            const active = new Set(uRows.filter((r, i) => inPeriod(up, i, r.group) && r.uses !== 0).map((r) => r.user));
            expect(figures.adoption?.activeUsers).toBe(active.size);
            expect(figures.adoption?.rows).toBe(uRows.filter((r, i) => inPeriod(up, i, r.group)).length);
          }
        });
        const placed = metrics.stages.reduce((sum, s) => sum + (s.total.quality?.outputs ?? 0), 0);
        expect(placed + metrics.imports[0]!.unplaced.outside_stages).toBe(qRows.length);
      }),
      { numRuns: 150 },
    );
  });
});
