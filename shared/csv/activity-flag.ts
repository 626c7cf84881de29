/**
 * A usage file with a yes/no column about activity that the import does not read ("inactive", "account active"):
 * without a uses or an active column every row counts as a person active that day or week, so the inactive
 * rows of a per-user report would count as activity. The user is told before importing, with the column.
 */
import type { ColumnFacts } from './column-evidence';
import { namesAnAmount } from './header-words';
import type { ImportKind } from './kinds';
import { readField, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { readsAsActive } from './values';

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
