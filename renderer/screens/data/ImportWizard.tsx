import { useId } from 'react';
import { formatBytes, importKindLabels, importKinds, type ImportKind } from '../../../shared/csv';
import { kindNote } from '../../../shared/csv/kind-note';
import { Icon } from '../../components/Icon';
import { formatTimestamp } from '../../format/dates';
import type { CsvWizard } from '../../store/import-wizard-slice';
import { sameReading, selectCsvPreview, selectEarlierImport, selectWizardRecord } from '../../store/pilot-data-selectors';
import { useAppStore } from '../../store/useAppStore';
import { ColumnMapper } from './ColumnMapper';
import { ImportOutcome } from './ImportOutcome';
import { IncidentMergeOutcome } from './IncidentMergeOutcome';
import { ImportProgressView } from './ImportProgressView';
import { PlausibilityChecks } from './PlausibilityChecks';
import { PreviewTable } from './PreviewTable';
import { ReadSettings } from './ReadSettings';
import { SettingQuestions } from './SettingQuestions';
import { StageQuestionBox } from './StageQuestionBox';
import { WorkbookSheetStep } from './WorkbookSheetStep';

export type ImportWizardProps = {
  readonly wizard: CsvWizard;
};

/** The import of one file: see what was detected and change it, map the columns, preview, import, see the outcome. */
export function ImportWizard({ wizard }: ImportWizardProps) {
  const titleId = useId();
  const closeCsvImport = useAppStore((s) => s.closeCsvImport);
  const running = wizard.phase === 'running' || wizard.phase === 'saving';
  // A workbook is previewed only once a sheet has been read.
  const book = wizard.workbook;
  const sheetPending = book && (book.reading || book.error !== null || book.sheet === null) ? book : null;

  return (
    <section className="card import-wizard" aria-labelledby={titleId}>
      <header className="import-wizard-head">
        <Icon name="file" />
        <div>
          <h2 id={titleId}>Import “{wizard.fileName}”</h2>
          <p className="hint">
            {wizard.workbook ? `Excel workbook, ${formatBytes(wizard.workbook.size)}` : formatBytes(wizard.size)}
          </p>
        </div>
        {!running && (
          <button type="button" className="icon-button" aria-label="Close the import" onClick={closeCsvImport}>
            <Icon name="x" />
          </button>
        )}
      </header>
      {wizard.phase === 'setup' && (sheetPending ? <WorkbookSheetStep workbook={sheetPending} /> : <ImportSetup wizard={wizard} />)}
      {running && <ImportProgressView progress={wizard.progress} totalBytes={wizard.size} saving={wizard.phase === 'saving'} />}
      {wizard.phase === 'done' && <ImportDone />}
      {wizard.phase === 'duplicate' && <DuplicateNotice />}
      {wizard.phase === 'failed' && <ImportFailed wizard={wizard} />}
    </section>
  );
}

function ImportSetup({ wizard }: ImportWizardProps) {
  const id = useId();
  const preview = useAppStore(selectCsvPreview);
  const earlier = useAppStore(selectEarlierImport);
  const setImportKind = useAppStore((s) => s.setImportKind);
  const runCsvImport = useAppStore((s) => s.runCsvImport);
  const replaceEarlierImport = useAppStore((s) => s.replaceEarlierImport);
  const closeCsvImport = useAppStore((s) => s.closeCsvImport);
  const workbook = wizard.workbook;
  if (!preview) {
    return (
      <p className="hint" role="status">
        Reading the start of the file…
      </p>
    );
  }
  if (!preview.ok) {
    return (
      <>
        <p className="callout callout-danger" role="alert">
          <Icon name="x-circle" />
          <span>{preview.error.message}</span>
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={closeCsvImport}>
            Close
          </button>
        </div>
      </>
    );
  }
  const p = preview.value;
  const note = kindNote(p.kindSuggestion, p.kindChosen ? p.kind : null);
  const same = earlier !== null && sameReading(earlier, p.kind, p.mapping);
  const needsConfirming = p.plausibility.warnings.length > 0 && !wizard.warningsConfirmed;
  const disabled = !p.ready || same || p.plausibility.blocked !== null || needsConfirming;
  return (
    <>
      <div className="import-step kind-step">
        <div className="field narrow">
          <label htmlFor={`${id}-kind`}>Kind of file</label>
          <select
            id={`${id}-kind`}
            value={p.kindChosen ? p.kind : ''}
            aria-describedby={`${id}-kind-why`}
            onChange={(e) => {
              if (e.target.value !== '') setImportKind(e.target.value as ImportKind);
            }}
          >
            {!p.kindChosen && <option value="">— Choose the kind —</option>}
            {importKinds.map((kind) => (
              <option key={kind} value={kind}>
                {importKindLabels[kind]}
              </option>
            ))}
          </select>
          <p id={`${id}-kind-why`} className={note.asking ? 'field-error' : 'hint'} role="status">
            {note.text}
          </p>
        </div>
      </div>
      {earlier && (
        <p className="callout callout-warning" role="status">
          <Icon name="alert" />
          <span>
            {same
              ? `This file was already imported on ${formatTimestamp(earlier.importedAt)} as ${importKindLabels[earlier.kind]} (“${earlier.fileName}”). Importing it again would count its rows twice.`
              : `This file was already imported on ${formatTimestamp(earlier.importedAt)} as ${importKindLabels[earlier.kind]} (“${earlier.fileName}”) with other columns. Importing it now replaces that import (you can undo).`}
          </span>
        </p>
      )}
      <SettingQuestions questions={p.questions} />
      {p.stageQuestion && <StageQuestionBox question={p.stageQuestion} />}
      <ReadSettings preview={p} workbook={workbook} />
      {p.kindChosen && <ColumnMapper preview={p} />}
      <PreviewTable preview={p} />
      {p.kindChosen && <PlausibilityChecks preview={p} confirmed={wizard.warningsConfirmed} />}
      <div className="form-actions">
        {disabled && !same && (
          <span className="hint action-hint">
            {!p.kindChosen
              ? 'Choose the kind of file first.'
              : p.questions.length > 0 || (p.stageQuestion !== null && p.stageQuestion.answer === undefined)
                ? 'Answer the question above first.'
                : p.mappingProblems.length > 0
                  ? 'Choose the columns still missing first.'
                  : p.plausibility.blocked !== null
                    ? // Every row rejected, or a column refused as chosen (a 0–10 answer as the rating): the message above says which.
                      p.plausibility.blocked.startsWith('Every row')
                      ? 'Nothing can be imported: every row would be rejected.'
                      : 'Nothing can be imported with these columns: see why above.'
                    : 'Confirm the checks above first.'}
          </span>
        )}
        <button
          type="button"
          className="button primary"
          disabled={disabled}
          onClick={() => void (earlier && !same ? replaceEarlierImport() : runCsvImport())}
        >
          <Icon name="upload" size={14} />
          {earlier && !same ? 'Import and replace the earlier import' : 'Import'}
        </button>
        <button type="button" className="button" onClick={closeCsvImport}>
          Cancel
        </button>
      </div>
    </>
  );
}

