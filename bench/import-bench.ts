/**
 * The measuring process of `npm run bench` (bundled by bench/run.mjs, run by Node 22).
 * Cases run in one process on the same file, alternating, so that disk cache, CPU boost and
 * JIT state favour none of them:
 *   a  read + UTF-8 decode: the floor nothing can beat
 *   b  bare papaparse, in the mode shared/csv uses (Papa.Parser on `PARSE_CHUNK` (64 Ki) character
 *      chunks, the unfinished last row re-parsed with the next, array rows, no header or dynamicTyping)
 *   c  bare uDSV streaming (string arrays), fed the same chunks
 *   d  the app's import: decode + parse + validate + aggregate + encode the stored form, with the
 *      SHA-256 as the app takes it (up to 128 MiB from the same reads, digested natively after the
 *      parse; beyond, by a worker thread that reads the file too); (d) ends when both are done
 *   e  (d) with "today" inside the log, so that its last weeks' rows are accepted with a warning: a per-row
 *      cost of warned rows, such as a formatter built per warning, shows here against (d)
 *   f  (d) for a plan without the log's last stage: nearly every row rejected, each kept with its reason and
 *      cells for the rejected-rows download (a file imported into the wrong plan); a per-row cost of
 *      rejections shows here
 *   g  the app's import of a file of 8–128 MiB on two cores: read in two parts on two worker threads and
 *      merged (bench/split-in-workers.ts, the app's own functions); threads started before the clock, as the app
 *      starts its import workers when the file is chosen. Its CPU time is both threads'.
 * Prints one JSON line with every run's times for run.mjs to tabulate.
 */
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { PARSE_CHUNK } from '../shared/csv/limits';
import { importWithPipeline, STAGES_WITHOUT_LAST, TODAY_AFTER_LOG, TODAY_INSIDE_LOG } from './pipeline-adapter';
import { importOnOneThread, importOnTwoThreads } from './split-in-workers';
import { CUT_AT } from '../renderer/import/split-import-job';
import { readChunks } from './read-file';

export type CaseId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

export interface CaseRun {
  readonly ms: number;
  /**
   * CPU time of the measuring thread (not of GC helpers or (d)'s hash worker). On a busy machine the wall
   * time also holds waiting for a core, which hits (d) hardest: it needs two.
   */
  readonly cpuMs: number;
  /**
   * Minor page faults of the whole process during the run: fresh memory touched for the first time. Where
   * faulting memory in is slow, each costs more than the work done on the page.
   */
  readonly minorPageFaults: number;
  readonly rows: number;
  /** (d), (e), (f): rows accepted with a "date after today" warning, rows rejected. */
  readonly futureDatedRows?: number;
  readonly rejectedRows?: number;
  /** (d) and (e): time finishing the columns and encoding the stored form. */
  readonly encodeMs?: number;
  /** (d) only: time the import waited for the hash worker after its own work was done, and the worker's CPU time. */
  readonly hashWaitMs?: number;
  readonly hashCpuMs?: number;
  readonly hash?: string;
  /** (d), (e), (f), (g): the file's SHA-256 as the import recorded it. */
  readonly sha256?: string;
}

export interface BenchReport {
  readonly file: string;
  readonly bytes: number;
  readonly runs: Record<CaseId, CaseRun[]>;
  readonly skipped: Partial<Record<CaseId, string>>;
  readonly maxRssMiB: number;
  readonly stored?: { readonly bytes: number };
  /** (g): its stored form is byte for byte a one-thread import's (same job), or null when (g) did not run. */
  readonly twoThreadsSameBytes?: boolean | null;
}

/**
 * Every case reads the same way the pipeline does: 1 MiB reads, decoded `PARSE_CHUNK` bytes at a time,
 * text handed on in pieces of at least `PARSE_CHUNK` characters. The chunk size matters a lot to
 * papaparse (and uDSV): smaller chunks leave less live data for the garbage collector to copy.
 */
function readText(path: string, onText: (text: string, final: boolean) => void): void {
  const decoder = new TextDecoder('utf-8');
  let pending: string[] = [];
  let length = 0;
  readChunks(path, (bytes) => {
    for (let at = 0; at < bytes.length; at += PARSE_CHUNK) {
      const text = decoder.decode(bytes.subarray(at, at + PARSE_CHUNK), { stream: true });
      pending.push(text);
      length += text.length;
      if (length >= PARSE_CHUNK) {
        onText(pending.length === 1 ? text : pending.join(''), false);
        pending = [];
        length = 0;
      }
    }
  });
  pending.push(decoder.decode());
  onText(pending.join(''), true);
}

function caseRead(path: string): number {
  let chars = 0;
  readText(path, (text) => (chars += text.length));
  return chars;
}

interface PapaChunkParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } };
}

