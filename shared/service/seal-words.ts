/**
 * The words for a plan changed outside the app (its stored content no longer matches its seal), the
 * same on the desktop and in the browser. A notice gives times as the notice on the plan does: in the
 * reader's time zone and locale (the process formats them where the reader is). The decision log's entry
 * keeps UTC in plain digits, so the record reads the same on every computer.
 */
import { formatTimestamp } from '../format/format';

const utc = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

const lastSaved = (lastSavedAt: string | null, time: (iso: string) => string): string =>
  lastSavedAt === null ? 'The app cannot read when it last saved it.' : `The app last saved it on ${time(lastSavedAt)}.`;

/** The start-up notice. */
export function changedOutsideMessage(name: string, lastSavedAt: string | null): string {
  return (
    `The saved plan "${name}" was changed outside the app: it no longer matches the seal the app stored with it. ` +
    `The app cannot tell what changed, nor when. ${lastSaved(lastSavedAt, (iso) => formatTimestamp(iso))} It was kept exactly as found; ` +
    'open it to use it as it is now or to restore the previous version.'
  );
}

/** A save refused until the user chose what to do with a plan changed outside the app. */
export function changedOutsideSaveMessage(name: string): string {
  return (
    `Not saved: "${name}" was changed outside the app. Choose "Use this plan as it is now" or restore the previous version first; ` +
    'your changes are kept in the app until then.'
  );
}

/** A decision refused on such a plan: its evidence would rest on values the app did not save. */
export function changedOutsideDecisionMessage(name: string): string {
  return (
    `Not recorded: "${name}" was changed outside the app, so the evidence of this decision could rest on values the app did not save. ` +
    'Choose "Use this plan as it is now" or restore the previous version first.'
  );
}

/** An export refused on such a plan: the plan file's checksums would vouch for values the app did not save. */
export function changedOutsideExportMessage(name: string): string {
  return (
    `Not exported: "${name}" was changed outside the app, and a plan file would vouch for values the app did not save. ` +
    'Choose "Use this plan as it is now" or restore the previous version first.'
  );
}

/** The decision log's automatic entry when the user accepts such a plan. */
export function changedOutsideAcceptedRationale(acceptedAt: string, lastSavedAt: string | null, revision: number): string {
  return (
    `The plan was changed outside the app; accepted by the user on ${utc(acceptedAt)} ("Use this plan as it is now"), at revision ${revision}. ` +
    `The app cannot tell what changed. ${lastSaved(lastSavedAt, utc)}`
  );
}

/** Accepting a plan that is no longer marked (accepted in another window, or restored meanwhile). */
export const NOT_CHANGED_OUTSIDE = 'This plan is no longer marked as changed outside the app (it may have been accepted or restored already). Nothing was changed.';
