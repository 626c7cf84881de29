import type { QualityRow, SatisfactionRow, TestResultRow, UsageRow } from '../../../shared/csv/kinds';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import type {
  QualityColumns,
  SatisfactionColumns,
  TestResultColumns,
  UsageColumns,
} from '../../../shared/metrics/columns';
import type { StageInput } from '../../../shared/metrics/stage-calendar';

/** A stage as the metrics see it; ids follow the name. */
export function stage(
  name: string,
  plannedStart: string | null,
  durationWeeks: number | null = 4,
  enrolledUsers: number | null = null,
): StageInput {
  return { id: `stage-${name.toLowerCase().replace(/\W+/g, '-')}`, name, plannedStart, durationWeeks, enrolledUsers };
}

type Timed = { date?: string | null; week?: number | null; stage?: string | null; group?: string | null };

let line = 1;
function common(row: Timed) {
  return { line: ++line, date: row.date ?? null, week: row.week ?? null, stage: row.stage ?? null, group: row.group ?? null };
}

export function usage(rows: readonly (Timed & { user: string; uses?: number | null })[]): UsageColumns {
  const b = createColumnsBuilder('usage');
  b.appendBatch(rows.map((r): UsageRow => ({ ...common(r), userId: r.user, uses: r.uses ?? null })));
  return b.finish();
}

export function quality(rows: readonly (Timed & { user?: string; share: number })[]): QualityColumns {
  const b = createColumnsBuilder('quality');
  b.appendBatch(
    rows.map((r, i): QualityRow => ({ ...common(r), outputId: `o${i}`, userId: r.user ?? 'u1', editingShare: r.share })),
  );
  return b.finish();
}

export function satisfaction(rows: readonly (Timed & { user: string; rating: number })[]): SatisfactionColumns {
  const b = createColumnsBuilder('satisfaction');
  b.appendBatch(rows.map((r): SatisfactionRow => ({ ...common(r), userId: r.user, rating: r.rating, comment: '' })));
  return b.finish();
}

export function testResults(
  rows: readonly { correct: boolean | null; hallucination?: boolean | null; latency?: number | null; group?: string | null }[],
): TestResultColumns {
  const b = createColumnsBuilder('test_results');
  b.appendBatch(
    rows.map(
      (r, i): TestResultRow => ({
        line: i + 2,
        caseId: `case-${i + 1}`,
        expected: 'x',
        actual: 'y',
        correct: r.correct,
        hallucination: r.hallucination ?? null,
        latencySeconds: r.latency ?? null,
        group: r.group ?? null,
      }),
    ),
  );
  return b.finish();
}
