import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// A named import: the bundle inlines the version string, not the whole package.json.
import { version } from '../package.json';

/**
 * Who the app is. The same under `npm start`, `npm run dev` and an installed build: Electron
 * would otherwise take the name "Electron" (and its own version) when started on a file, and
 * keep the plans in a folder shared with every other app started that way.
 */
export const APP_NAME = 'Rollout Readiness';
/** Reverse-DNS id: macOS bundle id, Windows AppUserModelID (taskbar, installer), Linux desktop id. */
export const APP_ID = 'com.rollout-readiness.desktop';
/** From package.json at build time, so About shows the app's version however it was started. */
export const APP_VERSION: string = version;
/** The About box text: the app's version first, then the runtime's and where the data lives. */
export function aboutDetail(versions: { readonly electron?: string; readonly chrome?: string }, dataDir: string): string {
  return [
    `Version ${APP_VERSION} (Electron ${versions.electron ?? 'unknown'}, Chromium ${versions.chrome ?? 'unknown'})`,
    'May the next stage of an AI rollout proceed, and can you show why?',
    'Works offline: your plans stay on this computer.',
    `Data folder: ${dataDir}`,
  ].join('\n');
}

/** Folder name Electron uses when the app did not name itself (earlier versions of this app). */
export const LEGACY_FOLDER_NAME = 'Electron';

/** What the app writes into its data folder: only these are ever moved from the legacy folder. */
// `sealed-plans.json` travels with the plans it names (shared/service/sealed-ids.ts).
export const APP_DATA_ENTRIES = ['settings.json', 'plans', 'sealed-plans.json', 'imports', 'decisions', 'window-state.json', 'logs'] as const;

/** The data folder: `<appData>/Rollout Readiness` (%APPDATA%, ~/Library/Application Support, ~/.config). */
export function dataFolderFor(appDataDir: string): string {
  return join(appDataDir, APP_NAME);
}

export type MigrationOutcome =
  | { readonly kind: 'nothing-to-move' }
  | { readonly kind: 'moved'; readonly from: string; readonly entries: readonly string[] }
  /** Both folders hold plans: nothing is merged or overwritten; the user is told where the old ones are. */
  | { readonly kind: 'left-in-place'; readonly from: string; readonly entries: readonly string[] }
  /** `putBack`: everything moved before the failure went back, so the old folder is whole again. */
  | { readonly kind: 'failed'; readonly from: string; readonly message: string; readonly putBack: boolean };

/** The app's entries in `dir` that hold something: an empty folder (the app makes `plans` at every start) proves nothing. */
function presentEntries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = new Set(readdirSync(dir));
  return APP_DATA_ENTRIES.filter((entry) => names.has(entry) && !isEmptyFolder(join(dir, entry)));
}

function isEmptyFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory() && readdirSync(path).length === 0;
  } catch {
    return false;
  }
}

/** How one entry is moved: renamed (one disk), or copied whole to another disk (the old copy removed only once all are). */
export type MoveEntry = (from: string, to: string) => 'renamed' | 'copied';

export const moveEntry: MoveEntry = (from, to) => {
  try {
    renameSync(from, to);
    return 'renamed';
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error;
    try {
      cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
    } catch (copyError) {
      // A disk that filled up part-way leaves a partial copy: it never stands in for the whole one.
      rmSync(to, { recursive: true, force: true });
      throw copyError;
    }
    return 'copied';
  }
};

/** Puts back what an interrupted move moved; false when some of it could not be put back. */
function putBack(moved: ReadonlyArray<{ entry: string; how: 'renamed' | 'copied' }>, legacyDir: string, dataDir: string): boolean {
  let whole = true;
  for (const { entry, how } of [...moved].reverse()) {
    try {
      if (how === 'renamed') renameSync(join(dataDir, entry), join(legacyDir, entry));
      else rmSync(join(dataDir, entry), { recursive: true, force: true });
    } catch {
      whole = false;
    }
  }
  return whole;
}

