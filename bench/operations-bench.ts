/**
 * Operations import against the editing-log (quality) import of the same row count (issue 10):
 * both through the app's importer with a guessed mapping, rows into the columns builder, stored
 * form encoded; no hash (the same for both, and on another core in the app). Runs alternate so
 * neither gets a warmer machine. Prints one JSON line: medians and the ratio operations ÷ quality.
 * Run with `node bench/operations-bench.mjs [--rows N] [--runs R]`.
 */
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createImporter } from '../shared/csv/importer';
import type { ImportKind } from '../shared/csv/kinds';
import { createColumnsBuilder } from '../shared/metrics/column-builder';
import { encodeColumns } from '../shared/metrics/columnar';
import { benchStages, ensureQualityLog } from './generate';
import { mulberry32 } from './prng';
import { readChunks } from './read-file';

const TEAMS = ['Customer Support', 'Claims', 'Underwriting', 'Sales', 'Legal', 'Finance', 'HR Services', 'IT Helpdesk'];
const STAGES = ['Internal pilot', 'Expanded pilot', 'Full rollout'];

/** One row per request over the bench stages' dates: timestamp, team, latency, error, escalation, cost, thumbs. */
function ensureOperationsLog(dir: string, rows: number, seed: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `operations-s${seed}-r${rows}.csv`);
  if (existsSync(path) && statSync(path).size > rows * 20) return path;
  const random = mulberry32(seed);
  const fd = openSync(path, 'w');
  let batch: string[] = ['timestamp,team,stage,latency_ms,error,escalated,cost_usd,thumbs_up,thumbs_down'];
  const start = Date.UTC(2026, 0, 5);
  for (let i = 0; i < rows; i++) {
    const day = Math.floor((i / rows) * 120);
    const t = new Date(start + day * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString().slice(0, 16).replace('T', ' ');
    const stage = STAGES[day < 28 ? 0 : day < 56 ? 1 : 2];
    const team = TEAMS[Math.floor(random() * TEAMS.length)];
    const latency = Math.round(400 + random() * 3000);
    const error = random() < 0.02 ? 'yes' : 'no';
    const escalated = random() < 0.05 ? 'yes' : 'no';
    const cost = (0.005 + random() * 0.03).toFixed(4);
    const vote = random();
    batch.push(`${t},${team},${stage},${latency},${error},${escalated},${cost},${vote < 0.1 ? 1 : ''},${vote > 0.97 ? 1 : ''}`);
    if (batch.length === 10_000) {
      writeSync(fd, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  writeSync(fd, batch.length > 0 ? `${batch.join('\n')}\n` : '');
  closeSync(fd);
  return path;
}

function importOnce(kind: ImportKind, path: string): { ms: number; rows: number; rejected: number } {
  const t0 = performance.now();
  const totalBytes = statSync(path).size;
  const builder = createColumnsBuilder(kind, Math.min(1 << 20, Math.max(1024, Math.floor(totalBytes / 40))));
  const importer = createImporter(
    { kind, stages: benchStages, today: '2027-01-01', totalBytes, hash: false },
    { onRow: (row) => builder.append(row) },
  );
  readChunks(path, (bytes) => importer.push(bytes));
  const result = importer.end();
  if (!result.ok) throw new Error(`${kind}: ${result.error.message}`);
  encodeColumns(builder.finish());
  return { ms: performance.now() - t0, rows: result.value.accepted, rejected: result.value.rejected };
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const rows = arg('rows', 1_000_000);
const runs = arg('runs', 3);
const dir = argv[argv.indexOf('--dir') + 1] ?? '.cache/bench';
const quality = ensureQualityLog(dir, rows, 42).lf;
const operations = ensureOperationsLog(dir, rows, 42);
const times: Record<'quality' | 'operations', number[]> = { quality: [], operations: [] };
let counts = {};
for (let r = 0; r < runs; r++) {
  const q = importOnce('quality', quality);
  const o = importOnce('operations', operations);
  times.quality.push(q.ms);
  times.operations.push(o.ms);
  counts = { qualityRows: q.rows, qualityRejected: q.rejected, operationsRows: o.rows, operationsRejected: o.rejected };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mq = median(times.quality);
const mo = median(times.operations);
console.log(
  JSON.stringify({ rows, runs, ...counts, qualityMs: times.quality.map(Math.round), operationsMs: times.operations.map(Math.round), qualityMedianMs: Math.round(mq), operationsMedianMs: Math.round(mo), ratio: Number((mo / mq).toFixed(2)), qualityBytes: statSync(quality).size, operationsBytes: statSync(operations).size }),
);
