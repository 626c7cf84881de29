/**
 * The anchors of `npm run bench:app`, run in a Web Worker of the benchmarked page on the very File
 * the UI imports (bundled by bench/app-bench.mjs into .cache/bench-app/anchor-worker.js):
 *   read     file.stream() + TextDecoder: the floor nothing can beat
 *   papa     bare papaparse on the same text, in the mode shared/csv uses (PARSE_CHUNK pieces, array rows)
 *   udsv     bare uDSV streaming (string arrays), fed the same pieces
 *   sha      the app's own SHA-256 (`hashFile`, as its hash worker runs it), alone
 *   stream   the streaming TypeScript SHA-256 (`hashStream`: what the hash worker ran before, and still runs on a large file)
 *   digest   native `crypto.subtle.digest` on the whole file read into one ArrayBuffer
 *   app      the app's own import job (`runImportJob`, what its import worker runs, hash off) with the
 *            settings and mapping its preview finds: (d) without the UI around it
 *   appdigest  the same with the file's SHA-256 from the same reads (`runDigestingImport`, what the import
 *            worker runs on a file up to 128 MiB): (d) with its fingerprint, one worker, one read
 * Each answers with the rows (or characters, or the digest) it saw, so a wrong anchor shows.
 */
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { hashStream } from '../../shared/csv/hash-stream';
import { PARSE_CHUNK } from '../../shared/csv/limits';
import { previewCsv } from '../../shared/csv/preview';
import { blobChunks, readHead } from '../../renderer/import/file-chunks';
import { hashFile } from '../../renderer/import/hash-file';
import { runImportJob } from '../../renderer/import/run-import-job';
import { runDigestingImport } from '../../renderer/import/whole-file-digest';

export type AnchorCase = 'read' | 'papa' | 'udsv' | 'sha' | 'stream' | 'digest' | 'app' | 'appdigest';
export interface AnchorAnswer {
  readonly ms: number;
  readonly count: number;
  readonly note: string;
}

interface PapaChunkParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } };
}

/** The same reading as bench/import-bench.ts: decoded PARSE_CHUNK bytes at a time, handed on in pieces of ≥ PARSE_CHUNK characters. */
async function readText(file: Blob, onText: (text: string, final: boolean) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  let pending: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = 0; at < value.length; at += PARSE_CHUNK) {
      const text = decoder.decode(value.subarray(at, at + PARSE_CHUNK), { stream: true });
      pending.push(text);
      length += text.length;
      if (length >= PARSE_CHUNK) {
        onText(pending.length === 1 ? text : pending.join(''), false);
        pending = [];
        length = 0;
      }
    }
  }
  pending.push(decoder.decode());
  onText(pending.join(''), true);
}

async function run(kind: AnchorCase, file: Blob): Promise<{ count: number; note: string }> {
  if (kind === 'read') {
    let chars = 0;
    await readText(file, (text) => (chars += text.length));
    return { count: chars, note: 'characters' };
  }
  if (kind === 'papa') {
    const parser = new Papa.Parser({ delimiter: ',', newline: '\n', quoteChar: '"' }) as unknown as PapaChunkParser;
    let rows = 0;
    let tail = '';
    await readText(file, (text, final) => {
      const input = tail + text;
      const result = parser.parse(input, 0, !final);
      for (const record of result.data) if (record.length > 1 || record[0] !== '') rows++;
      tail = final ? '' : input.substring(result.meta.cursor);
    });
    return { count: rows - 1, note: 'rows' };
  }
  if (kind === 'udsv') {
    let parser: ReturnType<typeof initParser> | null = null;
    let rows = 0;
    const count = (): void => {
      rows++;
    };
    await readText(file, (text) => {
      parser ??= initParser(inferSchema(text));
      parser.chunk<string[]>(text, parser.stringArrs, count);
    });
    (parser as ReturnType<typeof initParser> | null)?.end();
    return { count: rows, note: 'rows' };
  }
  if (kind === 'sha' || kind === 'stream') {
    const result = kind === 'sha' ? await hashFile(file) : await hashStream(file.stream());
    if (!result.ok) throw new Error(result.error.message);
    return { count: result.value.bytes, note: result.value.sha256 };
  }
  if (kind === 'app' || kind === 'appdigest') {
    const preview = previewCsv(await readHead(file, 1 << 16), { totalBytes: file.size, kind: 'quality' });
    if (!preview.ok) throw new Error(preview.error.message);
    const { settings, mapping } = preview.value;
    // "today" after the log's last day keeps future-date warnings out, as in the Node bench.
    const job = { kind: 'quality' as const, settings, mapping, today: '2027-01-01', totalBytes: file.size, hash: false };
    const result =
      kind === 'app'
        ? await runImportJob(blobChunks(file), job)
        : await runDigestingImport(blobChunks(file), file.size, job, { subtle: crypto.subtle });
    if (!result.ok) throw new Error(result.error.message);
    return { count: result.summary.accepted, note: kind === 'app' ? `${result.rows.length} stored bytes` : result.summary.sha256 };
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return { count: file.size, note: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ kind: AnchorCase; file: Blob }>) => void) | null;
  postMessage(message: AnchorAnswer | { error: string }): void;
}
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const started = performance.now();
  run(event.data.kind, event.data.file).then(
    ({ count, note }) => scope.postMessage({ ms: performance.now() - started, count, note }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
