import type { ReactNode } from 'react';
import { StoreContext } from './store-context';
import type { AppStore } from './types';

export type StoreProviderProps = {
  readonly store: AppStore;
  readonly children: ReactNode;
};

/** Makes one store available to the components below: the app's, or a test's own. */
export function StoreProvider({ store, children }: StoreProviderProps) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