/**
 * Moves this app's files (and only them: the legacy folder is shared with other apps and holds
 * Chromium's own caches) from `<appData>/Electron` to the new data folder, when the new folder
 * has none yet. All or nothing: a move stopped part-way (a file an antivirus holds, a full disk)
 * is put back, because plans moved without their decision logs or imported rows would open as
 * plans with no log and no data. Never merges and never overwrites: if both folders hold app
 * files, the old ones stay where they are and the outcome says so.
 */
export function migrateLegacyData(appDataDir: string, dataDir: string, move: MoveEntry = moveEntry): MigrationOutcome {
  const legacyDir = join(appDataDir, LEGACY_FOLDER_NAME);
  const legacy = presentEntries(legacyDir);
  // Only settings or plans prove the folder was ours; a lone `logs` folder could be anyone's.
  if (!legacy.includes('plans') && !legacy.includes('settings.json')) return { kind: 'nothing-to-move' };
  // Logs and the window's size say nothing of plans: a start that moved nothing still writes them.
  if (presentEntries(dataDir).some((entry) => entry !== 'logs' && entry !== 'window-state.json')) {
    return { kind: 'left-in-place', from: legacyDir, entries: legacy };
  }
  const moved: Array<{ entry: string; how: 'renamed' | 'copied' }> = [];
  try {
    mkdirSync(dataDir, { recursive: true });
    for (const entry of legacy) {
      if (entry === 'logs' || (entry === 'window-state.json' && existsSync(join(dataDir, entry)))) continue;
      // An empty folder the app made at an earlier start (see presentEntries) gives way to the real one.
      if (isEmptyFolder(join(dataDir, entry))) rmSync(join(dataDir, entry), { recursive: true });
      moved.push({ entry, how: move(join(legacyDir, entry), join(dataDir, entry)) });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', from: legacyDir, message, putBack: putBack(moved, legacyDir, dataDir) };
  }
  for (const { entry, how } of moved) {
    // Copied whole: the old copy goes. If it cannot, both are whole and the next start leaves it, and says so.
    if (how === 'copied') rmSync(join(legacyDir, entry), { recursive: true, force: true });
  }
  return { kind: 'moved', from: legacyDir, entries: moved.map((m) => m.entry) };
}

/** What to tell the user once the window is up, or null when nothing happened. */
export function migrationMessage(outcome: MigrationOutcome, dataDir: string): string | null {
  switch (outcome.kind) {
    case 'nothing-to-move':
      return null;
    case 'moved':
      return `Your plans from an earlier version were moved from "${outcome.from}" to "${dataDir}". Nothing was deleted.`;
    case 'left-in-place':
      return `Plans from an earlier version are still in "${outcome.from}". They were not merged with the plans in "${dataDir}"; export them from the earlier version or move the files by hand.`;
    case 'failed':
      return outcome.putBack
        ? `Plans from an earlier version in "${outcome.from}" could not be moved to "${dataDir}" (${outcome.message}), so none was moved: they are all still there, with their decision logs and imported data. Quit the app and start it again to move them; plans created before then are kept apart from them.`
        : `Plans from an earlier version in "${outcome.from}" could not all be moved (${outcome.message}). Each file is either still there or already in "${dataDir}"; none was deleted.`;
  }
}

/** Marks that the user was told the legacy folder was left in place, so it is said once, not at every start. */
const LEGACY_NOTICE_FILE = 'legacy-folder-noticed.json';

/** The message to show at this start: a move every time it happens, a left-in-place folder once. */
export function migrationNotice(outcome: MigrationOutcome, dataDir: string): string | null {
  if (outcome.kind === 'left-in-place' && existsSync(join(dataDir, LEGACY_NOTICE_FILE))) return null;
  return migrationMessage(outcome, dataDir);
}

/** Called once the notice was shown. A failure only means the notice comes again next time. */
export function rememberMigrationNotice(outcome: MigrationOutcome, dataDir: string): void {
  if (outcome.kind !== 'left-in-place') return;
  try {
    writeFileSync(join(dataDir, LEGACY_NOTICE_FILE), JSON.stringify({ legacyFolder: outcome.from }), 'utf8');
  } catch {
    // Shown again at the next start: harmless.
  }
}
