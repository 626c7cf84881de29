/**
 * A usage file with a yes/no column about activity that the import does not read ("inactive", "account active"):
 * without a uses or an active column every row counts as a person active that day or week, so the inactive
 * rows of a per-user report would count as activity. The user is told before importing, with the column.
 */
import { formatCount } from '../format/format';
import { fieldCandidates, useEventColumns, type ColumnFacts } from './column-evidence';
import { fieldById } from './fields';
import { namesAnAmount, namesLastActivity } from './header-words';
import type { ImportKind, RowByKind } from './kinds';
import { readField, resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { parseDecimal, readsAsActive, trimCell } from './values';
import type { SampledRow } from './sampled-rows';

export function unreadActivityFlag(kind: ImportKind, mapping: ColumnMapping, columns: readonly ColumnFacts[]): PlausibilityWarning | null {
  if (kind !== 'usage' || readField(mapping, 'uses') !== null || readField(mapping, 'active') !== null) return null;
  // An amount ("Days active (Android)", 0 throughout in Slack's member analytics) reads as 0/1 but says how many days.
  const flag = columns.find((c) => /activ/i.test(c.text) && !namesAnAmount(c.text) && c.sampled && readsAsActive(c.values));
  if (flag === undefined) return null;
  return {
    code: 'activity_flag_unread',
    message: `“${flag.header}” says yes or no about activity, but it is not read as whether each person was active: every row would count as a person active that day or week, the inactive ones too. Choose it as “Active (yes/no)” if it says who was active, or remove the inactive rows from the file first.`,
  };
}

/**
 * A usage file whose counts of use are left unread (several kinds counted apart, none a total, so none is proposed;
 * or the user unmapped it) and no active yes/no: every row counts as a person active that day or week, the rows where
 * every count is 0 too. The user is told before importing, with the lines.
 */
export function unreadUseCounts(
  kind: ImportKind,
  mapping: ColumnMapping,
  columns: readonly ColumnFacts[],
  sampled: readonly SampledRow[],
  decimalComma: boolean,
): PlausibilityWarning | null {
  if (kind !== 'usage' || readField(mapping, 'uses') !== null || readField(mapping, 'active') !== null) return null;
  // Dated by each user's last activity, every row is a day of activity; its counts cover the whole report period.
  const date = readField(mapping, 'date');
  if (date !== null && namesLastActivity(date)) return null;
  const headers = columns.map((c) => c.header);
  const counts = [...new Set(fieldCandidates(fieldById('usage', 'uses')!, columns, new Set(resolveMapping(mapping, headers).values()), decimalComma)
    .filter((c) => c.strength === 'strong')
    .map((c) => c.column)
    .concat(useEventColumns(columns).filter((c) => !new Set(resolveMapping(mapping, headers).values()).has(c))))].sort((a, b) => a - b);
  if (counts.length === 0) return null;
  const idle = sampled.filter((s) => s.row !== null && counts.every((c) => parseDecimal(trimCell(s.cells[c]), decimalComma) === 0));
  if (idle.length === 0) return null;
  const names = counts.map((c) => `“${headers[c]}”`).join(', ');
  const lines = idle.slice(0, 5).map((s) => (s.row as RowByKind['usage']).line).join(', ') + (idle.length > 5 ? ' …' : '');
  const one = idle.length === 1;
  return {
    code: 'use_counts_unread',
    message:
      `${names} ${counts.length === 1 ? 'counts' : 'count'} uses but ${counts.length === 1 ? 'is not' : 'none is'} read as the uses: every row would count as a person ` +
      `active that day or week, also the ${one ? 'row' : `${formatCount(idle.length)} rows`} where ${counts.length === 1 ? 'it is' : 'every count is'} 0 ` +
      `(${one ? 'line' : 'lines'} ${lines}). Choose the column that counts every use as “Number of uses”, if there is one, or remove the rows with no use from the file first.`,
  };
}
