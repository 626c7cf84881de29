import type { AppState, AppStore } from '../store/types';

/** An edit not yet stored, or a stored gate change whose decision-log entry is not written yet. */
export function hasUnsettledEdits(state: AppState): boolean {
  return state.save.status !== 'saved' || state.gateLogPending;
}

/**
 * The desktop window's `beforeunload`: a close with edits still on their way would lose them (a
 * save queued behind another, a gate change saved but not yet in the decision log: the page is
 * gone before either reaches the main process). Electron cancels the close silently when the
 * event is prevented, so the guard holds it, settles the edits, then closes the window itself.
 * When they cannot be settled the window stays open and says why; a second close is the user's
 * choice to leave without them. Browsers are not guarded: a prevented unload asks there instead.
 */
export function createCloseGuard(store: AppStore, closeWindow: () => void): (event: Event) => void {
  let settling = false;
  let toldOnce = false;
  return (event) => {
    if (!hasUnsettledEdits(store.getState())) return;
    if (toldOnce) return;
    // Chromium (Electron's) cancels an unload whose beforeunload was prevented; Electron does it without asking.
    event.preventDefault();
    if (settling) return;
    settling = true;
    void store
      .getState()
      .settleEdits()
      .then(({ saved, logged }) => {
        settling = false;
        const state = store.getState();
        if (saved && logged && !hasUnsettledEdits(state)) {
          closeWindow();
          return;
        }
        toldOnce = true;
        const what = !saved
          ? `“${state.plan?.name ?? 'The plan'}” has changes that could not be saved (${(state.save.message ?? 'unknown error').replace(/\.$/, '')})`
          : 'A change could not be written to the decision log';
        state.showToast({ tone: 'error', message: `The window was not closed: ${what}. Retry, or close the window again to leave without them.` });
      });
  };
}
