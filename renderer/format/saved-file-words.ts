import type { SaveOutcome } from '../../shared/api';

/**
 * What a toast may say of a file the app handed over. The desktop app wrote it where the user
 * chose, so `written` is true. A browser only starts a download: it may save it, ask where, or
 * block it, and never tells the page, so that is all the message claims.
 */
export function savedFileWords(outcome: SaveOutcome, written: string, what: string): string {
  if (!outcome.downloaded) return written;
  return `Download started: ${what} as “${outcome.fileName}”. Check your browser’s downloads to be sure it was saved.`;
}
