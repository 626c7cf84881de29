import { formatPlural } from '../../../shared/format/format';
import { useId } from 'react';
import type { SheetSummary } from '../../../shared/xlsx';
import { Icon } from '../../components/Icon';
import type { WorkbookSource } from '../../store/workbook-wizard';
import { useAppStore } from '../../store/useAppStore';

export type WorkbookSheetStepProps = {
  readonly workbook: WorkbookSource;
};

const rowsText = (sheet: SheetSummary): string => formatPlural(sheet.rows, 'row');

/** One sheet offered for import, with its rows and whether Excel hides it. */
function SheetButton({ sheet }: { readonly sheet: SheetSummary }) {
  const chooseImportSheet = useAppStore((s) => s.chooseImportSheet);
  return (
    <button type="button" className="button" onClick={() => void chooseImportSheet(sheet.name)}>
      <Icon name="file" size={14} />
      {sheet.name}{' '}
      <span className="muted">
        ({rowsText(sheet)}
        {sheet.hidden ? ', hidden sheet' : ''})
      </span>
    </button>
  );
}

/** Before the preview of a workbook: it is being read, it cannot be read (and why), or which sheet to import. */
export function WorkbookSheetStep({ workbook }: WorkbookSheetStepProps) {
  const id = useId();
  const closeCsvImport = useAppStore((s) => s.closeCsvImport);
  const withValues = workbook.sheets.filter((s) => s.rows > 0);
  if (workbook.error !== null) {
    // A sheet that cannot be read leaves the others open: the user chooses another instead of starting over.
    const others = withValues.filter((s) => s.name !== workbook.sheet);
    return (
      <>
        <p className="callout callout-danger" role="alert">
          <Icon name="x-circle" />
          <span>Nothing was imported. {workbook.error}</span>
        </p>
        {others.length > 0 && (
          <fieldset className="import-step">
            <legend className="import-step-title">Import another sheet instead?</legend>
            <div className="sheet-choices">
              {others.map((sheet) => (
                <SheetButton key={sheet.name} sheet={sheet} />
              ))}
            </div>
          </fieldset>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={closeCsvImport}>
            Close
          </button>
        </div>
      </>
    );
  }
  if (workbook.reading) {
    return (
      <p className="hint" role="status">
        Reading the workbook{workbook.sheet ? ` sheet “${workbook.sheet}”` : ''}…
      </p>
    );
  }
  return (
    <fieldset className="import-step" aria-describedby={`${id}-hint`}>
      <legend className="import-step-title">Which sheet holds the pilot data?</legend>
      <p className="hint" id={`${id}-hint`}>
        This workbook has {withValues.length} sheets with values. Choose the one to import; you can change it before importing.
      </p>
      <div className="sheet-choices">
        {withValues.map((sheet) => (
          <SheetButton key={sheet.name} sheet={sheet} />
        ))}
      </div>
    </fieldset>
  );
}

export type SheetSelectProps = {
  readonly workbook: WorkbookSource;
};

/** The sheet being imported, changeable when the workbook has more than one with values. */
export function SheetSelect({ workbook }: SheetSelectProps) {
  const id = useId();
  const chooseImportSheet = useAppStore((s) => s.chooseImportSheet);
  const withValues = workbook.sheets.filter((s) => s.rows > 0);
  if (withValues.length < 2) {
    // The only sheet with values may be one Excel hides (the visible ones empty): read, but never without saying so.
    const hidden = withValues[0]?.name === workbook.sheet && withValues[0]?.hidden;
    return <p className="hint">Sheet “{workbook.sheet}” of the workbook{hidden ? ', a sheet hidden in Excel (the only one with values)' : ''}.</p>;
  }
  return (
    <div className="field narrow">
      <label htmlFor={`${id}-sheet`}>Sheet</label>
      <select id={`${id}-sheet`} value={workbook.sheet ?? ''} onChange={(e) => void chooseImportSheet(e.target.value)}>
        {withValues.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {sheet.name} ({rowsText(sheet)}
            {sheet.hidden ? ', hidden sheet' : ''})
          </option>
        ))}
      </select>
    </div>
  );
}
