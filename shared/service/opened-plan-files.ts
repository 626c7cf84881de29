import type { OpenedFile } from '../api';
import { newId } from '../model/ids';
import { readPlanFile, type PlanFileContents } from '../model/plan-file';
import { fail, ok, type Result } from '../result';
import { utf8ByteLength } from './limits';

/**
 * A plan file the user chose, as the platform holds it: a `File` in the browser, a path in the
 * Electron main process. Only its name, size and token reach the renderer; the platform reads
 * it itself (off the UI thread) when it is imported, so the file is never one giant string
 * passed around.
 */
export interface PlanFileSource {
  readonly name: string;
  /** In bytes, as the file system reports it: the size limit is checked before anything is read. */
  readonly size: number;
  /** Reads the file and runs every check of `readPlanFile` on it. */
  read(): Promise<Result<PlanFileContents>>;
}

/** What an unknown, used or expired token gets: the words the user sees. */
export const FILE_NO_LONGER_AVAILABLE = 'The file is no longer available: choose it again. Nothing was imported.';

/** A chosen file while it waits to be imported, with its checked contents once read. */
export interface OpenedPlanFile {
  readonly source: PlanFileSource;
  /**
   * The file read and checked, once: answering the "already here" question with the same
   * token does not parse the file again (one parse per import).
   */
  contents(): Promise<Result<PlanFileContents>>;
}

export interface OpenedPlanFiles {
  /** Keeps a chosen file under a new token and says what the renderer may know of it. */
  add(source: PlanFileSource): OpenedFile;
  /** The file behind a token, or the message that it is no longer available. */
  get(token: string): Result<OpenedPlanFile>;
  /** Forgets a token (its import is finished): the token is single-use. */
  release(token: string): void;
}

export interface OpenedPlanFilesOptions {
  /** How long a token lives after its last use. */
  readonly keepMs?: number;
  /** Milliseconds; a parameter so tests can move time. */
  readonly clock?: () => number;
  /** The platform's timer (`setTimeout`), to forget expired files without waiting for the next call. */
  readonly setTimer?: (run: () => void, ms: number) => void;
}

/**
 * The tokens of chosen plan files, for every platform: each is released when its import
 * finishes (imported or refused) and kept while the user is asked about an id clash, but
 * never longer than `keepMs` after it was last used, so neither the file nor its checked
 * rows stay in memory for the session.
 */
export function createOpenedPlanFiles({ keepMs = 10 * 60 * 1000, clock = () => Date.now(), setTimer }: OpenedPlanFilesOptions = {}): OpenedPlanFiles {
  const open = new Map<string, { entry: OpenedPlanFile; until: number }>();
  const forgetExpired = (): void => {
    const at = clock();
    for (const [token, held] of open) if (held.until < at) open.delete(token);
  };
  // Without a later call, a file chosen and then left (a question cancelled) is still forgotten.
  const sweepLater = (): void => setTimer?.(forgetExpired, keepMs + 1);
  return {
    add(source) {
      forgetExpired();
      const token = newId();
      let read: Promise<Result<PlanFileContents>> | null = null;
      const entry: OpenedPlanFile = {
        source,
        contents: () => (read ??= source.read()),
      };
      open.set(token, { entry, until: clock() + keepMs });
      sweepLater();
      return { name: source.name, size: source.size, token };
    },
    get(token) {
      forgetExpired();
      const held = open.get(token);
      if (!held) return fail('not_found', FILE_NO_LONGER_AVAILABLE);
      held.until = clock() + keepMs;
      sweepLater();
      return ok(held.entry);
    },
    release(token) {
      open.delete(token);
    },
  };
}

/**
 * A plan file already in memory as text (a plan inside a backup, a test's file): its size is
 * its UTF-8 length, as it would be on disk, and it is read with `readPlanFile`.
 */
export function textPlanFile(name: string, text: string): PlanFileSource {
  return { name, size: utf8ByteLength(text), read: async () => readPlanFile(text) };
}
