import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const p = JSON.parse(readFileSync(dir + '/' + readdirSync(dir)[0], 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const self = new Map(), total = new Map();
for (const n of p.nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const d = dt.get(n.id) ?? 0;
  self.set(k, (self.get(k) ?? 0) + d);
  // inclusive: add to all ancestors (unique keys per path)
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) { const m = byId.get(id); const kk = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`; if (seen.has(kk)) continue; seen.add(kk); total.set(kk, (total.get(kk) ?? 0) + d); }
}
const all = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total sampled', (all / 1000).toFixed(0), 'ms');
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((v / 1000).toFixed(1).padStart(7), k);
console.log('--- inclusive');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(7), k);
