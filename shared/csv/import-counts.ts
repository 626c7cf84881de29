import type { ImportSummary } from './import-types';
import { ReasonTally, type RejectCode, type WarningCode } from './reasons';

/** The part of the summary the counts make. */
export type CountedSummary = Pick<ImportSummary, 'records' | 'accepted' | 'rejected' | 'blankLines' | 'skipped' | 'rejections' | 'warnings' | 'dateRange'>;

/**
 * An import's running counts: every record of the file lands in exactly one of accepted, rejected,
 * blank or skipped (see `ImportSummary`), with the reasons and the date range of the accepted rows.
 */
export class ImportCounts {
  records = 0;
  skipped = 0;
  accepted = 0;
  rejected = 0;
  blankLines = 0;
  readonly rejections: ReasonTally<RejectCode>;
  readonly warnings: ReasonTally<WarningCode>;
  private firstDate: string | null = null;
  private lastDate: string | null = null;
  private previousDate = '';

  constructor(maxExamples: number, labelOf: (field: string) => string) {
    this.rejections = new ReasonTally<RejectCode>(maxExamples, labelOf);
    this.warnings = new ReasonTally<WarningCode>(maxExamples, labelOf);
  }

  /** A line read but not data, with why. */
  skip(code: WarningCode, line: number, message: string): void {
    this.skipped++;
    this.warnings.add(code, null, line, message, []);
  }

  /** An accepted row's date, for the range. */
  noteDate(date: string): void {
    // Rows of one day share one date string: compare only when it changes.
    if (date === this.previousDate) return;
    this.previousDate = date;
    if (this.firstDate === null || date < this.firstDate) this.firstDate = date;
    if (this.lastDate === null || date > this.lastDate) this.lastDate = date;
  }

  /** `sorted`: reasons largest first (a whole file's); a part's stay in the order first seen, for the merge. */
  summary(sorted: boolean): CountedSummary {
    const { records, accepted, rejected, blankLines, skipped, firstDate, lastDate } = this;
    return {
      records,
      accepted,
      rejected,
      blankLines,
      skipped,
      rejections: this.rejections.toArray(sorted),
      warnings: this.warnings.toArray(sorted),
      dateRange: firstDate !== null && lastDate !== null ? { first: firstDate, last: lastDate } : null,
    };
  }
}
