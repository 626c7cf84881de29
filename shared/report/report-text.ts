import { formatDate } from '../format/format';
import { importKindLabels, type ImportKind } from '../csv/kinds';
import { formatPlural } from '../format/format';
import { localDateOf } from '../model/dates';
import type { ImportRecord } from '../model/import-record';

/*
 * Small wording helpers for the printed summary. Dates are written `YYYY-MM-DD`: a summary
 * travels between countries, and 02/11 means two different days on either side of the Atlantic.
 */

/** A 0–1 share as a whole percentage, "—" when there is nothing to measure. */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export { localDateOf };

/**
 * "Nov 22, 2026 10:00 (UTC+01:00)" from a local timestamp with offset: the reader sees the
 * author's clock and knows which one it was.
 */
export function generatedText(localTimestamp: string): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(localTimestamp)?.[1] ?? 'Z';
  const zone = offset === 'Z' || offset === '+00:00' || offset === '-00:00' ? 'UTC' : `UTC${offset}`;
  return `${formatDate(localTimestamp.slice(0, 10))} ${localTimestamp.slice(11, 16)} (${zone})`;
}

export function kindLabel(kind: string): string {
  return kind in importKindLabels ? importKindLabels[kind as ImportKind] : kind;
}

/** How many sources the running footer names before it refers to the list on page 1: two keep it on one line. */
export const FOOTER_SOURCES = 2;

/** What the running line adds to a file whose stored rows cannot be read: the data-sources list says "Not read" at length. */
export const FOOTER_NOT_READ = 'not read: stored rows missing or damaged';

/**
 * The data line of the running header: every file by name and date, or a pointer to the full list.
 * A file whose stored rows cannot be read is named first and said not to be read: the footer of every
 * page must not list it as a source of the figures while the data sources say "Not read". The note is long, so the
 * line then names that file alone: two names and the note wrapped onto a third footer line, over the page's content.
 */
export function dataLine(imports: readonly ImportRecord[], unreadable: readonly string[] = []): string {
  if (imports.length === 0) return 'Data: no pilot data imported';
  const notRead = (i: ImportRecord): boolean => unreadable.includes(i.id);
  const ordered = [...imports.filter(notRead), ...imports.filter((i) => !notRead(i))];
  const named = ordered
    .slice(0, ordered.some(notRead) ? 1 : FOOTER_SOURCES)
    .map((i) => `${i.fileName} (imported ${formatDate(localDateOf(i.importedAt))}${notRead(i) ? `; ${FOOTER_NOT_READ}` : ''})`);
  const rest = ordered.slice(named.length);
  const restNotRead = rest.filter(notRead).length;
  const more = rest.length === 0 ? '' : `; and ${rest.length} more${restNotRead > 0 ? ` (${restNotRead} not read)` : ''}, listed under “Data sources”`;
  return `Data: ${named.join('; ')}${more}`;
}

export function countText(count: number, one: string, many = `${one}s`): string {
  return formatPlural(count, one, many);
}
