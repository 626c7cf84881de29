import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportKind, RowByKind } from '../../../shared/csv/kinds';
import { previewCsv } from '../../../shared/csv/preview';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { decodeColumns, encodeColumns } from '../../../shared/metrics/columnar';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { importBytes, summaryOf, utf8 } from '../csv/helpers';
import { stage } from './fixtures';

/** A file through kind detection, the guessed mapping and the real importer into columns. */
function importFile<K extends ImportKind>(kind: K, bytes: Uint8Array) {
  const preview = previewCsv(bytes, { totalBytes: bytes.length });
  if (!preview.ok) throw new Error(preview.error.message);
  const collected = importBytes(bytes, { kind, mapping: preview.value.mapping, settings: preview.value.settings });
  const builder = createColumnsBuilder(kind);
  builder.appendBatch(collected.rows as RowByKind[K][]);
  return { preview: preview.value, summary: summaryOf(collected.result), rejected: collected.rejected, columns: builder.finish() };
}
const sample = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../samples', name)));
const stages = [stage('Internal pilot', '2026-09-07', 4, 5), stage('Expanded pilot', '2026-10-05', 4, 15)];

describe('human review log (samples/reviews.csv, figures in samples/README.md)', () => {
  const { preview, summary, columns } = importFile('reviews', sample('reviews.csv'));
  const metrics = computeMetrics({ r: columns }, stages, { editingShareLimit: 15 });
  const id = metrics.stages[0]?.stageId ?? '';
  const lookup = observationLookup(metrics);
  const available = (metric: 'approval_rate' | 'edit_rate') => {
    const obs = lookup(id, metric);
    if (obs.status !== 'available') throw new Error(`${metric}: ${obs.why.message}`);
    return obs;
  };

  it('is recognised as a review log', () => {
    expect(preview.kindSuggestion.kind).toBe('reviews');
    expect(preview.mapping.fields).toMatchObject({ outputId: 'output_id', userId: 'reviewer', decision: 'decision', minutes: 'review_minutes', group: 'team' });
    expect([summary.accepted, summary.rejected]).toEqual([40, 0]);
  });

  it('approval 24 of 40, edits 12 of 40; week 1 13 of 22, week 2 11 of 18; Claims 6 of 10', () => {
    const approval = available('approval_rate');
    expect(approval.overall.whole?.ratio).toEqual({ num: 2400, den: 40 });
    expect(approval.overall.weeks.map((w) => [w.week, w.successes, w.trials])).toEqual([
      [1, 13, 22],
      [2, 11, 18],
    ]);
    expect(approval.groups.get('Claims')?.whole).toMatchObject({ successes: 6, trials: 10 });
    expect(available('edit_rate').overall.whole).toMatchObject({ successes: 12, trials: 40, value: 30 });
    expect(metrics.stages[0]?.total.reviews?.meanMinutes).toBeCloseTo(4.9, 9);
  });

  it('per reviewer over the stage: r-anna 8 of 14, r-ben 8 of 13, r-cara 8 of 13 approved', () => {
    expect(metrics.stages[0]?.reviewers?.map((r) => [r.reviewer, r.approval.successes, r.reviews, r.edit.successes])).toEqual([
      ['r-anna', 8, 14, 4],
      ['r-ben', 8, 13, 4],
      ['r-cara', 8, 13, 4],
    ]);
    expect(metrics.stages[1]?.reviewers).toEqual([]);
  });

  it('stores and reloads the decisions', () => {
    const decoded = decodeColumns(encodeColumns(columns));
    expect(decoded.ok && decoded.value.kind === 'reviews' && decoded.value.decision).toEqual(columns.decision);
  });

  it.each([
    ['out-x,r-ann,2026-09-08,maybe,2', 'invalid_decision', 'Decision “maybe” is not approved, edited or rejected'],
    ['out-x,r-ann,2026-09-08,,2', 'missing_value', 'Decision (approved / edited / rejected) is empty'],
    ['out-x,,2026-09-08,approved,2', 'missing_value', 'Reviewer is empty'],
  ])('rejects %s', (line, code, message) => {
    const text = `output_id,reviewer,date,decision,minutes\nout-1,r-ann,2026-09-07,Approved,1\nout-2,r-ann,2026-09-07,edited,1\nout-3,r-ann,2026-09-07,rejected,1\n${line}\n`;
    const { rejected, summary } = importFile('reviews', utf8(text));
    expect(summary.accepted).toBe(3);
    expect(rejected.map((r) => [r.code, r.message])).toEqual([[code, message]]);
  });
});

describe('shadow comparison (samples/shadow.csv)', () => {
  const { preview, summary, columns } = importFile('shadow', sample('shadow.csv'));
  const metrics = computeMetrics({ s: columns }, stages, { editingShareLimit: 15 });
  const obs = observationLookup(metrics)(metrics.stages[0]?.stageId ?? '', 'agreement_rate');

  it('is recognised as a shadow comparison, with the category as the group', () => {
    expect(preview.kindSuggestion.kind).toBe('shadow');
    expect(preview.mapping.fields).toMatchObject({ caseId: 'case_id', aiOutput: 'ai_output', humanOutput: 'human_output', group: 'category' });
    expect(summary.accepted).toBe(30);
  });

  it('agreement 22 of 30 (REFUND = Refund counts as a match); 11 of 15 each week; Address change 6 of 10', () => {
    if (obs.status !== 'available') throw new Error(obs.why.message);
    expect(obs.overall.whole?.ratio).toEqual({ num: 2200, den: 30 });
    expect(obs.overall.weeks.map((w) => [w.week, w.successes, w.trials])).toEqual([
      [1, 11, 15],
      [2, 11, 15],
    ]);
    expect(obs.groups.get('Address change')?.whole).toMatchObject({ successes: 6, trials: 10 });
    expect(obs.groups.get('Billing')?.whole).toMatchObject({ successes: 8, trials: 10 });
  });

  it('a match yes/no column is read directly', () => {
    const { columns: c } = importFile('shadow', utf8('case_id,week,stage,match\nc1,1,Internal pilot,yes\nc2,1,Internal pilot,no\nc3,2,Internal pilot,yes\n'));
    expect(Array.from(c.match)).toEqual([1, 0, 1]);
  });

  it('without a shadow file, agreement says which file to import', () => {
    const none = observationLookup(computeMetrics({}, stages, { editingShareLimit: 15 }))(stages[0]?.id ?? '', 'agreement_rate');
    expect(none).toMatchObject({ status: 'unmeasurable', why: { kind: 'no_file', message: expect.stringMatching(/No shadow comparison/) } });
  });
});
