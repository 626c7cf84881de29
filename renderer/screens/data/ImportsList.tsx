import { Fragment, useId, useState } from 'react';
import { formatBytes, importKindLabels } from '../../../shared/csv';
import type { ImportRecord } from '../../../shared/model/import-record';
import { Icon } from '../../components/Icon';
import { formatTimestamp } from '../../format/dates';
import { selectImports } from '../../store/pilot-data-selectors';
import { useAppStore } from '../../store/useAppStore';
import { formatCount } from './figures';
import { ImportDetails } from './ImportDetails';
import { ShortHash } from './ShortHash';

/** Every file imported into the plan, with its provenance, its data's state, and a way to remove it. */
export function ImportsList() {
  const headingId = useId();
  const imports = useAppStore(selectImports);
  return (
    <section className="card flush" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title-padded">
        Imports ({imports.length})
      </h2>
      {imports.length === 0 ? (
        <p className="muted empty-imports">No files imported yet. Choose a file above, or load the sample data to see how it works.</p>
      ) : (
        <div className="table-scroll">
          <table className="table imports-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Imported</th>
                <th scope="col" className="num">
                  Accepted
                </th>
                <th scope="col" className="num">
                  Rejected
                </th>
                <th scope="col">
                  Fingerprint <span className="hint">(SHA-256)</span>
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.map((record) => (
                <ImportRow key={record.id} record={record} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ImportRow({ record }: { readonly record: ImportRecord }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const data = useAppStore((s) => s.importData[record.id]);
  const removeImport = useAppStore((s) => s.removeImport);
  return (
    <Fragment>
      <tr>
        <th scope="row" className="import-file">
          <span className="file-name">{record.fileName}</span>
          <span className="hint">
            {importKindLabels[record.kind]} · {formatBytes(record.bytes)}
          </span>
          {data?.status === 'loading' && <span className="hint">Loading its rows…</span>}
          {(data?.status === 'missing' || data?.status === 'damaged') && (
            <span className="data-problem" role="alert">
              <Icon name="alert" size={13} />
              {data.message}
            </span>
          )}
        </th>
        <td className="nowrap">{formatTimestamp(record.importedAt)}</td>
        <td className="num">{formatCount(record.accepted)}</td>
        <td className="num">{formatCount(record.rejected)}</td>
        <td>
          <ShortHash hash={record.sha256} fileName={record.fileName} />
        </td>
        <td className="row-actions">
          <button
            type="button"
            className="button small subtle"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={`Details of ${record.fileName}`}
            onClick={() => setOpen(!open)}
          >
            <Icon name={open ? 'chevron-down' : 'chevron-right'} size={14} />
            Details
          </button>
          <button
            type="button"
            className="button small subtle"
            aria-label={`Remove import of ${record.fileName}`}
            onClick={() => removeImport(record.id)}
          >
            <Icon name="trash" size={14} />
            Remove
          </button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="details-row">
          <td colSpan={6}>
            <ImportDetails record={record} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
