/**
 * `npm run bench:plan-file [-- --runs 5 --decisions 10000 --rows 1000000]`
 *
 * Imports of exported plan files through the desktop service (real files in a temp folder)
 * and the browser service (in-memory records): one file carrying 10,000 decisions, and one
 * carrying the stored rows of a 1,000,000-row import (about 20 MB, base64 in the file). Each
 * run imports into a fresh data folder; the median of the runs is printed with min–max and the
 * machine's load average, since the machine is shared.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileDialogs } from '../electron/files';
import { createHandlers } from '../electron/ipc';
import { createReportPrinter } from '../electron/report-printer';
import { createMemoryApi } from '../renderer/api/memory-api';
import type { ImportOutcome } from '../shared/api';
import { advance, chainEntry, type ChainAnchor } from '../shared/decisions/chain';
import { DECISION_SCHEMA_VERSION, type DecisionEntry, type EvidenceSnapshot } from '../shared/decisions/schema';
import type { ImportRecord } from '../shared/model/import-record';
import { createPlan } from '../shared/model/plan-factory';
import { serialisePlanFile } from '../shared/model/plan-file';
import { encodeColumns } from '../shared/metrics/columnar';
import type { Result } from '../shared/result';
import { textPlanFile } from '../shared/service/opened-plan-files';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const runs = arg('runs', 5);
const decisionCount = arg('decisions', 10_000);
const rowCount = arg('rows', 1_000_000);
const now = new Date('2026-11-25T10:00:00.000Z');

const evidence: EvidenceSnapshot = {
  planRevision: 1,
  evaluatedOn: '2026-11-25',
  riskTier: null,
  statisticalConfidence: false,
  readiness: { overall: 0.5, blockers: 0, blockerItems: [], weakestArea: null, weakestScore: null, ready: false },
  thresholds: { met: 0, notMet: 0, notMeasured: 0, items: [] },
  stage: null,
  imports: [],
};

function decisionsFile(): string {
  const plan = createPlan({ name: 'Bench: many decisions', templateId: 'team-workflow-pilot', now });
  let anchor: ChainAnchor = { length: 0, head: null };
  const decisions: DecisionEntry[] = [];
  for (let i = 0; i < decisionCount; i += 1) {
    const entry = chainEntry(
      {
        schemaVersion: DECISION_SCHEMA_VERSION,
        id: `d-${i}`,
        planId: plan.id,
        at: '2026-11-25T10:00:00.000+00:00',
        author: 'Bench',
        approvedBy: '',
        stageId: null,
        decision: 'note',
        recommendation: null,
        override: false,
        rationale: `Note number ${i} with a sentence of ordinary length about the pilot.`,
        corrects: null,
        automatic: false,
        change: null,
        evidence,
      },
      anchor,
    );
    anchor = advance(anchor, entry);
    decisions.push(entry);
  }
  return serialisePlanFile(plan, now, { importData: {}, decisions });
}

function rowsFile(): string {
  const plan = createPlan({ name: 'Bench: a million rows', templateId: 'team-workflow-pilot', now });
  // Quality rows in the stored column form (~17 bytes a row): the import decodes and counts them.
  const users = ['', ...Array.from({ length: 200 }, (_, i) => `reviewer-${i}`)];
  const rows = encodeColumns({
    kind: 'quality',
    rowCount,
    line: Uint32Array.from({ length: rowCount }, (_, i) => i + 2),
    day: Int32Array.from({ length: rowCount }, (_, i) => 20_454 + (i % 365)),
    week: null,
    stage: null,
    group: null,
    user: { values: users, codes: Uint32Array.from({ length: rowCount }, (_, i) => 1 + (i % 200)) },
    editingShare: Float64Array.from({ length: rowCount }, (_, i) => (i * 7) % 100),
  });
  const record: ImportRecord = {
    id: 'imp-quality',
    kind: 'quality',
    fileName: 'quality-a-year.csv',
    bytes: rowCount * 60,
    sha256: 'a'.repeat(64),
    importedAt: '2026-11-25T10:00:00.000Z',
    settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: null },
    mapping: { kind: 'quality', fields: {}, latencyUnit: 'seconds' },
    headers: ['user', 'date'],
    records: rowCount,
    accepted: rowCount,
    rejected: 0,
    rejections: [],
    warnings: [],
    dateRange: { first: '2026-01-01', last: '2026-12-31' },
  };
  return serialisePlanFile({ ...plan, imports: [record] }, now, { importData: { [record.id]: { rows, rejected: null } }, decisions: [] });
}

/** One import of the file, set up (the file written, the service fresh) but not yet run. */
interface Prepared {
  readonly run: () => Promise<Result<ImportOutcome>>;
  readonly done: () => void;
}

/** The desktop: the file on disk, chosen in the open dialog, read and checked by the main process (here, in place). */
function desktop(text: string): Prepared {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-bench-'));
  const chosen = join(dir, 'chosen.rollout.json');
  writeFileSync(chosen, text);
  const dialog = { showSaveDialog: async () => ({ canceled: true, filePath: '' }), showOpenDialog: async () => ({ canceled: false, filePaths: [chosen] }) };
  const files = createFileDialogs(dialog, () => dir);
  const api = createHandlers({
    dataDir: join(dir, 'data'),
    files,
    printer: createReportPrinter(() => null, files),
    now: () => now,
  });
  const run = async (): Promise<Result<ImportOutcome>> => {
    const opened = await api.openTextFile('plan');
    if (!opened.ok || opened.value === null) return opened.ok ? { ok: false, error: { code: 'io', message: 'nothing chosen' } } : opened;
    return api.importPlan(opened.value.token, 'ask');
  };
  return { run, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The browser twin over Maps, handed the file's text as a chosen file. */
function browser(text: string): Prepared {
  const api = createMemoryApi({ now: () => now });
  return { run: () => api.importPlan(api.offerPlanFile(textPlanFile('chosen.rollout.json', text)).token, 'ask'), done: () => undefined };
}

async function measure(label: string, text: string, open: (text: string) => Prepared): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { run: importIt, done } = open(text);
    const start = performance.now();
    const result = await importIt();
    times.push(performance.now() - start);
    done();
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `${label}: median ${fmt(median)} (min ${fmt(times[0] ?? 0)} – max ${fmt(times.at(-1) ?? 0)}, ${runs} runs, file ${(text.length / 1024 / 1024).toFixed(1)} MB, load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`,
  );
}

const manyDecisions = decisionsFile();
await measure(`import of a plan file with ${decisionCount} decisions, desktop (files)`, manyDecisions, desktop);
await measure(`import of a plan file with ${decisionCount} decisions, browser (records)`, manyDecisions, browser);
const manyRows = rowsFile();
await measure(`import of a plan file with a ${rowCount}-row import, desktop (files)`, manyRows, desktop);
