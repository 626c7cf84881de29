/**
 * Turning one record's cells into a typed row of its kind, or saying in plain words why not.
 * Runs once per record of a million-row file: no closures or objects per row beyond the row itself, and
 * not even that when the context asks for one reused row.
 */
import type { ImportKind, QualityRow, SatisfactionRow, UsageRow } from './kinds';
import {
  CommonReader,
  Keeper,
  missing,
  quote,
  reject,
  textCell,
  type RowBuilder,
  type Writable,
  type RowContext,
  type RowOutcome,
} from './row-common';
import { parseDuration } from './durations';
import { reversedPoint, reversedRatingMessage, scalePoint } from './scale-points';
import { operationsBuilder } from './operations-row';
import { reviewsBuilder, shadowBuilder } from './review-rows';
import { figuresBuilder } from './figures-row';
import { incidentsBuilder } from './incident-row';
import { testResultsBuilder } from './test-result-row';
import { rejectSpreadsheetErrors } from './spreadsheet-errors';
import { isWhole, parseActive, parseDecimal, parsePercent } from './values';
import { valueCell } from './no-value';

export { newOutcome, type RowBuilder, type RowContext, type RowOutcome, type StageRef } from './row-common';

// Row templates: every field present from the start, so a row filled in place keeps one shape.
const usageRow = (): Writable<UsageRow> => ({ line: 0, date: null, week: null, stage: null, group: null, userId: '', uses: null });
const qualityRow = (): Writable<QualityRow> => ({
  line: 0,
  date: null,
  week: null,
  stage: null,
  group: null,
  outputId: '',
  userId: '',
  editingShare: 0,
  editingMinutes: undefined,
  manualMinutes: undefined,
});
const satisfactionRow = (): Writable<SatisfactionRow> => ({
  line: 0,
  date: null,
  week: null,
  stage: null,
  group: null,
  userId: '',
  rating: 0,
  comment: '',
});

/** Creates the row builder for the context's kind. */
export function createRowBuilder<K extends ImportKind>(ctx: RowContext & { readonly kind: K }): RowBuilder<K> {
  const builders: { [P in ImportKind]: (ctx: RowContext) => RowBuilder<P> } = {
    usage: usageBuilder,
    quality: qualityBuilder,
    satisfaction: satisfactionBuilder,
    test_results: testResultsBuilder,
    operations: operationsBuilder,
    reviews: reviewsBuilder,
    shadow: shadowBuilder,
    weekly_figures: figuresBuilder,
    incidents: incidentsBuilder,
  };
  // A cell holding a spreadsheet error (#N/A…) is not a value of any type: the row is rejected with that reason first.
  return rejectSpreadsheetErrors(builders[ctx.kind](ctx) as RowBuilder<K>, ctx.kind, ctx.columns);
}

function usageBuilder(ctx: RowContext): RowBuilder<'usage'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iUser = ctx.columns.get('userId') ?? -1;
  const iUses = ctx.columns.get('uses') ?? -1;
  const iActive = ctx.columns.get('active') ?? -1;
  const decimalComma = ctx.settings.decimalComma;
  const shared = ctx.reuseRow ? usageRow() : null;
  return (cells, line, out): UsageRow | null => {
    const userId = textCell(cells, iUser, keeper);
    if (userId === '') return missing(out, 'usage', 'userId');
    if (!common.read(cells, out)) return null;
    let uses: number | null = null;
    if (iUses >= 0) {
      const raw = valueCell(cells[iUses]);
      if (raw !== '') {
        uses = parseDecimal(raw, decimalComma);
        if (!isWhole(uses)) {
          reject(out, 'invalid_number', 'uses', `Number of uses ${quote(raw)} is not a whole number`);
          return null;
        }
        if (uses < 0) {
          reject(out, 'negative_value', 'uses', `Number of uses ${raw} is negative`);
          return null;
        }
      }
    }
    if (iActive >= 0) {
      const raw = valueCell(cells[iActive]);
      const active = raw === '' ? null : parseActive(raw);
      if (active === undefined) {
        reject(out, 'invalid_boolean', 'active', `Active ${quote(raw)} is not yes or no`);
        return null;
      }
      if (active === false) {
        if (uses !== null && uses > 0) {
          reject(out, 'invalid_number', 'uses', `The row says not active, yet ${uses} uses`);
          return null;
        }
        // Not active: no use that week, counted as none (an empty cell says nothing either way).
        uses = 0;
      }
    }
    const row = shared ?? usageRow();
    common.fill(row, line);
    row.userId = userId;
    row.uses = uses;
    return row;
  };
}

