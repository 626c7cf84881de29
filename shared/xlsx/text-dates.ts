/**
 * Dates Excel converted beside dates it kept as text, in one column. Excel turns a typed or pasted date into a date
 * cell when it reads in the order of its own locale, and keeps it as text when it does not: a day-first "13/04/2025"
 * opened by a month-first Excel stays text, while "03/04/2025" beside it became 4 March. Text dates with a day past
 * 12 among date cells are the trace of that: the date cells may have day and month swapped, which nothing in the file
 * can settle, so the wizard says so.
 */
import { columnName } from './cell-refs';
import { dateParts } from '../csv/values';

export interface MixedDateColumn {
  /** The column's letters (`B`). */
  readonly column: string;
  /** A text date of it that reads in one order only (`13/04/2025`). */
  readonly example: string;
}

/** True for `13/04/2025` or `04/13/2025`: shaped like a date, its day past 12, so only one order reads it. */
function oneOrderOnly(text: string): boolean {
  const parts = dateParts(text);
  return parts !== null && parts.order === 'xxy' && (parts.a > 12 || parts.b > 12) && parts.a <= 31 && parts.b <= 31;
}

/** Collects, per column, whether it holds date cells and the first text date only one order reads. */
export class MixedDates {
  private readonly dated: boolean[] = [];
  private readonly texts = new Map<number, string>();

  dateCell(column: number): void {
    this.dated[column] = true;
  }

  /** A text cell starting with a digit. */
  textCell(column: number, text: string): void {
    if (!this.texts.has(column) && oneOrderOnly(text)) this.texts.set(column, text);
  }

  columns(): MixedDateColumn[] {
    return [...this.texts]
      .filter(([c]) => this.dated[c] === true)
      .sort(([a], [b]) => a - b)
      .map(([c, example]) => ({ column: columnName(c), example }));
  }
}
