/** Why rows were rejected or flagged, grouped so the screen can say "12 rows: rating outside 1–5 (lines 4, 9, …)". */

export const rejectCodes = [
  'too_few_cells',
  'too_many_cells',
  'unterminated_quote',
  'text_after_quote',
  'missing_value',
  'invalid_date',
  'invalid_week',
  'invalid_number',
  'negative_value',
  'rating_out_of_range',
  'rating_not_whole',
  'editing_share_out_of_range',
  'manual_minutes_zero',
  'invalid_boolean',
  'unknown_stage',
  'count_exceeds_requests',
  'invalid_decision',
  'unknown_metric',
  'metric_not_by_week',
  'figure_out_of_range',
  'figure_mismatch',
  'numerator_exceeds_denominator',
  'invalid_severity',
  'invalid_time',
  'time_order',
  'not_answered',
  'spreadsheet_error',
  'formula_not_calculated',
] as const;
export type RejectCode = (typeof rejectCodes)[number];

export const warningCodes = [
  'future_date',
  'extra_empty_cells',
  'nul_removed',
  'undecodable_characters',
  'encoding_switched',
  'header_renamed',
  'sep_line_skipped',
  'header_lines_skipped',
  'summary_row_skipped',
  'top_lines_skipped',
  'bottom_lines_skipped',
  'correctness_unknown',
  'latency_zero',
  'sampled_row',
  'cost_spans_weeks',
  'group_no_value',
  'stage_no_value',
] as const;
export type WarningCode = (typeof warningCodes)[number];

/** One rejected record: its original cells, where it starts, and why. */
export interface Rejection {
  readonly line: number;
  readonly code: RejectCode;
  /** The field the reason is about (e.g. 'rating'), or null for whole-row problems. */
  readonly field: string | null;
  /** Plain language, with the value: "Rating 7 is outside 1–5". */
  readonly message: string;
  readonly cells: readonly string[];
}

export interface ReasonExample {
  readonly line: number;
  readonly message: string;
  readonly cells: readonly string[];
}

/** All rows sharing a reason: the count is complete, the examples are capped. */
export interface ReasonGroup<C extends string = string> {
  readonly code: C;
  readonly field: string | null;
  /** The group's heading: "Rating outside 1–5", "User ID is empty". */
  readonly title: string;
  readonly count: number;
  readonly examples: readonly ReasonExample[];
}

const titles: Record<RejectCode | WarningCode, string> = {
  too_few_cells: 'Row has fewer cells than the header',
  too_many_cells: 'Row has more cells than the header',
  unterminated_quote: 'Quoted cell is never closed',
  text_after_quote: 'Text after a closing quote',
  missing_value: 'Required value is empty',
  invalid_date: 'Not a valid date',
  invalid_week: 'Not a valid week number',
  invalid_number: 'Not a number',
  negative_value: 'Negative value',
  rating_out_of_range: 'Rating outside 1–5',
  rating_not_whole: 'Rating is not a whole number',
  editing_share_out_of_range: 'Editing share outside 0–100%',
  manual_minutes_zero: 'Minutes by hand is zero',
  invalid_boolean: 'Not yes or no',
  unknown_stage: "Stage is not one of this plan's stages",
  count_exceeds_requests: 'More errors, escalations or thumbs than requests',
  invalid_decision: 'Decision is not approved, edited or rejected',
  unknown_metric: "Metric is not one of the app's metrics",
  metric_not_by_week: 'Metric cannot come from a weekly-figures file',
  figure_out_of_range: 'Value outside what the metric allows',
  figure_mismatch: 'Value does not match its numerator and denominator',
  numerator_exceeds_denominator: 'Numerator larger than the denominator',
  invalid_severity: 'Severity not recognised',
  invalid_time: 'Not a date with a time of day',
  time_order: 'Acknowledged or resolved before it was opened',
  not_answered: 'Not answered (no rating)',
  spreadsheet_error: 'Spreadsheet error in a cell (#N/A, #DIV/0!…)',
  formula_not_calculated: 'Formula without a saved result',
  future_date: 'Date in the future',
  extra_empty_cells: 'Empty cells after the last column',
  nul_removed: 'Invisible NUL characters removed',
  undecodable_characters: 'Characters that could not be read',
  encoding_switched: 'Encoding changed partway through',
  header_renamed: 'Column renamed',
  sep_line_skipped: 'Excel delimiter line skipped',
  header_lines_skipped: 'Extra header lines skipped',
  summary_row_skipped: 'Total or summary row skipped',
  top_lines_skipped: 'Lines skipped at the top',
  bottom_lines_skipped: 'Lines skipped at the bottom',
  correctness_unknown: 'Correctness unknown: left out of accuracy',
  latency_zero: 'Latency 0: left out of response times',
  sampled_row: 'Row stands for several requests (sampled log)',
  cost_spans_weeks: 'Cost covers more than a week: counted in the week it starts',
  group_no_value: 'Group written as a no-value word: read as no group',
  stage_no_value: 'Stage written as a no-value word: read as no stage',
};

