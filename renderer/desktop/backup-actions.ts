import type { RolloutDesktopApi } from '../../shared/desktop-channels';
import type { AppStore } from '../store/types';

/** Pending edits of the open plan are saved first, so the backup holds what the user sees. */
async function savedFirst(store: AppStore, action: string): Promise<boolean> {
  const state = store.getState();
  if (!state.plan || (await state.flushSave())) return true;
  state.showToast({ tone: 'error', message: `Could not save “${state.plan.name}” first, so nothing was ${action}: ${state.save.message ?? 'unknown error'}` });
  return false;
}

function withWarnings(message: string, warnings: readonly string[]): { tone: 'info' | 'error'; message: string } {
  return warnings.length === 0 ? { tone: 'info', message } : { tone: 'error', message: `${message} Please note: ${warnings.join(' ')}` };
}

/** File › Back Up All Plans…: every plan into one file the user chooses. */
export async function backUpAllPlans(store: AppStore, desktop: Pick<RolloutDesktopApi, 'backUpAllPlans'>): Promise<void> {
  if (!(await savedFirst(store, 'backed up'))) return;
  const result = await desktop.backUpAllPlans();
  const state = store.getState();
  if (!result.ok) {
    state.openDialog({ kind: 'error', title: 'The backup was not made', message: result.error.message, details: result.error.details ?? [] });
    return;
  }
  if (!result.value.saved) return;
  const { planCount, fileName, warnings } = result.value;
  state.showToast(withWarnings(`Backed up ${planCount === 1 ? '1 plan' : `${planCount} plans`} to ${fileName}.`, warnings));
}

/** File › Restore from Backup…: adds the backup's plans beside the ones here, never over them. */
export async function restoreBackup(store: AppStore, desktop: Pick<RolloutDesktopApi, 'restoreBackup'>): Promise<void> {
  if (!(await savedFirst(store, 'restored'))) return;
  const result = await desktop.restoreBackup();
  const state = store.getState();
  if (!result.ok) {
    state.openDialog({ kind: 'error', title: 'Nothing was restored', message: result.error.message, details: result.error.details ?? [] });
    return;
  }
  if (!result.value.chosen) return;
  await state.loadPlans();
  state.showToast(withWarnings(result.value.summary, result.value.report.warnings));
}
