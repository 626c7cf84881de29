import { formatCount } from '../../../shared/format/format';
import { dateFormatLabels, delimiterLabels, fieldById, formatBytes, readField, type ColumnMapping } from '../../../shared/csv';
import type { ImportRecord } from '../../../shared/model/import-record';
import { formatIsoDate } from '../../format/dates';
import { ImportOutcome } from './ImportOutcome';
import { encodingLabels, percentScaleLabels } from './ReadSettings';

export type ImportDetailsProps = {
  readonly record: ImportRecord;
};

/** The full provenance of one import: hash, how it was read, which column fed which field, and its outcome. */
export function ImportDetails({ record }: ImportDetailsProps) {
  const { settings } = record;
  const mapping = record.mapping as ColumnMapping;
  const mapped = Object.keys(record.mapping.fields)
    .map((fieldId) => ({ fieldId, header: readField(mapping, fieldId) }))
    .filter((m): m is { fieldId: string; header: string } => m.header !== null);
  return (
    <div className="import-details">
      <dl className="facts provenance">
        <div>
          <dt>Fingerprint</dt>
          <dd>
            <code className="full-hash">{record.sha256}</code>
            <span className="hint"> SHA-256 hash: the same file always gives the same fingerprint, so the data can be checked against it.</span>
          </dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>
            {formatBytes(record.bytes)} ({formatCount(record.bytes)} bytes)
          </dd>
        </div>
        {record.sheet !== undefined && (
          <div>
            <dt>Sheet</dt>
            <dd>“{record.sheet}” of the Excel workbook</dd>
          </div>
        )}
        <div>
          <dt>Read as</dt>
          <dd>
            {record.sheet === undefined && `${encodingLabels[settings.encoding]}, ${delimiterLabels[settings.delimiter].toLowerCase()}-separated, `}
            {settings.hasHeader ? 'with a header row' : 'no header row'}, decimal {settings.decimalComma ? 'comma' : 'point'}
            {settings.dateFormat ? `, dates ${dateFormatLabels[settings.dateFormat]}` : ''}
            {settings.percentScale ? `, shares as ${percentScaleLabels[settings.percentScale].toLowerCase()}` : ''}
          </dd>
        </div>
        {record.dateRange && (
          <div>
            <dt>Dates</dt>
            <dd>
              {formatIsoDate(record.dateRange.first)} to {formatIsoDate(record.dateRange.last)}
            </dd>
          </div>
        )}
        <div>
          <dt>Columns</dt>
          <dd>
            <ul className="mapping-list">
              {mapped.map(({ fieldId, header }) => (
                <li key={fieldId}>
                  {fieldById(record.kind, fieldId)?.label ?? fieldId} ← “{header}”
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <ImportOutcome record={record} />
    </div>
  );
}
