import type { ReactNode } from 'react';
import { copyText } from '../desktop/copy-text';
import { desktopBridge } from '../desktop';
import { useStoreApi } from '../store/useAppStore';
import { ErrorBoundary } from './ErrorBoundary';

/** The app's error boundary: logs locally, and Reload saves pending edits before reloading. */
export function ScreenErrorBoundary({ children }: { readonly children: ReactNode }) {
  const store = useStoreApi();
  const reload = (): void => {
    void store
      .getState()
      .flushSave()
      .finally(() => window.location.reload());
  };
  const desktop = desktopBridge();
  return (
    <ErrorBoundary onReload={reload} log={(report) => desktop.logRendererError(report)} copy={copyText}>
      {children}
    </ErrorBoundary>
  );
}
