#!/usr/bin/env node
// Measures, in Debian's Chromium against the built renderer (`npx vite build` first), how long
// reopening a plan holding the 1,000,000-row benchmark file takes until its weekly metrics are
// on screen, and the longest UI-thread task meanwhile. Usage: node bench/ui-reopen.mjs [--runs 3]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createDatedTeamPlan } from './app/dated-plan.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/renderer');
const csv = join(root, '.cache/bench/quality-s42-r1000000-lf.csv');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
if (!existsSync(join(dist, 'index.html'))) throw new Error('Build the renderer first: npx vite build');
if (!existsSync(csv)) throw new Error('Generate the 1M-row file first: npm run bench');

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
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await createDatedTeamPlan(page);
  const started = performance.now();
  await page.locator('input[type="file"]').first().setInputFiles(csv);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/1,000,000 rows accepted|accepted/).first().waitFor({ timeout: 120_000 }).catch(async (e) => {
    await page.screenshot({ path: '/tmp/ui-reopen-fail.png', fullPage: true });
    throw e;
  });
  await page.getByRole('table').filter({ hasText: 'Week 1' }).first().waitFor({ timeout: 120_000 }).catch(async (e) => {
    await page.screenshot({ path: '/tmp/ui-reopen-fail.png', fullPage: true });
    throw e;
  });
  console.log(`import of 1,000,000 rows through the UI: ${Math.round(performance.now() - started)} ms`);

  const times = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    await page.addInitScript(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const t0 = performance.now();
    await page.reload();
    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.getByRole('table').filter({ hasText: 'Week 1' }).first().waitFor({ timeout: 60_000 });
    times.push(performance.now() - t0);
    longest.push(await page.evaluate(() => window.__longest));
  }
  times.sort((a, b) => a - b);
  console.log(`reopen → weekly metrics on screen: median ${Math.round(times[Math.floor(times.length / 2)])} ms (runs: ${times.map(Math.round).join(', ')} ms)`);
  console.log(`longest UI-thread task while reopening: ${Math.round(Math.max(...longest))} ms`);
} finally {
  await browser.close();
  server.close();
}
