import { useContext } from 'react';
import { useStore } from 'zustand';
import { StoreContext } from './store-context';
import type { AppState, AppStore } from './types';

function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider> above it');
  return store;
}

/** Reads from the app store; the selector must return a stable value (use the memoised selectors). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}

/** The store itself, for effects that act outside rendering (listeners, shortcuts). */
export { useStoreApi };