/** Heading of a group; field-specific reasons name the field ("User ID is empty"). */
export function reasonTitle(code: RejectCode | WarningCode, fieldLabel: string | null): string {
  if (fieldLabel === null) return titles[code];
  switch (code) {
    case 'missing_value':
      return `${fieldLabel} is empty`;
    case 'invalid_date':
      return `${fieldLabel}: not a valid date`;
    case 'invalid_number':
      return `${fieldLabel}: not a number`;
    case 'negative_value':
      return `${fieldLabel}: negative value`;
    case 'invalid_boolean':
      return `${fieldLabel}: not yes or no`;
    case 'spreadsheet_error':
      return `${fieldLabel}: spreadsheet error (#N/A, #DIV/0!…)`;
    case 'formula_not_calculated':
      return `${fieldLabel}: formula without a saved result`;
    default:
      return titles[code];
  }
}

interface TallyGroup<C> {
  readonly code: C;
  readonly field: string | null;
  readonly title: string;
  count: number;
  readonly examples: ReasonExample[];
}

/** Counts reasons and keeps the first `maxExamples` examples of each. */
export class ReasonTally<C extends RejectCode | WarningCode> {
  private readonly groups = new Map<string, TallyGroup<C>>();
  /** The group of the last call: a file's rejections or warnings mostly come with one reason after another. */
  private last: TallyGroup<C> | null = null;

  constructor(
    private readonly maxExamples: number,
    private readonly labelOf: (field: string) => string,
  ) {}

  /** `message` may be a function: it is then only called for a row kept as an example (most rows are only counted). */
  add(code: C, field: string | null, line: number, message: string | (() => string), cells: readonly string[], times = 1): void {
    let group = this.last !== null && this.last.code === code && this.last.field === field ? this.last : undefined;
    if (group === undefined) {
      const key = field === null ? code : `${code}\u0000${field}`;
      group = this.groups.get(key);
      if (!group) {
        group = { code, field, title: reasonTitle(code, field === null ? null : this.labelOf(field)), count: 0, examples: [] };
        this.groups.set(key, group);
      }
      this.last = group;
    }
    group.count += times;
    if (group.examples.length < this.maxExamples) group.examples.push({ line, message: typeof message === 'string' ? message : message(), cells });
  }

  /**
   * Adds groups another tally gave in the order first seen (`toArray(false)`), as if their rows had come
   * after this tally's: counts add up, examples fill up to the cap in order.
   */
  absorb(groups: readonly ReasonGroup<C>[]): void {
    for (const g of groups) {
      const key = g.field === null ? g.code : `${g.code}\u0000${g.field}`;
      let group = this.groups.get(key);
      if (!group) {
        group = { code: g.code, field: g.field, title: g.title, count: 0, examples: [] };
        this.groups.set(key, group);
      }
      group.count += g.count;
      for (const example of g.examples) {
        if (group.examples.length >= this.maxExamples) break;
        group.examples.push(example);
      }
    }
    this.last = null;
  }

  get total(): number {
    let sum = 0;
    for (const g of this.groups.values()) sum += g.count;
    return sum;
  }

  /** Groups, largest first (`sorted`), or in the order first seen. */
  toArray(sorted = true): ReasonGroup<C>[] {
    const groups = [...this.groups.values()];
    if (sorted) groups.sort((a, b) => b.count - a.count);
    return groups.map((g) => ({ code: g.code, field: g.field, title: g.title, count: g.count, examples: g.examples }));
  }
}
