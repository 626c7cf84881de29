import { useId } from 'react';
import type { ImportRecord } from '../../../shared/model/import-record';
import { Icon } from '../../components/Icon';
import { selectAcceptedRowsNote } from '../../store/pilot-data-selectors';
import { useAppStore } from '../../store/useAppStore';
import { formatCount } from './figures';
import { ReasonGroupList } from './ReasonGroupList';

export type ImportOutcomeProps = {
  readonly record: ImportRecord;
};

/** What an import did: rows accepted, rows rejected grouped by reason, warnings apart, and the rejected rows to download. */
export function ImportOutcome({ record }: ImportOutcomeProps) {
  const id = useId();
  const downloadRejectedRows = useAppStore((s) => s.downloadRejectedRows);
  // "200 rows accepted" alone reads as 200 rows in the figures: said at once when some or all count in no stage.
  const acceptedNote = useAppStore((s) => selectAcceptedRowsNote(s, record));
  return (
    <div className="import-outcome">
      <p className="outcome-counts">
        <span className="badge badge-success large">
          <Icon name="check-circle" size={14} />
          {formatCount(record.accepted)} {record.accepted === 1 ? 'row' : 'rows'} accepted
        </span>
        <span className={`badge large ${record.rejected > 0 ? 'badge-danger' : 'badge-neutral'}`}>
          <Icon name={record.rejected > 0 ? 'x-circle' : 'minus-circle'} size={14} />
          {formatCount(record.rejected)} {record.rejected === 1 ? 'row' : 'rows'} rejected
        </span>
        {record.warnings.length > 0 && (
          <span className="badge badge-warning large">
            <Icon name="alert" size={14} />
            {record.warnings.length} {record.warnings.length === 1 ? 'warning' : 'warnings'}
          </span>
        )}
      </p>
      {acceptedNote !== null && (
        <p className="callout callout-warning" role="status" aria-label="Rows not counted">
          <Icon name="alert" />
          <span>{acceptedNote}</span>
        </p>
      )}
      {record.rejected > 0 && (
        <section aria-labelledby={`${id}-rej`} className="outcome-part">
          <div className="outcome-part-head">
            <h3 id={`${id}-rej`}>Rejected rows, by reason</h3>
            <button type="button" className="button small" onClick={() => void downloadRejectedRows(record.id)}>
              <Icon name="download" size={14} />
              Save rejected rows as CSV
            </button>
          </div>
          <p className="hint">These rows were not imported. The CSV holds each one with its line number and reason, ready to fix and import again.</p>
          <ReasonGroupList groups={record.rejections} tone="rejected" label="Rejected rows by reason" />
        </section>
      )}
      {record.warnings.length > 0 && (
        <section aria-labelledby={`${id}-warn`} className="outcome-part">
          <h3 id={`${id}-warn`}>Warnings</h3>
          <p className="hint">These rows were imported; check that they are what you expect.</p>
          <ReasonGroupList groups={record.warnings} tone="warning" label="Warnings" />
        </section>
      )}
    </div>
  );
}
