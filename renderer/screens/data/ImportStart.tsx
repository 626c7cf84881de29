import { useId, type ChangeEvent } from 'react';
import { importKindLabels, importKinds, type ImportKind } from '../../../shared/csv';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

const kindDescriptions: Record<ImportKind, string> = {
  usage: 'One row per user per active day or week: user, date or week, optional stage, group, and a use count or an active yes/no.',
  quality: 'One row per AI output: output, user, date, editing share in % (or editing and manual minutes).',
  satisfaction: 'One row per user per week: user, date or week, rating 1–5, optional comment.',
  test_results: 'One row per test case: case, expected and actual answer or correct yes/no, hallucination, latency.',
  operations:
    'Monitoring data, one row per request or per hour or day: date, requests, errors, latency, cost, escalations, thumbs up/down (whichever exist).',
  reviews: 'One row per reviewed output: output, reviewer, date or week, decision approved / edited / rejected, optional minutes.',
  shadow: 'One row per shadow case: case, date or week, AI and human output (or match yes/no), optional category.',
  weekly_figures:
    'Figures computed in another tool, one per row: week or date, metric (its id or name), value or numerator and denominator, optional group and stage.',
  incidents:
    'Incidents for the register, one per row: severity, opened, acknowledged, resolved, stage (or placed by the opened date), what happened, rollback yes/no, optional id.',
};

/**
 * What the file chooser offers. Old .xls, macro workbooks and other programs' spreadsheets (.ods, .numbers)
 * are offered too, so choosing one gets the message saying how to save it as .xlsx rather than a greyed-out file.
 */
const pilotFileTypes = [
  '.csv,.tsv,.txt,text/csv,text/tab-separated-values',
  '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xlsm,.xlsb,.xls,.ods,.numbers,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet',
].join(',');

/** Where an import starts: choose a file, download a template, or load the bundled samples. */
export function ImportStart() {
  const headingId = useId();
  const openCsvFile = useAppStore((s) => s.openCsvFile);
  const downloadTemplate = useAppStore((s) => s.downloadTemplate);
  const loadSampleData = useAppStore((s) => s.loadSampleData);

  const onChoose = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still counts as a change.
    event.target.value = '';
    if (file) void openCsvFile(file, file.name);
  };

  return (
    <section className="card data-start" aria-labelledby={headingId}>
      <div className="data-start-head">
        <div>
          <h2 id={headingId}>Import pilot data</h2>
          <p className="lede">
            CSV files and Excel workbooks (.xlsx) from survey and logging tools. Choose a file or drop it anywhere on the window;
            the app detects how it is written and shows what it will import before it does.
          </p>
        </div>
        <label className="button primary file-button">
          <Icon name="upload" />
          Choose a CSV file
          <input type="file" className="sr-only" accept={pilotFileTypes} onChange={onChoose} />
        </label>
      </div>
      <table className="table data-kinds">
        <caption className="sr-only">Kinds of pilot file</caption>
        <thead>
          <tr>
            <th scope="col">Kind of file</th>
            <th scope="col">What it holds</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {importKinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{importKindLabels[kind]}</th>
              <td className="muted">{kindDescriptions[kind]}</td>
              <td className="data-kind-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Download template: ${importKindLabels[kind]}`}
                  onClick={() => void downloadTemplate(kind)}
                >
                  <Icon name="download" size={14} />
                  Template
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Load sample data: ${importKindLabels[kind]}`}
                  onClick={() => void loadSampleData(kind)}
                >
                  <Icon name="file" size={14} />
                  Load sample
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
