import type { CsvPreview, ImportKind, PreviewRow } from '../../../shared/csv';
import { resolveMapping } from '../../../shared/csv';
import { Icon } from '../../components/Icon';
import { DASH } from './figures';

type Value = string | number | boolean | null | undefined;

interface PreviewColumn {
  readonly label: string;
  /** Mapped when any of these fields is. */
  readonly fields: readonly string[];
  readonly read: (row: Record<string, Value>) => Value;
  readonly numeric?: boolean;
}

const col = (label: string, fields: readonly string[], key: string, numeric = false): PreviewColumn => ({
  label,
  fields,
  read: (row) => row[key],
  numeric,
});

const timed = [col('Date', ['date'], 'date'), col('Week', ['week'], 'week', true), col('Stage', ['stage'], 'stage'), col('Group', ['group'], 'group')];

/** What each kind's typed row shows, in the order a person reads it. */
const columnsByKind: Record<ImportKind, readonly PreviewColumn[]> = {
  weekly_figures: [
    col('Week', ['week'], 'week', true),
    col('Date', ['date'], 'date'),
    col('Stage', ['stage'], 'stage'),
    col('Group', ['group'], 'group'),
    col('Metric', ['metric'], 'metric'),
    col('Value', ['value'], 'value', true),
    col('Numerator', ['numerator'], 'numerator', true),
    col('Denominator', ['denominator'], 'denominator', true),
    col('Sample', ['sample'], 'sample', true),
  ],
  incidents: [
    col('Incident ID', ['incidentId'], 'incidentId'),
    col('Severity', ['severity'], 'severity'),
    col('Opened', ['date'], 'openedAt'),
    col('Acknowledged', ['acknowledged'], 'acknowledgedAt'),
    col('Resolved', ['resolved'], 'resolvedAt'),
    col('Stage', ['stage'], 'stage'),
    col('What happened', ['description'], 'description'),
    col('Rollback', ['rollback'], 'rollback'),
  ],
  usage: [col('User ID', ['userId'], 'userId'), ...timed, col('Uses', ['uses'], 'uses', true)],
  quality: [
    col('Output ID', ['outputId'], 'outputId'),
    col('User ID', ['userId'], 'userId'),
    ...timed,
    col('Editing share (%)', ['editingShare', 'editingMinutes'], 'editingShare', true),
  ],
  satisfaction: [col('User ID', ['userId'], 'userId'), ...timed, col('Rating', ['rating'], 'rating', true), col('Comment', ['comment'], 'comment')],
  test_results: [
    col('Case ID', ['caseId'], 'caseId'),
    col('Expected', ['expected'], 'expected'),
    col('Actual', ['actual'], 'actual'),
    col('Correct', ['correct', 'expected'], 'correct'),
    col('Hallucination', ['hallucination'], 'hallucination'),
    col('Latency (s)', ['latency'], 'latencySeconds', true),
    col('Group', ['group'], 'group'),
  ],
  operations: [
    ...timed,
    col('Requests', ['requests'], 'requests', true),
    col('Errors', ['errors'], 'errors', true),
    col('Latency (s)', ['latency'], 'latencySeconds', true),
    col('Cost', ['cost'], 'cost', true),
    col('Escalations', ['escalations'], 'escalations', true),
    col('Thumbs up', ['thumbsUp'], 'thumbsUp', true),
    col('Thumbs down', ['thumbsDown'], 'thumbsDown', true),
  ],
  reviews: [
    col('Output ID', ['outputId'], 'outputId'),
    col('Reviewer', ['userId'], 'userId'),
    ...timed,
    col('Decision', ['decision'], 'decision'),
    col('Minutes', ['minutes'], 'minutes', true),
  ],
  shadow: [
    col('Case ID', ['caseId'], 'caseId'),
    col('Date', ['date'], 'date'),
    col('Week', ['week'], 'week', true),
    col('Stage', ['stage'], 'stage'),
    col('Category', ['group'], 'group'),
    col('Match', ['match', 'aiOutput'], 'match'),
  ],
};

