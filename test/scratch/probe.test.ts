import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { createImporter } from '../../shared/csv/importer';
import { previewCsv } from '../../shared/csv/preview';
import { createColumnsBuilder } from '../../shared/metrics/column-builder';
import { computeMetrics } from '../../shared/metrics/compute-metrics';
import { exportStages } from '../shared/csv/export-harness';

const dir = process.env.PROBE_DIR ?? '/work/wt-realfiles/test/scratch/files';
const only = process.env.PROBE_FILE;

it('probe', () => {
  for (const name of readdirSync(dir).sort()) {
    if (only && !name.includes(only)) continue;
    const bytes = new Uint8Array(readFileSync(resolve(dir, name)));
    const base = { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length };
    const answers = JSON.parse(process.env.PROBE_ANSWERS ?? '{}');
    const first0 = previewCsv(bytes, { ...base, ...(answers.kind ? { kind: answers.kind } : {}), settings: answers.settings ?? {} });
    const first = answers.fields && first0.ok ? previewCsv(bytes, { ...base, kind: first0.value.kind, settings: answers.settings ?? {}, mapping: { ...first0.value.mapping, fields: { ...first0.value.mapping.fields, ...answers.fields } } }) : first0;
    console.log('\n=====', name);
    if (!first.ok) { console.log('FAIL', first.error.message); continue; }
    const p = first.value;
    const d = p.detection;
    console.log('detect', { enc: d.encoding, delim: d.delimiter, header: d.hasHeader, dc: d.decimalComma, extra: d.extraHeaderRows, sep: d.sepLine });
    console.log('kind', p.kindSuggestion.kind, '| best', p.kindSuggestion.best, '|', p.kindSuggestion.explanation);
    console.log('scores', p.kindSuggestion.scores.slice(0, 4).map((s) => `${s.kind}:${s.score}${s.requiredMet ? '' : '(unmet)'}`).join(' '));
    console.log('mapping', JSON.stringify(p.mapping.fields), p.mapping.latencyUnit);
    for (const e of p.mappingEvidence) console.log('  ev', e.field, e.strength, e.reason);
    console.log('settings', JSON.stringify({ df: p.settings.dateFormat, ps: p.settings.percentScale, sev: p.settings.severityScale }));
    console.log('questions', p.questions.map((q) => q.message));
    console.log('problems', p.mappingProblems, 'stageQ', p.stageQuestion?.message);
    console.log('plaus', JSON.stringify(p.plausibility));
    for (const r of p.rows.slice(0, Number(process.env.PROBE_ROWS ?? 6))) console.log('  row', r.line, r.skipped ?? '', r.rejection?.message ?? '', JSON.stringify(r.row), r.lands ?? '');
    if (!p.ready) { console.log('NOT READY'); continue; }
    const cols = createColumnsBuilder(p.kind);
    const rej: string[] = [];
    const imp = createImporter({ kind: p.kind, settings: p.settings, mapping: p.mapping, today: '2026-12-31', totalBytes: bytes.length }, { onRow: (row: unknown) => cols.append(row as never), onRejected: (rs: { line: number; message: string }[]) => { for (const r of rs) rej.push(`${r.line}: ${r.message}`); } } as never);
    imp.push(bytes);
    const res = imp.end();
    if (!res.ok) { console.log('IMPORT FAIL', res.error.message); continue; }
    const s = res.value;
    console.log('summary', { acc: s.accepted, rej: s.rejected, blank: s.blankLines, skipped: s.skipped }, s.warnings.map((w) => w.examples[0]?.message));
    for (const r of rej) console.log('  rejected', r);
    const m = computeMetrics({ imported: cols.finish() } as never, exportStages, { editingShareLimit: 15 });
    console.log('metrics', JSON.stringify(m, (k, v) => (Array.isArray(v) && v.length > 12 ? `[${v.length}]` : v)).slice(0, Number(process.env.PROBE_M ?? 1500)));
  }
});
