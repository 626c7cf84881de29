import type { RolloutDesktopApi } from '../../shared/desktop-channels';
import type { AppStore } from '../store/types';

/**
 * Imports the next file the OS asked the app to open (double-click, "Open with", a second
 * launch), through the same checked import and conflict dialog as File › Import Plan.
 */
export async function importWaitingFile(store: AppStore, desktop: Pick<RolloutDesktopApi, 'takeOpenedFile'>): Promise<void> {
  const file = await desktop.takeOpenedFile();
  const state = store.getState();
  if (!file.ok) {
    state.openDialog({ kind: 'error', title: 'Could not open the file', message: file.error.message, details: file.error.details ?? [] });
    return;
  }
  if (file.value) await state.importPlanFile(file.value.token);
}