function show(value: Value): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(Number(value.toFixed(4)));
  return value;
}

export type PreviewTableProps = {
  readonly preview: CsvPreview;
};

/** The first rows as the import will read them: parsed values, and each rejected row with its reason. */
export function PreviewTable({ preview }: PreviewTableProps) {
  const rows = preview.rows;
  if (rows.length === 0) return <p className="muted">The file has no data rows to preview.</p>;
  const parsed = rows.some((r) => r.row !== null || r.rejection !== null || r.skipped !== null);
  if (!parsed) return <RawPreview preview={preview} />;
  const showLands = rows.some((r) => r.lands !== null);

  const mapped = resolveMapping(preview.mapping, preview.headers);
  const columns = columnsByKind[preview.kind].filter((c) => c.fields.some((f) => mapped.has(f)));
  const rejected = rows.filter((r) => r.rejection !== null).length;

  return (
    <div className="import-step">
      <h3 className="import-step-title" id="import-preview-title">
        Preview: the first {rows.length} rows as they will be imported
      </h3>
      {rejected > 0 && (
        <p className="hint">
          {rejected} of these rows would be rejected (marked below); every row is checked when importing.
        </p>
      )}
      <div className="table-scroll preview-scroll">
        <table className="table preview-table" aria-labelledby="import-preview-title">
          <thead>
            <tr>
              <th scope="col">Line</th>
              {columns.map((c) => (
                <th scope="col" key={c.label} className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
              {showLands && <th scope="col">Counts in</th>}
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <PreviewTableRow key={r.line} row={r} columns={columns} showLands={showLands} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

type PreviewTableRowProps = { readonly row: PreviewRow; readonly columns: readonly PreviewColumn[]; readonly showLands: boolean };

function PreviewTableRow({ row, columns, showLands }: PreviewTableRowProps) {
  const values = (row.row ?? {}) as unknown as Record<string, Value>;
  return (
    <tr className={row.rejection ? 'is-rejected' : row.skipped ? 'is-skipped' : undefined}>
      <td className="num">{row.line}</td>
      {row.rejection || row.skipped ? (
        <td colSpan={columns.length} className="raw-cells">
          {row.cells.join(' | ')}
        </td>
      ) : (
        columns.map((c) => (
          <td key={c.label} className={c.numeric ? 'num' : undefined}>
            {show(c.read(values))}
          </td>
        ))
      )}
      {showLands && <td className={row.lands?.startsWith('No stage') ? 'lands-nowhere' : undefined}>{row.rejection || row.skipped ? DASH : (row.lands ?? DASH)}</td>}
      <td className="check-cell">
        {row.skipped ? (
          <span className="skip-mark">Skipped: {row.skipped}</span>
        ) : row.rejection ? (
          <span className="reject-reason">
            <Icon name="x-circle" size={14} />
            Rejected: {row.rejection.message}
          </span>
        ) : row.lands?.startsWith('No stage') ? (
          <span className="nowhere-mark">
            <Icon name="alert" size={14} />
            Imported, counted in no stage
          </span>
        ) : (
          <span className="accept-mark">
            <Icon name="check" size={14} />
            OK
          </span>
        )}
      </td>
    </tr>
  );
}

/** Before the questions are answered and the mapping is complete, the cells are shown as they are. */
function RawPreview({ preview }: PreviewTableProps) {
  return (
    <div className="import-step">
      <h3 className="import-step-title" id="import-preview-title">
        Preview: the first {preview.rows.length} rows as written in the file
      </h3>
      <p className="hint">Answer the questions and complete the columns above to see the values as they will be imported.</p>
      <div className="table-scroll preview-scroll">
        <table className="table preview-table" aria-labelledby="import-preview-title">
          <thead>
            <tr>
              <th scope="col">Line</th>
              {preview.headers.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line}>
                <td className="num">{r.line}</td>
                {preview.headers.map((h, i) => (
                  <td key={h}>{r.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
