import { useEffect } from 'react';
import type { MenuCommand } from '../api';
import { desktopBridge } from '../desktop';
import { backUpAllPlans, restoreBackup } from '../desktop/backup-actions';
import { importWaitingFile } from '../desktop/opened-files';
import { useStoreApi } from '../store/useAppStore';

/** Ctrl/Cmd+N for a new plan, and the commands of Electron's native menu when it is there. */
export function useShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const run = (command: MenuCommand): void => {
      const state = store.getState();
      switch (command) {
        case 'new-plan':
          state.openDialog({ kind: 'new-plan' });
          break;
        case 'import-plan':
          void state.importFromFile();
          break;
        case 'export-plan':
          if (state.plan) void state.exportCurrentPlan();
          break;
        case 'open-file':
          void importWaitingFile(store, desktopBridge());
          break;
        case 'back-up-plans':
          void backUpAllPlans(store, desktopBridge());
          break;
        case 'restore-backup':
          void restoreBackup(store, desktopBridge());
          break;
        case 'try-sample-data':
          state.chooseSamplePlan();
          break;
        case 'toggle-theme': {
          const dark = state.settings.theme === 'dark' || (state.settings.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
          void state.updateSettings({ theme: dark ? 'light' : 'dark' });
          break;
        }
      }
    };
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
        if (store.getState().dialog) return;
        event.preventDefault();
        run('new-plan');
      }
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = window.rolloutMenu?.onCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu?.();
    };
  }, [store]);
}
