import type { StartupNotice } from '../api';
import { formatTimestamp } from '../format/format';

/**
 * What the service did on the user's behalf, in one wording for every storage. Each problem is
 * told once however often the record is read (a key per problem), since a notice repeated at
 * every read stops being read.
 */
export interface Notices {
  tell(key: string, notice: StartupNotice): void;
  all(): StartupNotice[];
}

export function createNotices(): Notices {
  const list: StartupNotice[] = [];
  const told = new Set<string>();
  return {
    tell(key, notice) {
      if (told.has(key)) return;
      told.add(key);
      list.push(notice);
    },
    all: () => [...list],
  };
}

/** "Not saved" with its reason: the edits stay in the app, which retries. */
export function notSavedBecause(reason: string): string {
  return `Not saved because ${reason}. Your changes are kept in the app and saving is retried; the last saved version is unchanged.`;
}

/** A save from a window or tab whose copy is older than the one another stored meanwhile. */
export function staleSaveMessage(name: string, storedRevision: number): string {
  return (
    `Not saved: "${name}" was changed in another window or tab (it is now at revision ${storedRevision}); saving this older copy ` +
    'would undo that, so nothing was written. Reload the page (or reopen the app) to continue from the saved version; edits made here since are not kept.'
  );
}

export function inaccessibleMessage(name: string, problem: string): string {
  return `The saved plan file "${name}" could not be read (${problem}). It was left exactly as it is and is not listed until it can be read; nothing was deleted.`;
}

/** A damaged record that could not be moved aside (a read-only folder, a file another program holds). */
export function leftInPlaceMessage(what: string, problem: string, reason: string): string {
  return (
    `${what} could not be opened because ${problem}. It could not be set aside because ${reason}, so it was left exactly where it is ` +
    'and nothing is written over it; everything else opened normally.'
  );
}

/** A save refused because the damaged record under its id is still in place. */
export function damagedInPlaceSaveMessage(name: string): string {
  return `Not saved: a damaged copy of "${name}" is stored under the same name and could not be set aside, so saving would write over it. Your changes are kept in the app and saving is retried.`;
}

export function setAsideMessage(what: string, problem: string, where: string): string {
  return `${what} could not be opened because ${problem}. It was kept as ${where} and nothing was deleted; everything else opened normally.`;
}

export function previousOfferedMessage(what: string, problem: string, where: string, name: string, revision: number, savedAt: string): string {
  return (
    `${what} could not be opened because ${problem}. It was kept as ${where} and nothing was deleted. ` +
    `The previous saved version of "${name}" (revision ${revision}, saved ${formatTimestamp(savedAt)}) ` +
    'can be restored from the plan list; nothing is replaced until you choose.'
  );
}

/** A plan set aside as damaged in an earlier session, whose previous version waits in the plan list. */
export function earlierSetAsideMessage(revision: number, savedAt: string): string {
  return (
    `It was set aside as damaged; its previous saved version (revision ${revision}, saved ${formatTimestamp(savedAt)}) ` +
    'can be restored from the plan list.'
  );
}

export function migratedMessage(name: string): string {
  return `The plan "${name}" was saved by an older version of Rollout Readiness and has been upgraded.`;
}

export function settingsSetAsideMessage(usingPrevious: boolean, where: string): string {
  return (
    `Your settings were damaged, so ${usingPrevious ? 'the previously saved settings' : 'the default settings'} are used. ` +
    `The damaged settings were kept as ${where}.`
  );
}

export function damagedDecisionMessage(position: number, planName: string, problem: string): string {
  return (
    `Entry ${position} of the decision log of "${planName}" could not be read because ${problem}. ` +
    'That entry is not shown; it was left exactly as it is and every other entry is listed.'
  );
}

export function tornDecisionMessage(planName: string, where: string): string {
  return (
    `The last entry of the decision log of "${planName}" was cut off while it was being written (the app or the computer stopped). ` +
    `Its incomplete text was moved to ${where} and the log continues from the entry before it.`
  );
}

export function chainBreakMessage(planName: string, message: string): string {
  return `In the decision log of "${planName}": ${message} It was left as it is.`;
}
