/**
 * Metrics on a million quality rows: computeMetrics (all stages, weeks, groups, medians),
 * and the stored form's encode/decode (what a plan reload costs).
 */
import { createColumnsBuilder } from '../shared/metrics/column-builder';
import { decodeColumns, encodeColumns } from '../shared/metrics/columnar';
import { computeMetrics } from '../shared/metrics/compute-metrics';
import { observationLookup } from '../shared/metrics/gate-observations';
import { metricIds } from '../shared/model/metrics';
import { benchStages, generateRows } from './generate';

export interface MetricsBenchReport {
  readonly rows: number;
  readonly buildMs: number;
  /** The first computeMetrics call, before the JIT has warmed up (what a user sees once after opening a plan). */
  readonly coldComputeMs: number;
  readonly computeMs: number[];
  readonly encodeMs: number[];
  readonly decodeMs: number[];
  /** observationLookup + every metric of every stage looked up once: what the gates read. */
  readonly observeMs: number[];
  readonly storedBytes: number;
  readonly weeks: number;
  readonly groups: number;
}

export function metricsBench(rows: number, seed: number, runs: number): MetricsBenchReport {
  const started = performance.now();
  const builder = createColumnsBuilder('quality', 1 << 16);
  let line = 1;
  generateRows(rows, seed, (r) => {
    builder.append({
      line: ++line,
      date: r.date,
      week: null,
      stage: r.stage,
      group: r.team,
      outputId: r.outputId,
      userId: r.userId,
      editingShare: r.editingShare,
    });
  });
  const columns = builder.finish();
  const buildMs = performance.now() - started;

  const computeMs: number[] = [];
  const encodeMs: number[] = [];
  const decodeMs: number[] = [];
  const observeMs: number[] = [];
  let bytes: Uint8Array = new Uint8Array(0);
  let weeks = 0;
  let groups = 0;
  let coldComputeMs = NaN;
  const warmup = 3;
  for (let r = -warmup; r < runs; r++) {
    const t0 = performance.now();
    const metrics = computeMetrics({ bench: columns }, benchStages, { editingShareLimit: 15 });
    const t1 = performance.now();
    bytes = encodeColumns(columns);
    const t2 = performance.now();
    const back = decodeColumns(bytes);
    const t3 = performance.now();
    const lookup = observationLookup(metrics);
    for (const stage of benchStages) for (const metric of metricIds) lookup(stage.id, metric);
    const t4 = performance.now();
    if (!back.ok) throw new Error(back.error.message);
    if (r === -warmup) coldComputeMs = t1 - t0;
    if (r < 0) continue; // warm-up
    computeMs.push(t1 - t0);
    encodeMs.push(t2 - t1);
    decodeMs.push(t3 - t2);
    observeMs.push(t4 - t3);
    weeks = metrics.stages.reduce((n, s) => n + s.weeks.length, 0);
    groups = metrics.stages.reduce((n, s) => Math.max(n, s.groups.length), 0);
  }
  return { rows: columns.rowCount, buildMs, coldComputeMs, computeMs, encodeMs, decodeMs, observeMs, storedBytes: bytes.length, weeks, groups };
}
