import { useEffect } from 'react';
import { DialogHost } from './components/DialogHost';
import { DropOverlay } from './components/DropOverlay';
import { Sidebar } from './components/Sidebar';
import { StartupNotices } from './components/StartupNotices';
import { ToastRegion } from './components/ToastRegion';
import { useFileDrop } from './hooks/useFileDrop';
import { useFlushOnHide } from './hooks/useFlushOnHide';
import { useShortcuts } from './hooks/useShortcuts';
import { useTheme } from './hooks/useTheme';
import { MainScreen } from './screens/MainScreen';
import { useAppStore, useStoreApi } from './store/useAppStore';

/** The window: plan list on the left, the open plan (or settings) on the right, dialogs and toasts above. */
export function App() {
  const store = useStoreApi();
  const theme = useAppStore((s) => s.settings.theme);
  const dialogOpen = useAppStore((s) => s.dialog !== null);
  const dragging = useFileDrop();
  useTheme(theme);
  useFlushOnHide();
  useShortcuts();

  useEffect(() => {
    void store.getState().initialise();
  }, [store]);

  return (
    <>
      <div className="app" inert={dialogOpen}>
        <Sidebar />
        <main className="main">
          <StartupNotices />
          <MainScreen />
        </main>
      </div>
      <DialogHost />
      <ToastRegion />
      {dragging && <DropOverlay />}
    </>
  );
}
