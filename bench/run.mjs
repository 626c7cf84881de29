#!/usr/bin/env node
/**
 * `npm run bench [-- --rows N --runs R --seed S --cases a,b,c,d,e,f --dir D]` (D: where the generated files go, default .cache/bench)
 * `npm run bench -- --make-samples` rewrites samples/*.csv and stops.
 * `node bench/run.mjs --generate-only --rows N` writes (or reuses) the benchmark files and prints their paths as JSON
 * (bench/app-bench.mjs uses it).
 *
 * Our TypeScript uses extensionless imports, which Node's type stripping does not resolve, so the
 * bench entry (bench/cli.ts) is bundled with vite's build API into .cache/bench/dist and run by
 * plain Node. Every measurement runs in a child process: timing cases share one process (same
 * file, alternating order); peak memory is taken from a fresh process per case.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const distDir = resolve(root, '.cache/bench/dist');

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const rows = Number(arg('rows', '1000000'));
const runs = Number(arg('runs', '5'));
const seed = Number(arg('seed', '42'));
const cases = arg('cases', 'a,b,c,d,e,f,g');
// Where the generated files go (three variants of ~80 MiB per million rows): e.g. `--dir /tmp/rr-bench`.
const cacheDir = resolve(root, arg('dir', '.cache/bench'));
const MIB = 1024 * 1024;

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    // The hash worker is an entry of its own: a worker thread loads it by file name.
    ssr: true,
    outDir: distDir,
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      input: { cli: resolve(root, 'bench/cli.ts'), 'hash-worker': resolve(root, 'bench/hash-worker.ts'), 'part-worker': resolve(root, 'bench/part-worker.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
});
const cli = resolve(distDir, 'cli.mjs');

/** Runs a bench command in a fresh Node process and returns its JSON line. */
function node(args, nodeFlags = []) {
  const child = spawnSync(process.execPath, [...nodeFlags, cli, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MIB,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench ${args[0]} failed with exit code ${child.status}`);
  const last = child.stdout.trim().split('\n').at(-1);
  return JSON.parse(last);
}

if (argv.includes('--make-samples')) {
  console.log('samples written:', node(['samples', '--dir', resolve(root, 'samples')]));
  process.exit(0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`) : 'n/a');
const pad = (text, width) => String(text).padStart(width);
const mark = (ok) => (ok === null ? '—' : ok ? '✓' : '✗');

const t0 = performance.now();
const files = node(['generate', '--dir', cacheDir, '--rows', String(rows), '--seed', String(seed)]);
if (argv.includes('--generate-only')) {
  console.log(JSON.stringify(files));
  process.exit(0);
}
console.log(
  `${files.reused ? 'Reusing' : 'Generated'} ${files.rows.toLocaleString('en')} rows, ${(files.bytes / MIB).toFixed(1)} MiB ` +
    `(LF, CRLF, BOM) in ${cacheDir} (${fmtMs(performance.now() - t0)})`,
);

const report = node(['measure', '--file', files.lf, '--runs', String(runs), '--cases', cases], ['--expose-gc']);
const rssOf = (id) => {
  if (!cases.includes(id) || report.skipped[id]) return NaN;
  return node(['measure', '--file', files.lf, '--runs', '1', '--warmup', '0', '--cases', id]).maxRssMiB;
};
const rss = { b: rssOf('b'), d: rssOf('d') };
const variants = report.skipped.d || !cases.includes('d')
  ? null
  : ['crlf', 'bom'].map((v) => ({ v, ...node(['measure', '--file', files[v], '--runs', '1', '--warmup', '0', '--cases', 'd']) }));
const metrics = node(['metrics', '--rows', String(rows), '--seed', String(seed), '--runs', String(runs)]);
const gates = node(['gates']);
const baseline = node(['baseline']);

const labels = {
  a: '(a) read + UTF-8 decode (floor)',
  b: '(b) papaparse, pipeline mode',
  c: '(c) uDSV streaming',
  d: '(d) our import (full pipeline)',
  e: '(e) (d), 7% rows future-dated',
  f: '(f) (d), nearly all rows rejected',
  g: '(g) (d) on two cores, as the app',
};
const med = {};
console.log(`\nImport of ${files.rows.toLocaleString('en')} quality rows, ${(report.bytes / MIB).toFixed(1)} MiB, median of ${runs} runs, Node ${process.version}`);
console.log(`${'case'.padEnd(34)}${pad('median', 10)}${pad('min', 10)}${pad('max', 10)}${pad('rows/s', 12)}${pad('MiB/s', 9)}`);
for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
  const list = report.runs[id];
  if (report.skipped[id]) {
    console.log(`${labels[id].padEnd(34)}  skipped: ${report.skipped[id]}`);
    continue;
  }
  if (list.length === 0) continue;
  const ms = list.map((r) => r.ms);
  med[id] = median(ms);
  const rowsPerS = id === 'a' ? '' : `${((list[0].rows / med[id]) * 1000 / 1e6).toFixed(2)} M`;
  console.log(
    `${labels[id].padEnd(34)}${pad(fmtMs(med[id]), 10)}${pad(fmtMs(Math.min(...ms)), 10)}${pad(fmtMs(Math.max(...ms)), 10)}` +
      `${pad(rowsPerS, 12)}${pad(((report.bytes / MIB) / (med[id] / 1000)).toFixed(0), 9)}`,
  );
}
if (med.d !== undefined) {
  const part = (key) => median(report.runs.d.map((r) => r[key]));
  console.log(
    `(d) includes the metrics side: rows go into the columns builder as they are read, then finishing and encoding the stored form ` +
      `took ${fmtMs(part('encodeMs'))} (${((part('encodeMs') / med.d) * 100).toFixed(0)}% of (d)); stored form ${((report.stored?.bytes ?? 0) / MIB).toFixed(1)} MiB; ` +
      (report.runs.d[0]?.hash === 'worker'
        ? `SHA-256 in a worker thread meanwhile (${fmtMs(part('hashCpuMs'))} of CPU), waited for ${fmtMs(part('hashWaitMs'))} after the import`
        : `SHA-256 from the same reads (each chunk copied, the native digest after the parse, in a thread of its own: ${fmtMs(part('hashWaitMs'))})`),
  );
}
console.log(
  `CPU time of the measuring thread (of both threads for (g)), median: ${['a', 'b', 'c', 'd', 'e', 'f', 'g'].filter((id) => report.runs[id]?.length).map((id) => `(${id}) ${fmtMs(median(report.runs[id].map((r) => r.cpuMs)))}`).join(', ')} ` +
    `(the hash thread's own time not included; wall times above exceed these when the machine is busy)`,
);
console.log(
  `Minor page faults of the process per run (fresh memory touched the first time), median: ${['a', 'b', 'c', 'd', 'e', 'f', 'g'].filter((id) => report.runs[id]?.length).map((id) => `(${id}) ${median(report.runs[id].map((r) => r.minorPageFaults)).toLocaleString('en')}`).join(', ')}`,
);
const rowCounts = Object.fromEntries(['b', 'c', 'd', 'e', 'f', 'g'].filter((id) => report.runs[id]?.length).map((id) => [id, report.runs[id][0].rows]));
console.log(`rows seen: ${Object.entries(rowCounts).map(([id, n]) => `(${id}) ${n.toLocaleString('en')}`).join(', ')}`);
if (report.runs.e?.length) {
  console.log(`(e) accepted ${report.runs.e[0].futureDatedRows.toLocaleString('en')} rows with a "date after today" warning ((d): ${(report.runs.d?.[0]?.futureDatedRows ?? 0).toLocaleString('en')})`);
}
if (report.runs.d?.length) {
  // The fingerprint the import recorded must be the one sha256sum prints, however it was taken.
  const expected = createHash('sha256').update(readFileSync(files.lf)).digest('hex');
  const seen = new Set(['d', 'e', 'f', 'g'].flatMap((id) => (report.runs[id] ?? []).map((r) => r.sha256)));
  console.log(`SHA-256 recorded by (d)–(g): ${seen.size === 1 && seen.has(expected) ? `${expected.slice(0, 16)}…, the same as sha256sum ✓` : `differs from sha256sum ✗ (${[...seen].join(', ')} vs ${expected})`}`);
}
if (report.runs.g?.length) {
  console.log(`(g) stored form ${report.twoThreadsSameBytes ? 'byte for byte what one thread stores (same job) ✓' : 'differs from what one thread stores ✗'}`);
}
if (report.runs.f?.length) {
  console.log(`(f) rejected ${report.runs.f[0].rejectedRows.toLocaleString('en')} of ${report.runs.f[0].rows.toLocaleString('en')} rows, each kept with its reason for the rejected-rows download`);
}

