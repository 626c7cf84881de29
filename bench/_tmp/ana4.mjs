import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ev = t.traceEvents ?? t;
const names = new Map();
for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const click = ev.find((e) => e.name === 'rr:click'); const t0 = click.ts;
const lo = t0 + Number(process.argv[3] ?? 0) * 1000, hi = t0 + Number(process.argv[4] ?? 1200) * 1000;
const byThread = new Map();
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur || e.ts < lo || e.ts > hi) continue;
  const th = `${names.get(`${e.pid}:${e.tid}`) ?? '?'}#${e.tid}`;
  const m = byThread.get(th) ?? byThread.set(th, new Map()).get(th);
  const k = e.name + (e.args?.data?.functionName ? `[${e.args.data.functionName}]` : '') + (e.args?.data?.url ? `(${String(e.args.data.url).split('/').pop()})` : '');
  const v = m.get(k) ?? { n: 0, d: 0 }; v.n++; v.d += e.dur / 1000; m.set(k, v);
}
for (const [th, m] of byThread) {
  const top = [...m].sort((a, b) => b[1].d - a[1].d).slice(0, 12);
  if (top[0][1].d < 30) continue;
  console.log('==', th);
  for (const [k, v] of top) console.log(`   ${v.d.toFixed(0).padStart(6)} ms  x${v.n}  ${k}`);
}
