#!/usr/bin/env node
// The workbook import benchmark (not a timed test): in Debian's Chromium against the built renderer
// (`npx vite build` first), imports a 100,000-row × 10-column .xlsx through the real wizard — read in
// the workbook worker, imported in the import worker — and the same data as CSV, and reports each
// one's time and the longest UI-thread task (PerformanceObserver "longtask") meanwhile.
// Usage: node bench/xlsx-ui.mjs [--rows 100000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { builtinModules } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createDatedTeamPlan } from './app/dated-plan.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/renderer');
const cacheDir = resolve(root, '.cache/bench-xlsx');
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const rows = arg('rows', 100_000);
const runs = arg('runs', 3);
if (!existsSync(join(dist, 'index.html'))) throw new Error('Build the renderer first: npx vite build');

// The data generator is TypeScript with extensionless imports: bundled for Node first, as bench/run.mjs does.
mkdirSync(cacheDir, { recursive: true });
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: join(cacheDir, 'dist'),
    emptyOutDir: true,
    target: 'node22',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      input: { make: resolve(root, 'bench/xlsx-make.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const made = spawnSync(process.execPath, [join(cacheDir, 'dist/make.mjs'), cacheDir, String(rows)], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(made.stderr);
const files = JSON.parse(made.stdout.trim().split('\n').at(-1));
const mib = (path) => (statSync(path).size / 1024 / 1024).toFixed(1);
console.log(`${rows.toLocaleString('en')} rows × 10 columns: .xlsx ${mib(files.xlsx)} MiB, .csv ${mib(files.csv)} MiB`);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(dist, path === '/' ? 'index.html' : path));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One import through the wizard in a fresh context: ms until the preview, ms of the import, longest task. */
async function importOnce(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await createDatedTeamPlan(page);
  await page.getByRole('heading', { name: 'Pilot metrics' }).waitFor();
  const from = await page.evaluate(() => performance.now());
  const t0 = performance.now();
  await page.locator('input[type="file"]').first().setInputFiles(path);
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor({ timeout: 120_000 });
  const previewMs = performance.now() - t0;
  const clicked = await page.evaluate(() => performance.now());
  const t1 = performance.now();
  await importButton.click();
  await page.getByText(`${rows.toLocaleString('en')} rows accepted`).waitFor({ timeout: 300_000 });
  const importMs = performance.now() - t1;
  const longest = await page.evaluate((since) => Math.max(0, ...window.__tasks.filter((t) => t.start >= since).map((t) => t.duration)), from);
  if (process.env.BENCH_DEBUG) {
    const tasks = await page.evaluate(() => window.__tasks);
    console.log('tasks (ms after choosing; Import clicked at', Math.round(clicked - from), '):', tasks.filter((t) => t.start >= from).map((t) => `${Math.round(t.start - from)}+${Math.round(t.duration)}`).join(' '));
  }
  await context.close();
  return { previewMs, importMs, longest };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
try {
  for (const [label, path] of [
    ['xlsx', files.xlsx],
    ['csv ', files.csv],
  ]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await importOnce(path));
    const line = (key) => `${Math.round(median(results.map((r) => r[key])))} ms (runs: ${results.map((r) => Math.round(r[key])).join(', ')})`;
    console.log(`${label}: choose → preview ${line('previewMs')}; Import → accepted ${line('importMs')}; longest UI task ${line('longest')}`);
  }
} finally {
  await browser.close();
  server.close();
}
