import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import type { PeriodFigures } from '../../../shared/metrics/pilot-metrics';
import { stage } from './fixtures';

/**
 * The figures samples/README.md promises, recomputed from the bundled sample files
 * (read with papaparse and a fixed column mapping, so this test needs no importer).
 */
function read(name: string): Record<string, string>[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../../samples', name), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}
const orNull = (text: string | undefined) => (text === undefined || text === '' ? null : text);
const bool = (text: string | undefined) => (text === 'yes' ? true : text === 'no' ? false : null);

function sampleColumns() {
  const usage = createColumnsBuilder('usage');
  read('usage.csv').forEach((r, i) =>
    usage.append({ line: i + 2, date: r.date ?? null, week: null, stage: null, group: orNull(r.team), userId: r.user_id ?? '', uses: Number(r.uses) }),
  );
  const quality = createColumnsBuilder('quality');
  read('quality.csv').forEach((r, i) =>
    quality.append({
      line: i + 2,
      date: r.date ?? null,
      week: null,
      stage: null,
      group: orNull(r.team),
      outputId: r.output_id ?? '',
      userId: r.user_id ?? '',
      editingShare: Number(r.editing_share_percent),
    }),
  );
  const satisfaction = createColumnsBuilder('satisfaction');
  read('satisfaction.csv').forEach((r, i) =>
    satisfaction.append({
      line: i + 2,
      date: null,
      week: Number(r.week),
      stage: orNull(r.stage),
      group: orNull(r.team),
      userId: r.user_id ?? '',
      rating: Number(r.rating),
      comment: r.comment ?? '',
    }),
  );
  const tests = createColumnsBuilder('test_results');
  read('test-results.csv').forEach((r, i) =>
    tests.append({
      line: i + 2,
      caseId: r.case_id ?? '',
      expected: r.expected ?? '',
      actual: r.actual ?? '',
      correct: bool(r.correct),
      hallucination: bool(r.hallucination),
      latencySeconds: Number(r.latency_seconds),
      group: orNull(r.user_type),
    }),
  );
  return { usage: usage.finish(), quality: quality.finish(), satisfaction: satisfaction.finish(), tests: tests.finish() };
}

// The "Team workflow pilot" with the dates and enrolment samples/README.md asks for.
const stages = [
  stage('Internal pilot', '2026-09-07', 4, 5),
  stage('Expanded pilot', '2026-10-05', 4, 15),
  stage('Full rollout', '2026-11-02', null, null),
];
const metrics = computeMetrics(sampleColumns(), stages, { editingShareLimit: 15 });
const [internal, expanded] = metrics.stages;

type Row = [string, PeriodFigures | undefined, number, number, number, number];
const adoption = (p: PeriodFigures | undefined) => [p?.adoption?.rows, p?.adoption?.rate?.successes, p?.adoption?.rate?.trials];
const quality = (p: PeriodFigures | undefined) => [p?.quality?.outputs, p?.quality?.underLimit.successes];

describe('the sample files give the figures samples/README.md documents', () => {
  it.each<[string, PeriodFigures | undefined, number, number, number]>([
    ['Internal pilot, week 1', internal?.weeks[0], 17, 5, 5],
    ['Internal pilot, week 2', internal?.weeks[1], 14, 4, 5],
    ['Internal pilot, week 3', internal?.weeks[2], 10, 3, 5],
    ['Internal pilot, week 4 (the gate week)', internal?.weeks[3], 11, 3, 5],
    ['Internal pilot, whole stage', internal?.total, 52, 5, 5],
    ['Expanded pilot, week 4', expanded?.weeks[3], 32, 10, 15],
    ['Expanded pilot, whole stage', expanded?.total, 158, 14, 15],
  ])('adoption, %s: %d rows, %d of %d users active', (_label, period, rows, active, enrolled) => {
    expect(adoption(period)).toEqual([rows, active, enrolled]);
  });

  it.each<Row>([
    ['Internal pilot, whole stage', internal?.total, 108, 90, 10.7361, 8],
    ['Internal pilot, week 4', internal?.weeks[3], 25, 19, 12.68, 10],
    ['Expanded pilot, whole stage', expanded?.total, 325, 264, 11.7015, 8],
    ['Expanded pilot, Claims', expanded?.groups.find((g) => g.group === 'Claims')?.total, 96, 75, 12.8177, 10],
    ['Expanded pilot, Legal', expanded?.groups.find((g) => g.group === 'Legal')?.total, 43, 32, 14.0581, 10],
    ['Expanded pilot, Support', expanded?.groups.find((g) => g.group === 'Support')?.total, 186, 157, 10.5806, 8],
  ])('quality, %s: %d outputs, %d under 15%%, mean %s, median %s', (_label, period, outputs, under, mean, median) => {
    expect(quality(period)).toEqual([outputs, under]);
    expect(period?.quality?.meanEditingPercent).toBeCloseTo(mean, 4);
    expect(period?.quality?.medianEditingPercent).toBe(median);
  });

  it('satisfaction, whole stages', () => {
    expect(internal?.total.satisfaction).toMatchObject({ ratings: 15, topTwo: { successes: 12, trials: 15 }, users: 5 });
    expect(internal?.total.satisfaction?.meanRating).toBeCloseTo(4.1333, 4);
    expect(expanded?.total.satisfaction).toMatchObject({ ratings: 34, topTwo: { successes: 27, trials: 34 }, users: 12 });
    expect(expanded?.groups.find((g) => g.group === 'Legal')?.total.satisfaction?.meanRating).toBeCloseTo(2.6667, 4);
  });

  it('test results: 180 of 194 labelled cases right, 7 of 200 hallucinations, mean latency 1.918 s', () => {
    expect(metrics.tests?.overall).toMatchObject({
      cases: 200,
      accuracy: { successes: 180, trials: 194 },
      hallucination: { successes: 7, trials: 200 },
      latencyCases: 200,
    });
    expect(metrics.tests?.overall.meanLatencySeconds).toBeCloseTo(1.918, 6);
    expect(metrics.tests?.groups.map((g) => [g.group, g.figures.accuracy.successes, g.figures.accuracy.trials])).toEqual([
      ['Broker', 64, 65],
      ['Existing customer', 61, 64],
      ['New customer', 55, 65],
    ]);
  });

  it('warns about the two smoke-test rows before the pilot, and nothing else', () => {
    expect(metrics.warnings.map((w) => w.message)).toEqual([
      '2 usage rows are dated outside every stage (Sep 3\u2009–\u20094, 2026).',
    ]);
  });
});
