import { formatCount } from '../../../shared/format/format';
import { Icon } from '../../components/Icon';
import type { WorkbookSource } from '../../store/workbook-wizard';

export type WorkbookNotesProps = {
  readonly workbook: WorkbookSource;
};

const cells = (n: number): string => `${formatCount(n)} ${n === 1 ? 'cell' : 'cells'}`;

/** How a workbook's sheet was read, and what in it the import cannot take at face value. */
export function WorkbookNotes({ workbook }: WorkbookNotesProps) {
  const { lineBreaks, hiddenRows, notCalculated } = workbook;
  return (
    <>
      <p className="hint">
        Cells are read as stored: date cells as dates (whatever their display format), numbers in full, percent cells as
        percentages.
        {lineBreaks > 0 && ` ${cells(lineBreaks)} ${lineBreaks === 1 ? 'has' : 'have'} line breaks, read as spaces.`}
        {hiddenRows > 0 &&
          ` ${formatCount(hiddenRows)} ${hiddenRows === 1 ? 'row is' : 'rows are'} hidden in Excel (by a filter or by hand) and ` +
            `imported like the others; to leave ${hiddenRows === 1 ? 'it' : 'them'} out, delete ${hiddenRows === 1 ? 'it' : 'them'} in Excel first.`}
      </p>
      {notCalculated > 0 && (
        <p className="callout callout-warning">
          <Icon name="alert" />
          <span>
            {cells(notCalculated)} {notCalculated === 1 ? 'holds a formula' : 'hold formulas'} without a saved value: the workbook
            was written by a program that does not calculate formulas. Rows that need {notCalculated === 1 ? 'that cell' : 'those cells'} are
            rejected, not read as empty. Open the file in Excel, save it, and import it again.
          </span>
        </p>
      )}
    </>
  );
}