function casePapa(path: string): number {
  const parser = new Papa.Parser({ delimiter: ',', newline: '\n', quoteChar: '"' }) as unknown as PapaChunkParser;
  let rows = 0;
  let tail = '';
  readText(path, (text, final) => {
    const input = tail + text;
    const result = parser.parse(input, 0, !final);
    for (const record of result.data) if (record.length > 1 || record[0] !== '') rows++;
    tail = final ? '' : input.substring(result.meta.cursor);
  });
  return rows - 1; // header
}

function caseUdsv(path: string): number {
  let parser: ReturnType<typeof initParser> | null = null;
  let rows = 0;
  const count = () => {
    rows++;
  };
  readText(path, (text) => {
    parser ??= initParser(inferSchema(text));
    parser.chunk<string[]>(text, parser.stringArrs, count);
  });
  (parser as ReturnType<typeof initParser> | null)?.end();
  return rows; // uDSV's schema consumes the header row
}

/** The stored form of (g)'s last run, compared once with a one-thread import of the same job. */
let lastTwoThreadRows: Uint8Array | null = null;

async function runCase(id: CaseId, path: string): Promise<CaseRun & { storedBytes?: number }> {
  const cpuBefore = process.threadCpuUsage();
  const faultsBefore = process.resourceUsage().minorPageFault;
  const started = performance.now();
  let rows: number;
  let storedBytes: number | undefined;
  let split:
    | { encodeMs: number; hashWaitMs: number; hashCpuMs: number; hash: string; sha256: string; futureDatedRows: number; rejectedRows: number }
    | undefined;
  if (id === 'g') {
    const outcome = await importOnTwoThreads(path, TODAY_AFTER_LOG, Number(process.env['RR_CUT_AT'] ?? CUT_AT));
    if (!outcome.result.ok) throw new Error(outcome.result.error.message);
    const { summary } = outcome.result;
    lastTwoThreadRows = outcome.result.rows;
    const minorPageFaults = process.resourceUsage().minorPageFault - faultsBefore;
    return { ms: outcome.ms, cpuMs: outcome.cpuMs, minorPageFaults, rows: summary.accepted, sha256: summary.sha256 };
  }
  if (id === 'a') rows = caseRead(path);
  else if (id === 'b') rows = casePapa(path);
  else if (id === 'c') rows = caseUdsv(path);
  else {
    const outcome = await importWithPipeline(
      path,
      id === 'e' ? { today: TODAY_INSIDE_LOG } : id === 'f' ? { stages: STAGES_WITHOUT_LAST } : {},
    );
    // (f): the records read, nearly all rejected.
    rows = id === 'f' ? outcome.acceptedRows + outcome.rejectedRows : outcome.acceptedRows;
    if (id === 'd') storedBytes = outcome.storedBytes;
    split = {
      encodeMs: outcome.encodeMs,
      hashWaitMs: outcome.hashWaitMs,
      hashCpuMs: outcome.hashCpuMs,
      hash: outcome.hash,
      sha256: outcome.sha256,
      futureDatedRows: outcome.futureDatedRows,
      rejectedRows: outcome.rejectedRows,
    };
  }
  const ms = performance.now() - started;
  const cpu = process.threadCpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const minorPageFaults = process.resourceUsage().minorPageFault - faultsBefore;
  return { ms, cpuMs, minorPageFaults, rows, ...split, ...(storedBytes === undefined ? {} : { storedBytes }) };
}

function maxRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function main(argv: readonly string[]): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  const file = arg('file', '');
  const runs = Number(arg('runs', '5'));
  const warmup = Number(arg('warmup', '1'));
  const cases = arg('cases', 'a,b,c,d,e,f').split(',') as CaseId[];
  const report: BenchReport & { runs: Record<CaseId, CaseRun[]>; skipped: Partial<Record<CaseId, string>> } = {
    file,
    bytes: readChunks(file, () => {}),
    runs: { a: [], b: [], c: [], d: [], e: [], f: [], g: [] },
    skipped: {},
    maxRssMiB: 0,
  };
  let stored: number | undefined;
  const active = [...cases];
  for (let r = -warmup; r < runs; r++) {
    // Rotate the order each round so no case always runs first (cold) or right after another.
    const order = active.map((_, k) => active[(k + Math.max(r, 0)) % active.length] as CaseId);
    for (const id of order) {
      if (report.skipped[id] !== undefined) continue;
      collectGarbage();
      try {
        const run = await runCase(id, file);
        if (run.storedBytes !== undefined) stored = run.storedBytes;
        const { storedBytes: _stored, ...timing } = run;
        if (r >= 0) report.runs[id].push(timing);
      } catch (error) {
        report.skipped[id] = error instanceof Error ? error.message : String(error);
      }
    }
  }
  let twoThreadsSameBytes: boolean | null = null;
  if (lastTwoThreadRows !== null) {
    const one = await importOnOneThread(file, TODAY_AFTER_LOG);
    twoThreadsSameBytes = one.ok && Buffer.from(one.rows).equals(Buffer.from(lastTwoThreadRows));
  }
  const out: BenchReport = { ...report, maxRssMiB: maxRssMiB(), twoThreadsSameBytes, ...(stored === undefined ? {} : { stored: { bytes: stored } }) };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
