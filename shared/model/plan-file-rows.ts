import { decodeColumns } from '../metrics/columnar';
import { rowsNotRecorded } from '../metrics/columnar-checksum';
import { fail, ok, type Result } from '../result';
import type { ImportRecord } from './import-record';

const NOTHING_IMPORTED = 'Nothing was imported.';

/**
 * The rows a plan file carries for one import, decoded (not only re-hashed: a file can be made
 * with a hash that matches rows that do not) and checked against the import record: columns of
 * the record's kind, as many rows as the record says it accepted. A mismatch refuses the file,
 * naming the import, since rows that disagree with their record would be evidence for numbers
 * nobody measured.
 */
export function checkImportedRows(record: ImportRecord, label: string, rows: Uint8Array): Result<void> {
  // The file's SHA-256 of the rows says they are whole; this says they are this import's, not another's of the same size.
  const swapped = rowsNotRecorded(rows, record.rowsChecksum);
  if (swapped !== null) return fail('invalid', `The rows of ${label} in this plan file are damaged: ${swapped}. ${NOTHING_IMPORTED}`);
  const decoded = decodeColumns(rows);
  if (!decoded.ok) {
    return fail('invalid', `The rows of ${label} in this plan file cannot be read as stored pilot data (${decoded.error.message}). ${NOTHING_IMPORTED}`);
  }
  const columns = decoded.value;
  if (columns.kind !== record.kind) {
    return fail(
      'invalid',
      `The rows of ${label} in this plan file hold ${columns.kind.replace('_', ' ')} columns, but the import is recorded as ${record.kind.replace('_', ' ')} data. ${NOTHING_IMPORTED}`,
    );
  }
  if (columns.rowCount !== record.accepted) {
    return fail(
      'invalid',
      `The rows of ${label} in this plan file number ${columns.rowCount}, but the import is recorded with ${record.accepted} accepted rows. ${NOTHING_IMPORTED}`,
    );
  }
  return ok(undefined);
}
