import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ev = t.traceEvents ?? t;
const names = new Map();
for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const t0 = Math.min(...ev.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
const step = 50;
const busy = new Map();
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur) continue;
  if (!['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask', 'TaskScheduler_RunTask'].includes(e.name)) continue;
  const th = `${names.get(`${e.pid}:${e.tid}`) ?? '?'}#${e.tid}`;
  const arr = busy.get(th) ?? busy.set(th, new Array(10).fill(0)).get(th);
  for (let b = 0; b < 10; b++) {
    const lo = t0 + b * step * 1000, hi = lo + step * 1000;
    const ov = Math.min(hi, e.ts + e.dur) - Math.max(lo, e.ts);
    if (ov > 0) arr[b] += ov / 1000;
  }
}
console.log('thread'.padEnd(40), Array.from({ length: 10 }, (_, b) => String(b * step).padStart(5)).join(''));
for (const [th, arr] of [...busy].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) if (arr.some((v) => v > 3)) console.log(th.slice(0, 40).padEnd(40), arr.map((v) => v.toFixed(0).padStart(5)).join(''));
