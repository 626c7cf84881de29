import { encodeColumns } from '../../shared/metrics/columnar';
import type { Columns } from '../../shared/metrics/columns';

/**
 * The stored rows of an import (the columnar bytes the app keeps beside a plan): `rowCount`
 * usage or quality rows, varied by `seed` so two sets differ. Plan files carry these, and an
 * import refuses rows that do not decode or do not match their import record.
 */
export function storedRows(kind: 'usage' | 'quality', rowCount: number, seed = 1): Uint8Array {
  const users = ['', ...Array.from({ length: Math.max(1, Math.min(rowCount, 50)) }, (_, i) => `user-${seed}-${i}`)];
  const base = {
    rowCount,
    line: Uint32Array.from({ length: rowCount }, (_, i) => i + 2),
    day: null,
    week: null,
    stage: null,
    group: null,
    user: { values: users, codes: Uint32Array.from({ length: rowCount }, (_, i) => 1 + ((i + seed) % (users.length - 1))) },
  };
  const columns: Columns =
    kind === 'usage'
      ? { ...base, kind, uses: null }
      : { ...base, kind, editingShare: Float64Array.from({ length: rowCount }, (_, i) => (i * 7 + seed) % 100) };
  return encodeColumns(columns);
}
