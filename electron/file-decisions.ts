import { appendFileSync, closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { readAnchor, type ChainAnchor } from '../shared/decisions/chain';
import { splitTornTail } from '../shared/decisions/log-records';
import type { DecisionEntry } from '../shared/decisions/schema';
import { UnreadableRecord, WriteFailure, type RecordStore } from '../shared/service/record-store';
import { describeWriteError, nodeDurableFs, writeFileDurably, type DurableFs } from './durable-write';
import { fileKeyForId, isErrnoException, readRawJson } from './store-files';

type DecisionFiles = Pick<RecordStore, 'readDecisions' | 'addDecisions' | 'readDecisionAnchor' | 'writeDecisionAnchor'>;

/**
 * Appends text and flushes it before returning: the append is on disk, or it threw and the log
 * is cut back to where it was. A disk that fills up half-way through an entry must not leave the
 * start of an entry the user was told was not recorded (it would come back as "torn by a crash").
 */
function appendDurably(path: string, text: string): void {
  const fd = openSync(path, 'a');
  try {
    const size = fstatSync(fd).size;
    try {
      appendFileSync(fd, text, 'utf8');
      fsyncSync(fd);
    } catch (error) {
      try {
        ftruncateSync(fd, size);
        fsyncSync(fd);
      } catch {
        // Cutting back frees space, so this rarely fails; if it does, the next read moves the torn text aside.
      }
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

/** Whether a file ends part-way through a line (a last line torn by a crash); false when missing or empty. */
function endsMidLine(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return false;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}

/**
 * Decision logs as files: one JSON Lines file per plan, `<dataDir>/decisions/<plan key>.jsonl`,
 * only ever appended to; `<key>.head.json` beside it (the anchor: length and last hash after the
 * last append) and `<key>.recovered.txt` for the text of an append torn by a crash.
 */
export function createFileDecisions(dataDir: string, fs: DurableFs = nodeDurableFs): DecisionFiles {
  const dir = join(dataDir, 'decisions');
  mkdirSync(dir, { recursive: true });
  const logPath = (planId: string) => join(dir, `${fileKeyForId(planId)}.jsonl`);
  const anchorPath = (planId: string) => join(dir, `${fileKeyForId(planId)}.head.json`);

  function readAnchorFile(planId: string): ChainAnchor | null {
    const raw = readRawJson(anchorPath(planId));
    return raw.kind === 'json' ? readAnchor(raw.value) : null;
  }

  function readText(path: string): string {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if (isErrnoException(error) && error.code === 'ENOENT') return '';
      throw error;
    }
  }

  /**
   * Moves a torn last line to the recovery file and cuts the log back to its last whole line. In a folder
   * that cannot be written (read-only, no permission, full) the torn text stays where it is and is read
   * as a damaged entry, saying why: one torn line must not stop the plans being listed. It is moved aside
   * at the first read that can write.
   */
  function recoverTornTail(planId: string, text: string): { text: string; keptAs: string | null; stuck: string | null } {
    const split = splitTornTail(text);
    if (split === null) return { text, keptAs: null, stuck: null };
    const name = `${fileKeyForId(planId)}.recovered.txt`;
    try {
      appendDurably(join(dir, name), `${split.torn}\n`);
      truncateSync(logPath(planId), Buffer.byteLength(split.kept, 'utf8'));
    } catch (error) {
      return { text: split.kept, keptAs: null, stuck: describeWriteError(error) };
    }
    return { text: split.kept, keptAs: `"decisions/${name}"`, stuck: null };
  }

  return {
    async readDecisions(planId) {
      const recovered = recoverTornTail(planId, readText(logPath(planId)));
      const values: unknown[] = [];
      recovered.text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '') return;
        try {
          values.push(JSON.parse(index === 0 ? line.replace(/^\uFEFF/, '') : line));
        } catch {
          values.push(new UnreadableRecord('it is not valid JSON'));
        }
      });
      if (recovered.stuck !== null) {
        values.push(new UnreadableRecord(`it was cut off while it was being written, and could not be moved aside because ${recovered.stuck}`));
      }
      return { values, tornTailKeptAs: recovered.keptAs };
    },

    // The service has checked the ids against the log it just read; the main process is the only writer.
    async addDecisions(planId, entries: readonly DecisionEntry[], anchor: ChainAnchor) {
      // First where this append leads, beside the anchor as it is: the entries and the anchor are two files, and
      // a crash between them must be told apart from entries added to the log by hand (`ChainAnchor.pending`).
      // A disk too full for this records nothing, and says so.
      const stored = readAnchorFile(planId);
      const from = (entries[0]?.seq ?? 1) - 1;
      const under = { ...(stored ?? { length: from, head: entries[0]?.prev ?? null }), pending: { from, length: anchor.length, head: anchor.head } };
      const intent = writeFileDurably(anchorPath(planId), JSON.stringify(under), fs);
      if (!intent.ok) throw new WriteFailure(intent.reason);
      try {
        // A torn last line that could not be moved aside (see recoverTornTail) ends without a newline: the new
        // entries start on a line of their own, never glued to it (which would make them unreadable).
        const lead = endsMidLine(logPath(planId)) ? '\n' : '';
        appendDurably(logPath(planId), lead + entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
      } catch (error) {
        throw new WriteFailure(describeWriteError(error));
      }
      // The entries are on disk: they are recorded, whatever becomes of the anchor. Saying otherwise
      // would have the user record them again, twice in a log nothing can remove from. The next read
      // catches the anchor up (one entry past it is a crash between these two writes).
      const outcome = writeFileDurably(anchorPath(planId), JSON.stringify(anchor), fs);
      if (!outcome.ok) console.error(`Rollout Readiness: the decision log's anchor was not updated: ${outcome.reason}`);
      return 'added';
    },

    readDecisionAnchor: async (planId) => readAnchorFile(planId),

    async writeDecisionAnchor(planId, anchor) {
      const outcome = writeFileDurably(anchorPath(planId), JSON.stringify(anchor), fs);
      if (!outcome.ok) throw new WriteFailure(outcome.reason);
    },
  };
}
