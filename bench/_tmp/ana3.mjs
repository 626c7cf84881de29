import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ev = t.traceEvents ?? t;
const step = Number(process.argv[3] ?? 100);
const names = new Map(), pnames = new Map();
for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
for (const e of ev) if (e.ph === 'M' && e.name === 'process_name') pnames.set(e.pid, e.args.name);
const click = ev.find((e) => e.name === 'rr:click');
const t0 = click.ts;
const marks = ev.filter((e) => e.name?.startsWith('rr:')).map((e) => `${e.name}@${((e.ts - t0) / 1000).toFixed(0)}`);
console.log(marks.join('  '));
const N = 20;
const busy = new Map();
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur) continue;
  if (!['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask'].includes(e.name)) continue;
  const th = `${(pnames.get(e.pid) ?? '?').slice(0,8)}:${names.get(`${e.pid}:${e.tid}`) ?? '?'}#${e.tid}`;
  const arr = busy.get(th) ?? busy.set(th, new Array(N).fill(0)).get(th);
  for (let b = 0; b < N; b++) {
    const lo = t0 + b * step * 1000, hi = lo + step * 1000;
    const ov = Math.min(hi, e.ts + e.dur) - Math.max(lo, e.ts);
    if (ov > 0) arr[b] += ov / 1000;
  }
}
console.log('thread'.padEnd(44), Array.from({ length: N }, (_, b) => String(b * step).padStart(5)).join(''), '  sum');
for (const [th, arr] of [...busy].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) if (arr.some((v) => v > 5)) console.log(th.slice(0, 44).padEnd(44), arr.map((v) => v.toFixed(0).padStart(5)).join(''), String(arr.reduce((a,b)=>a+b,0).toFixed(0)).padStart(6));
