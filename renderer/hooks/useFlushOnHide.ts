import { useEffect } from 'react';
import { useStoreApi } from '../store/useAppStore';
import { askBeforeLeavingTab, createCloseGuard } from './close-guard';

/** How often "today" is checked while the window stays in view (open past midnight on a desk). */
const TODAY_CHECK_MS = 60_000;

/**
 * Saves pending edits when the window is hidden or closed, so the 300 ms quiet period never
 * costs an edit; refreshes "today" when the window comes back (a laptop opened the next day),
 * and once a minute while it stays in view, so a gate judged overnight reads as judged.
 * `closeWindow` (the desktop app) lets a close wait for the edits on their way (`createCloseGuard`).
 */
export function useFlushOnHide(closeWindow: (() => void) | null): void {
  const store = useStoreApi();
  useEffect(() => {
    const flush = (): void => void store.getState().flushSave();
    const beforeUnload = closeWindow ? createCloseGuard(store, closeWindow) : (event: Event) => askBeforeLeavingTab(store, event);
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
      else store.getState().refreshToday();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(() => store.getState().refreshToday(), TODAY_CHECK_MS);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, closeWindow]);
}