function ImportDone() {
  const record = useAppStore(selectWizardRecord);
  const closeCsvImport = useAppStore((s) => s.closeCsvImport);
  const incidentMerge = useAppStore((s) => s.csvWizard?.incidentMerge);
  // Said while the plan is still not saved: a later retry that lands clears it.
  const planNotSaved = useAppStore((s) => (s.save.status === 'saved' ? undefined : s.csvWizard?.planNotSaved));
  if (!record) return null;
  return (
    <>
      <p className="outcome-headline" role="status">
        Imported {importKindLabels[record.kind].toLowerCase()} data from “{record.fileName}”.
      </p>
      {planNotSaved !== undefined && (
        <p className="callout callout-warning" role="alert">
          The rows are stored, but the plan could not be saved with this import yet: {planNotSaved.replace(/\.?$/, '.')} The app keeps the
          import in memory and retries; press Retry beside “Not saved” at the top, and do not close the app until it says Saved.
        </p>
      )}
      <ImportOutcome record={record} />
      {incidentMerge && <IncidentMergeOutcome merge={incidentMerge} />}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={closeCsvImport}>
          Done
        </button>
      </div>
    </>
  );
}

function DuplicateNotice() {
  const earlier = useAppStore(selectEarlierImport);
  const preview = useAppStore(selectCsvPreview);
  const replaceEarlierImport = useAppStore((s) => s.replaceEarlierImport);
  const closeCsvImport = useAppStore((s) => s.closeCsvImport);
  const differs = earlier !== null && preview?.ok === true && !sameReading(earlier, preview.value.kind, preview.value.mapping);
  return (
    <>
      <p className="callout callout-warning" role="alert">
        <Icon name="alert" />
        <span>
          {earlier
            ? `This file was already imported on ${formatTimestamp(earlier.importedAt)} (“${earlier.fileName}”, ${importKindLabels[earlier.kind]}). It was not imported again, so no row is counted twice.`
            : 'This file was already imported. It was not imported again, so no row is counted twice.'}
        </span>
      </p>
      <div className="form-actions">
        {differs && (
          <button type="button" className="button" onClick={() => void replaceEarlierImport()}>
            Replace the earlier import
          </button>
        )}
        <button type="button" className="button primary" onClick={closeCsvImport}>
          Close
        </button>
      </div>
    </>
  );
}

function ImportFailed({ wizard }: ImportWizardProps) {
  const backToImportSetup = useAppStore((s) => s.backToImportSetup);
  const closeCsvImport = useAppStore((s) => s.closeCsvImport);
  return (
    <>
      <div className="callout callout-danger" role="alert">
        <Icon name="x-circle" />
        <div>
          <p>Nothing was imported. {wizard.error?.message}</p>
          {wizard.error && wizard.error.details.length > 1 && (
            <ul>
              {wizard.error.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={backToImportSetup}>
          Back to the settings
        </button>
        <button type="button" className="button" onClick={closeCsvImport}>
          Close
        </button>
      </div>
    </>
  );
}
