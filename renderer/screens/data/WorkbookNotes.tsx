import { formatCount } from '../../../shared/format/format';
import { Icon } from '../../components/Icon';
import type { WorkbookSource } from '../../store/workbook-wizard';

export type WorkbookNotesProps = {
  readonly workbook: WorkbookSource;
};

const cells = (n: number): string => `${formatCount(n)} ${n === 1 ? 'cell' : 'cells'}`;
const rowList = (rows: readonly number[]): string => `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')}`;

/** How a workbook's sheet was read, and what in it the import cannot take at face value. */
export function WorkbookNotes({ workbook }: WorkbookNotesProps) {
  const { lineBreaks, hiddenRows, hiddenColumns, notCalculated, totalRows, totalsAtEnd, mergedFilled, mixedDates } = workbook;
  const atEnd = totalRows.slice(totalRows.length - totalsAtEnd);
  const inside = totalRows.slice(0, totalRows.length - totalsAtEnd);
  const one = (n: number, singular: string, plural: string): string => (n === 1 ? singular : plural);
  const notes: string[] = [];
  if (lineBreaks > 0) notes.push(`${cells(lineBreaks)} ${one(lineBreaks, 'has', 'have')} line breaks, read as spaces.`);
  if (mergedFilled > 0) {
    notes.push(`${cells(mergedFilled)} inside cells merged down a column ${one(mergedFilled, 'is', 'are')} read as the merged value, as Excel shows ${one(mergedFilled, 'it', 'them')}.`);
  }
  if (hiddenRows > 0) {
    notes.push(
      `${formatCount(hiddenRows)} ${one(hiddenRows, 'row is', 'rows are')} hidden in Excel (by a filter or by hand) and imported like the others; ` +
        `to leave ${one(hiddenRows, 'it', 'them')} out, delete ${one(hiddenRows, 'it', 'them')} in Excel first.`,
    );
  }
  if (hiddenColumns.length > 0) {
    const n = hiddenColumns.length;
    notes.push(`${one(n, 'Column', 'Columns')} ${hiddenColumns.join(', ')} ${one(n, 'is', 'are')} hidden in Excel and read like the others: check the mapping below uses the columns you mean.`);
  }
  if (atEnd.length > 0) {
    notes.push(
      `${rowList(atEnd)} ${one(atEnd.length, 'adds', 'add')} up the rows above (a total, e.g. =SUM(…)) and ` +
        `${one(atEnd.length, 'is skipped as the last line', 'are skipped as the last lines')}.`,
    );
  }
  return (
    <>
      <p className="hint">
        Cells are read as stored: date cells as dates (whatever their display format), numbers in full, percent cells as
        percentages.
      </p>
      {notes.length > 0 && (
        <ul className="hint workbook-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {inside.length > 0 && (
        <p className="callout callout-warning">
          <Icon name="alert" />
          <span>
            {rowList(inside)} {one(inside.length, 'adds', 'add')} up rows above (a subtotal, e.g. =SUM(…)) but{' '}
            {one(inside.length, 'is not the last row', 'are not the last rows')}: imported as data, the rows above would count
            twice. Delete {one(inside.length, 'it', 'them')} in Excel (or copy the data without subtotals to a new sheet), save,
            and import it again.
          </span>
        </p>
      )}
      {mixedDates.map(({ column, example }) => (
        <p key={column} className="callout callout-warning">
          <Icon name="alert" />
          <span>
            Cannot tell the dates in column {column}: it holds dates Excel recognised beside dates it kept as text, such as “
            {example}”, which reads in one order only. Excel keeps a date as text when it reads dates in the other order, so it
            may have swapped day and month in the dates it recognised (03/04 read as 4 March instead of 3 April). Check them in
            Excel against the source, or export the source again with dates as yyyy-mm-dd, before importing.
          </span>
        </p>
      ))}
      {notCalculated > 0 && (
        <p className="callout callout-warning">
          <Icon name="alert" />
          <span>
            {cells(notCalculated)} {one(notCalculated, 'holds a formula', 'hold formulas')} without a saved result: the workbook was
            written by a program that does not calculate formulas (Excel calculates them when it opens the file). Rows that need{' '}
            {one(notCalculated, 'that cell', 'those cells')} are rejected, not read as empty or 0. Open the file in Excel, save it, and
            import it again.
          </span>
        </p>
      )}
    </>
  );
}
