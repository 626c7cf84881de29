import { isAbsolute, resolve } from 'node:path';

/** Plan files end `.rollout.json` (what Export writes); any `.json` is accepted from the command line. */
const PLAN_FILE = /\.json$/i;

/** A full path to what may be a plan file (`.json`): the only files the main process reads for an import. */
export function isPlanFilePath(path: string): boolean {
  return isAbsolute(path) && PLAN_FILE.test(path);
}

/**
 * The plan files named on a command line: the app's own argv at first launch, or a second
 * launch's argv handed over by the single-instance lock. Chromium switches (`--…`) are
 * skipped; when started through the Electron binary (`electron <app folder> …`,
 * `process.defaultApp`), the app folder is argv[1], not a file to open.
 */
export function planFilesFromArgv(argv: readonly string[], options: { readonly isDefaultApp: boolean; readonly cwd: string }): string[] {
  const args = argv.slice(options.isDefaultApp ? 2 : 1);
  return args
    .filter((arg) => !arg.startsWith('-') && PLAN_FILE.test(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(options.cwd, arg)));
}

/** What a second launch sends the first one: its files, already resolved against its own folder. */
export interface SecondInstanceData {
  readonly files: readonly string[];
}

/** The files in a second launch's hand-over data, or from its argv when the data is missing or malformed. */
export function filesFromSecondInstance(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
  isDefaultApp: boolean,
): string[] {
  if (typeof additionalData === 'object' && additionalData !== null && 'files' in additionalData) {
    const { files } = additionalData;
    if (Array.isArray(files) && files.every((file): file is string => typeof file === 'string' && isAbsolute(file))) {
      return files;
    }
  }
  return planFilesFromArgv(argv, { isDefaultApp, cwd: workingDirectory });
}

/**
 * Files the OS or the command line asked the app to open, waiting for the window. The window
 * takes them one at a time through the import flow, which may stop to ask about a conflict.
 */
export interface OpenFileQueue {
  /** Adds files; `notify` is called once per file so a loaded window can start importing it. */
  push(paths: readonly string[]): void;
  /** The oldest waiting file, or undefined. */
  take(): string | undefined;
  readonly size: number;
}

export function createOpenFileQueue(notify: (path: string) => void): OpenFileQueue {
  const pending: string[] = [];
  return {
    push(paths) {
      for (const path of paths) {
        // Double-clicking the same file twice while the first is still waiting opens it once.
        if (pending.includes(path)) continue;
        pending.push(path);
        notify(path);
      }
    },
    take: () => pending.shift(),
    get size() {
      return pending.length;
    },
  };
}
