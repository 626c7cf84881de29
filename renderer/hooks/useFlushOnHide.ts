import { useEffect } from 'react';
import { useStoreApi } from '../store/useAppStore';

/**
 * Saves pending edits when the window is hidden or closed, so the 300 ms quiet period never
 * costs an edit; refreshes "today" when the window comes back (a laptop opened the next day).
 */
export function useFlushOnHide(): void {
  const store = useStoreApi();
  useEffect(() => {
    const flush = (): void => void store.getState().flushSave();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
      else store.getState().refreshToday();
    };
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}
