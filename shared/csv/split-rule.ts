/**
 * Which files may be read in two parts (`split-import.ts`): the cut is found and the second part's
 * lines are numbered by looking for line-break bytes, which is only right where a line break is one
 * byte that no other character contains (UTF-8, Windows-1252; not UTF-16). The last lines to skip are
 * only known at the end of the whole file. The window asks before it starts two workers; the parts
 * check again.
 */
import type { CsvSettings } from './settings';

/** Why a file read with `settings` must be read whole, or null when it may be read in two parts. */
export function readWhole(settings: Pick<CsvSettings, 'encoding' | 'skipBottom'>): string | null {
  if (settings.encoding !== 'utf-8' && settings.encoding !== 'windows-1252') return `A ${settings.encoding} file is read whole.`;
  if ((settings.skipBottom ?? 0) > 0) return 'A file whose last lines are skipped is read whole.';
  return null;
}
