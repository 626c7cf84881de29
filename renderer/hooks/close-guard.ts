import type { AppState, AppStore } from '../store/types';
import { unsavedForms } from '../store/unsaved-forms';

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
 *
 * Once everything is stored, a half-written form (a decision, an incident, a status waiting for its
 * reason: kept per plan, never saved) holds the close too, and the window asks whether to discard it.
 */
export function createCloseGuard(store: AppStore, closeWindow: () => void): (event: Event) => void {
  let settling = false;
  let toldOnce = false;
  return (event) => {
    if (!hasUnsettledEdits(store.getState())) {
      askBeforeDiscarding(store, closeWindow, event);
      return;
    }
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

/** Holds a close while a half-written form waits, and asks; "Discard and close" forgets the forms and closes. */
function askBeforeDiscarding(store: AppStore, closeWindow: () => void, event: Event): void {
  const state = store.getState();
  if (unsavedForms(state).length === 0) return;
  event.preventDefault();
  if (state.dialog?.kind === 'discard-unsaved') return;
  state.openDialog({
    kind: 'discard-unsaved',
    discardAndClose: () => {
      store.getState().discardUnsavedForms();
      store.getState().closeDialog();
      closeWindow();
    },
  });
}

/**
 * The browser tab's `beforeunload`: a half-written form makes the browser ask before the tab goes
 * (its own words: a page cannot word that question); the edits themselves are flushed as before.
 */
export function askBeforeLeavingTab(store: AppStore, event: Event): void {
  void store.getState().flushSave();
  if (unsavedForms(store.getState()).length > 0) event.preventDefault();
}
