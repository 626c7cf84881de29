import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ev = t.traceEvents ?? t;
const names = new Map();
for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const _nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' ) ?? ev.find((e)=>e.name==='TracingStartedInBrowser');
const t0 = Math.min(...ev.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
console.log('t0', t0);
const per = new Map();
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur) continue;
  const th = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
  if (!/Main|Worker|DedicatedWorker|IndexedDB|Compositor/i.test(th) && !process.argv[3]) continue;
  if (!['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
  if (e.dur < 1500) continue;
  (per.get(th) ?? per.set(th, []).get(th)).push(e);
}
for (const [th, list] of per) {
  console.log(`== ${th}: ${list.length} tasks >1.5ms, total ${(list.reduce((a,e)=>a+e.dur,0)/1000).toFixed(1)} ms`);
  for (const e of list.sort((a,b)=>a.ts-b.ts)) {
    const rel = (e.ts - t0) / 1000;
    if (rel < -50) continue;
    // find top child names inside
    const inner = ev.filter((c) => c.pid === e.pid && c.tid === e.tid && c.ph === 'X' && c.ts >= e.ts && c.ts + (c.dur??0) <= e.ts + e.dur && c !== e && (c.dur ?? 0) > 1000).map((c) => `${c.name}${c.args?.data?.url ? '('+c.args.data.url.split('/').pop()+')' : ''}${c.args?.data?.functionName ? '['+c.args.data.functionName+']':''} ${(c.dur/1000).toFixed(1)}`).slice(0, 6);
    console.log(`  @${rel.toFixed(0)} ${(e.dur/1000).toFixed(1)} ms: ${inner.join(', ')}`);
  }
}
