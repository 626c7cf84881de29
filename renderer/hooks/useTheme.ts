import { useEffect } from 'react';
import type { Settings } from '../../shared/model/schema';

/** Puts the chosen theme on <html>; "system" lets the CSS follow prefers-color-scheme. */
export function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
}