const cpuMed = (id) => median((report.runs[id] ?? []).map((r) => r.cpuMs));
const scale = 1_000_000 / files.rows;
// Issue 12 target 6: an import's peak memory at most the stored form + 150 MiB (the runtime itself included).
const storedMiB = report.stored ? report.stored.bytes / MIB : NaN;
const dAt1M = med.d === undefined ? NaN : med.d * scale;
const targets = [
  ['(d) ÷ (b)', med.d / med.b, '≤ 1.3', med.d === undefined ? null : med.d / med.b <= 1.3],
  ['(d) ÷ (c)', med.d / med.c, '≤ 2', med.d === undefined ? null : med.d / med.c <= 2],
  // What the app does with such a file: the import on two cores (wall time; its CPU time is higher than (d)'s).
  ['(g) ÷ (b), two cores', med.g / med.b, '≤ 1.3', med.g === undefined || med.b === undefined ? null : med.g / med.b <= 1.3],
  ['(g) ÷ (c), two cores', med.g / med.c, '≤ 2', med.g === undefined || med.c === undefined ? null : med.g / med.c <= 2],
  // The same ratios in CPU time of the measuring thread: on a busy machine wall time also holds waiting for a core.
  ['(d) ÷ (b), CPU time', cpuMed('d') / cpuMed('b'), '≤ 1.3', med.d === undefined ? null : cpuMed('d') / cpuMed('b') <= 1.3],
  ['(d) ÷ (c), CPU time', cpuMed('d') / cpuMed('c'), '≤ 2', med.d === undefined ? null : cpuMed('d') / cpuMed('c') <= 2],
  // Warned rows must cost about what accepted rows cost: a per-warning formatter once made this 12×.
  ['(e) ÷ (d), CPU time (warned rows)', cpuMed('e') / cpuMed('d'), '≤ 1.15', med.e === undefined || med.d === undefined ? null : cpuMed('e') / cpuMed('d') <= 1.15],
  // A rejected row costs more than an accepted one (its cells and reason are written out for the download), but boundedly.
  ['(f) ÷ (d), CPU time (rejected rows)', cpuMed('f') / cpuMed('d'), '≤ 3', med.f === undefined || med.d === undefined ? null : cpuMed('f') / cpuMed('d') <= 3],
  [`(d) for 1M rows${scale === 1 ? '' : ' (scaled linearly)'}`, dAt1M / 1000, '< 4 s', med.d === undefined ? null : dAt1M < 4000],
  ['peak RSS of one import (d)', rss.d, '< 500 MiB', Number.isNaN(rss.d) ? null : rss.d < 500],
  [`peak RSS (d) − stored form${files.rows >= 3_000_000 ? '' : ' (a 3M target)'}`, rss.d - storedMiB, '≤ 150 MiB (3M rows)', Number.isNaN(rss.d - storedMiB) ? null : rss.d - storedMiB <= 150],
  [`metrics on ${metrics.rows.toLocaleString('en')} rows`, median(metrics.computeMs), '< 150 ms (aim), < 1 s', median(metrics.computeMs) < 150],
];
console.log('\ntarget                                   value         target                  ');
for (const [name, value, target, ok] of targets) {
  const shown = Number.isFinite(value)
    ? name.startsWith('peak') ? `${value.toFixed(0)} MiB` : name.startsWith('metrics') ? fmtMs(value) : name.includes('1M') ? `${value.toFixed(2)} s` : `${value.toFixed(2)}×`
    : 'n/a';
  console.log(`${name.padEnd(41)}${shown.padEnd(14)}${target.padEnd(24)}${mark(ok)}`);
}
console.log(`\npeak RSS, one run in a fresh process: (b) papaparse ${Number.isNaN(rss.b) ? 'n/a' : `${rss.b.toFixed(0)} MiB`}, (d) our import ${Number.isNaN(rss.d) ? 'n/a' : `${rss.d.toFixed(0)} MiB`}; whole timing process ${report.maxRssMiB.toFixed(0)} MiB`);
if (variants) {
  for (const r of variants) {
    const run = r.runs.d[0];
    console.log(`(d) on the ${r.v.toUpperCase()} variant: ${run ? `${fmtMs(run.ms)}, ${run.rows.toLocaleString('en')} rows ${run.rows === rowCounts.d ? '(same as LF ✓)' : '(differs from LF ✗)'}` : `skipped: ${r.skipped.d}`}`);
  }
}
console.log(
  `metrics: computeMetrics median ${fmtMs(median(metrics.computeMs))}, first (cold) call ${fmtMs(metrics.coldComputeMs)} ` +
    `(${metrics.weeks} stage weeks, ${metrics.groups} groups); ` +
    `stored form ${(metrics.storedBytes / MIB).toFixed(1)} MiB (${(metrics.storedBytes / metrics.rows).toFixed(1)} B/row), ` +
    `encode ${fmtMs(median(metrics.encodeMs))}, decode ${fmtMs(median(metrics.decodeMs))}; building columns from rows ${fmtMs(metrics.buildMs)}; ` +
    `gate observations from the metrics ${median(metrics.observeMs).toFixed(2)} ms`,
);
console.log(gates.line);
console.log(baseline.line);
