import { useEffect } from 'react';
import { DialogHost } from './components/DialogHost';
import { DropOverlay } from './components/DropOverlay';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { StartupNotices } from './components/StartupNotices';
import { ToastRegion } from './components/ToastRegion';
import { desktopBridge } from './desktop';
import { importWaitingFile } from './desktop/opened-files';
import { useFileDrop } from './hooks/useFileDrop';
import { useFlushOnHide } from './hooks/useFlushOnHide';
import { useShortcuts } from './hooks/useShortcuts';
import { useTheme } from './hooks/useTheme';
import { MainScreen } from './screens/MainScreen';
import { useAppStore, useStoreApi } from './store/useAppStore';

// The desktop window closes itself once its edits are stored; a browser tab is never closed by the app.
const closeDesktopWindow = (): void => window.close();

/** The window: plan list on the left, the open plan (or settings) on the right, dialogs and toasts above. */
export function App() {
  const store = useStoreApi();
  const theme = useAppStore((s) => s.settings.theme);
  const dialogOpen = useAppStore((s) => s.dialog !== null);
  const dragging = useFileDrop();
  useTheme(theme);
  useFlushOnHide(window.rolloutDesktop ? closeDesktopWindow : null);
  useShortcuts();

  useEffect(() => {
    // A plan file the app was opened with is imported once the plans are loaded.
    void store
      .getState()
      .initialise()
      .then(() => importWaitingFile(store, desktopBridge()));
  }, [store]);

  return (
    <>
      <div className="app" inert={dialogOpen}>
        <Sidebar />
        <main className="main">
          <StartupNotices />
          <ScreenErrorBoundary>
            <MainScreen />
          </ScreenErrorBoundary>
        </main>
      </div>
      <DialogHost />
      <ToastRegion />
      {dragging && <DropOverlay />}
    </>
  );
}
