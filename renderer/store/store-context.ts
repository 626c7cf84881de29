import { createContext } from 'react';
import type { AppStore } from './types';

/** The store the app (or a test) created; components read it through `useAppStore`. */
export const StoreContext = createContext<AppStore | null>(null);
