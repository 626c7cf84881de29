import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { importKinds } from '../../shared/csv/kinds';
import { firstLook, importFound } from './found-harness';

const files = readdirSync(resolve(import.meta.dirname, '../fixtures/found')).filter((f) => f.endsWith('.csv'));
it.each(files)('%s', (name) => {
  const p = firstLook(name);
  const out: unknown[] = [];
  out.push({ name, detection: { delimiter: p.detection.delimiter, encoding: p.detection.encoding, headerRow: p.settings.headerRow, extra: p.settings.extraHeaderRows, dateFormat: p.settings.dateFormat }, headers: p.headers.length });
  out.push({ suggested: p.kindSuggestion.kind, best: p.kindSuggestion.best, conf: p.kindSuggestion.confidence, expl: p.kindSuggestion.explanation, scores: p.kindSuggestion.scores.slice(0, 4).map((s) => [s.kind, s.score, s.requiredMet]) });
  out.push({ mapping: p.mapping.fields, questions: p.questions.map((q) => q.message), problems: p.mappingProblems, plaus: p.plausibility, stageQ: p.stageQuestion?.message, ready: p.ready });
  out.push({ headerNotes: p.headerNotes, unused: p.unusedColumns.slice(0, 6) });
  const kinds = process.env.PROBE_KINDS ? process.env.PROBE_KINDS.split(',') : [p.kindSuggestion.kind ?? p.kindSuggestion.best];
  for (const kind of kinds) {
    if (!(importKinds as readonly string[]).includes(kind)) continue;
    try {
      const { confirmed, summary } = importFound(name, { kind: kind as never });
      out.push({ kind, ready: confirmed.ready, q: confirmed.questions.map((q) => q.message), probs: confirmed.mappingProblems, map: confirmed.mapping.fields, records: summary.records, accepted: summary.accepted, rejected: summary.rejected, skipped: summary.skipped, blank: summary.blankLines, rej: summary.rejections.map((r) => [r.code, r.count, r.message ?? '', r.examples?.[0]]), warn: summary.warnings.map((w) => [w.code, w.count, (w as { message?: string }).message]) });
    } catch (e) {
      out.push({ kind, error: String(e) });
    }
  }
  console.log(JSON.stringify(out, null, 1));
});