function qualityBuilder(ctx: RowContext): RowBuilder<'quality'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iOutput = ctx.columns.get('outputId') ?? -1;
  const iUser = ctx.columns.get('userId') ?? -1;
  const iShare = ctx.columns.get('editingShare') ?? -1;
  const iEdit = ctx.columns.get('editingMinutes') ?? -1;
  const iManual = ctx.columns.get('manualMinutes') ?? -1;
  const decimalComma = ctx.settings.decimalComma;
  const fraction = ctx.settings.percentScale === 'fraction';
  const shared = ctx.reuseRow ? qualityRow() : null;

  function minutes(cells: readonly string[], index: number, field: string, label: string, out: RowOutcome): number {
    const raw = valueCell(cells[index]);
    // Durations (0:12:30, 12:30, 12 min) as time trackers write them; a plain number is minutes.
    const value = raw === '' ? NaN : parseDuration(raw, decimalComma);
    if (raw === '') reject(out, 'missing_value', field, `${label} is empty`);
    else if (Number.isNaN(value)) reject(out, 'invalid_number', field, `${label} ${quote(raw)} is not a number of minutes or a duration`);
    else if (value < 0) reject(out, 'negative_value', field, `${label} ${raw} is negative`);
    else return value;
    return NaN;
  }

  /** Minutes beside a share: NaN when empty or not a duration (never a rejection: the share decides the row). */
  function quietMinutes(cell: string | undefined): number {
    const raw = valueCell(cell);
    return raw === '' ? NaN : parseDuration(raw, decimalComma);
  }

  return (cells, line, out): QualityRow | null => {
    const outputId = textCell(cells, iOutput, keeper);
    if (outputId === '') return missing(out, 'quality', 'outputId');
    const userId = textCell(cells, iUser, keeper);
    if (userId === '') return missing(out, 'quality', 'userId');
    if (!common.read(cells, out)) return null;
    let editingShare: number;
    let editingMinutes: number | undefined;
    let manualMinutes: number | undefined;
    const rawShare = iShare >= 0 ? valueCell(cells[iShare]) : '';
    if (rawShare !== '') {
      editingShare = parsePercent(rawShare, decimalComma, fraction);
      if (Number.isNaN(editingShare)) {
        reject(out, 'invalid_number', 'editingShare', `Editing share ${quote(rawShare)} is not a number`);
        return null;
      }
      if (editingShare < 0 || editingShare > 100) {
        const shown = fraction && !rawShare.endsWith('%') ? `${rawShare} (${editingShare}%)` : rawShare;
        reject(out, 'editing_share_out_of_range', 'editingShare', `Editing share ${shown} is outside 0–100%`);
        return null;
      }
      // The share decides the row; minutes beside it are kept when both read cleanly (the time
      // saved is measured from them), and otherwise leave that output's time saved unknown.
      if (iEdit >= 0 && iManual >= 0) {
        const edit = quietMinutes(cells[iEdit]);
        const manual = quietMinutes(cells[iManual]);
        if (edit >= 0 && manual > 0) {
          editingMinutes = edit;
          manualMinutes = manual;
        }
      }
    } else if (iEdit >= 0 && iManual >= 0) {
      const editing = minutes(cells, iEdit, 'editingMinutes', 'Editing minutes', out);
      if (Number.isNaN(editing)) return null;
      const manual = minutes(cells, iManual, 'manualMinutes', 'Minutes by hand', out);
      if (Number.isNaN(manual)) return null;
      if (manual === 0) {
        reject(out, 'manual_minutes_zero', 'manualMinutes', 'Minutes by hand is 0, so the editing share cannot be worked out');
        return null;
      }
      editingShare = Math.round((editing / manual) * 1e8) / 1e6;
      editingMinutes = editing;
      manualMinutes = manual;
      if (editingShare > 100) {
        reject(
          out,
          'editing_share_out_of_range',
          'editingMinutes',
          `Editing took ${editing} minutes, longer than the ${manual} minutes by hand (${Math.round(editingShare)}%)`,
        );
        return null;
      }
    } else {
      return missing(out, 'quality', iShare >= 0 ? 'editingShare' : 'editingMinutes');
    }
    const row = shared ?? qualityRow();
    common.fill(row, line);
    row.outputId = outputId;
    row.userId = userId;
    row.editingShare = editingShare;
    row.editingMinutes = editingMinutes;
    row.manualMinutes = manualMinutes;
    return row;
  };
}

function satisfactionBuilder(ctx: RowContext): RowBuilder<'satisfaction'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iUser = ctx.columns.get('userId') ?? -1;
  const iRating = ctx.columns.get('rating') ?? -1;
  const iComment = ctx.columns.get('comment') ?? -1;
  const decimalComma = ctx.settings.decimalComma;
  const shared = ctx.reuseRow ? satisfactionRow() : null;
  return (cells, line, out): SatisfactionRow | null => {
    // A request nobody answered (Medallia lists sent and bounced surveys too) has no rating, and often no answer date or
    // respondent either: "not answered" is its true reason, before any empty cell it leaves behind.
    const raw = iRating >= 0 ? valueCell(cells[iRating]) : '';
    if (raw === '') return (reject(out, 'not_answered', 'rating', 'Not answered: the rating is empty'), null);
    const userId = textCell(cells, iUser, keeper);
    if (userId === '') return missing(out, 'satisfaction', 'userId');
    if (!common.read(cells, out)) return null;
    let rating = parseDecimal(raw, decimalComma);
    // "5 - Extremely satisfied": the point's number is the answer (scale-points.ts), unless its words say 1 is the best.
    const point = Number.isNaN(rating) ? scalePoint(raw) : null;
    if (point !== null) {
      if (reversedPoint(raw)) {
        reject(out, 'invalid_number', 'rating', reversedRatingMessage(raw));
        return null;
      }
      rating = point.point;
    }
    if (Number.isNaN(rating)) {
      reject(out, 'invalid_number', 'rating', `Rating ${quote(raw)} is not a number from 1 to 5`);
      return null;
    }
    if (rating < 1 || rating > 5) {
      reject(out, 'rating_out_of_range', 'rating', `Rating ${raw} is outside 1–5`);
      return null;
    }
    if (!isWhole(rating)) {
      reject(out, 'rating_not_whole', 'rating', `Rating ${raw} is not a whole number`);
      return null;
    }
    const row = shared ?? satisfactionRow();
    common.fill(row, line);
    row.userId = userId;
    row.rating = rating;
    row.comment = textCell(cells, iComment, keeper);
    return row;
  };
}
