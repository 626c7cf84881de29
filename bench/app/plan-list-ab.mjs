#!/usr/bin/env node
/**
 * `node bench/app/plan-list-ab.mjs --a DIR --b DIR [--runs 7]`: the plan-list start-up (target 5 of
 * issue 12) of two builds of the renderer, side by side in one Chromium: 1 and 100 plans for each,
 * reloaded in rotating order (A1 A100 B1 B100, then B first…), so load on the shared machine falls
 * on both alike. Prints medians with min–max, the ratios per build and the load average.
 * Build a "before" with `npx vite build --outDir /tmp/before` on the old commit.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { contextWith, reload } from './plan-list-cases.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const dirs = { A: resolve(arg('a', '')), B: resolve(arg('b', '')) };
const runs = Number(arg('runs', '7'));
for (const dir of Object.values(dirs)) if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built renderer in ${dir}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const row = (label, xs, f = (v) => `${v.toFixed(0)} ms`) => console.log(`${label.padEnd(40)}${f(median(xs)).padStart(10)}   (${f(Math.min(...xs))} – ${f(Math.max(...xs))})`);

const loadBefore = load();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const servers = {};
const pages = {};
const fig = {};
const cases = ['A1', 'A100', 'B1', 'B100'];
try {
  for (const build of ['A', 'B']) servers[build] = await serve(dirs[build]);
  for (const name of cases) {
    const count = Number(name.slice(1));
    pages[name] = await contextWith(browser, servers[name[0]].url, count);
    fig[name] = { list: [], open: [], tx: [] };
  }
  for (let r = 0; r < runs; r++) {
    const order = [...cases.slice(r % cases.length), ...cases.slice(0, r % cases.length)];
    for (const name of order) {
      const seen = await reload(pages[name].page, Number(name.slice(1)), () => 0);
      fig[name].list.push(seen.shownAt);
      fig[name].open.push(seen.openAt);
      fig[name].tx.push(seen.transactions);
    }
    process.stderr.write(`round ${r + 1}/${runs} (load ${load()})\n`);
  }
} finally {
  for (const p of Object.values(pages)) await p.context.close();
  await browser.close();
  for (const s of Object.values(servers)) s.server.close();
}

console.log(`Plan list A/B, median of ${runs} rounds; load average before ${loadBefore}, after ${load()}`);
console.log(`A = ${dirs.A}\nB = ${dirs.B}`);
for (const name of cases) {
  row(`${name[0]}, ${name.slice(1)} plan(s): reload → list shown`, fig[name].list);
  row('    reload → open plan shown', fig[name].open);
  console.log(`    page IndexedDB transactions per reload: ${median(fig[name].tx)}`);
}
for (const build of ['A', 'B']) {
  row(`${build}: 100 ÷ 1 plan, list shown, per round`, fig[`${build}100`].list.map((ms, i) => ms / fig[`${build}1`].list[i]), (v) => `${v.toFixed(2)}×`);
}
