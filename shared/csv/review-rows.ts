/** Row builders of a human review log and a shadow comparison (issue 10). */
import { parseDuration } from './durations';
import { parseDecision } from './decision-words';
import type { ReviewRow, ShadowRow } from './kinds';
import { CommonReader, Keeper, missing, quote, reject, textCell, type RowBuilder, type RowContext, type Writable } from './row-common';
import { parseBoolean, trimCell } from './values';

export function reviewsBuilder(ctx: RowContext): RowBuilder<'reviews'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iOutput = ctx.columns.get('outputId') ?? -1;
  const iUser = ctx.columns.get('userId') ?? -1;
  const iDecision = ctx.columns.get('decision') ?? -1;
  const iMinutes = ctx.columns.get('minutes') ?? -1;
  const decimalComma = ctx.settings.decimalComma;
  const blank = (): Writable<ReviewRow> => ({ line: 0, date: null, week: null, stage: null, group: null, outputId: '', userId: '', decision: 'approved', minutes: null });
  const shared = ctx.reuseRow ? blank() : null;
  return (cells, line, out): ReviewRow | null => {
    const outputId = textCell(cells, iOutput, keeper);
    if (outputId === '') return missing(out, 'reviews', 'outputId');
    const userId = textCell(cells, iUser, keeper);
    if (userId === '') return missing(out, 'reviews', 'userId');
    if (!common.read(cells, out)) return null;
    const raw = iDecision >= 0 ? trimCell(cells[iDecision]) : '';
    if (raw === '') return missing(out, 'reviews', 'decision');
    const decision = parseDecision(raw);
    if (decision === null) {
      reject(out, 'invalid_decision', 'decision', `Decision ${quote(raw)} is not approved, edited or rejected`);
      return null;
    }
    let minutes: number | null = null;
    const rawMinutes = iMinutes >= 0 ? trimCell(cells[iMinutes]) : '';
    if (rawMinutes !== '') {
      minutes = parseDuration(rawMinutes, decimalComma);
      if (Number.isNaN(minutes)) {
        reject(out, 'invalid_number', 'minutes', `Review minutes ${quote(rawMinutes)} is not a number of minutes or a duration`);
        return null;
      }
      if (minutes < 0) {
        reject(out, 'negative_value', 'minutes', `Review minutes ${rawMinutes} is negative`);
        return null;
      }
    }
    const row = shared ?? blank();
    common.fill(row, line);
    row.outputId = outputId;
    row.userId = userId;
    row.decision = decision;
    row.minutes = minutes;
    return row;
  };
}

export function shadowBuilder(ctx: RowContext): RowBuilder<'shadow'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iCase = ctx.columns.get('caseId') ?? -1;
  const iMatch = ctx.columns.get('match') ?? -1;
  const iAi = ctx.columns.get('aiOutput') ?? -1;
  const iHuman = ctx.columns.get('humanOutput') ?? -1;
  const blank = (): Writable<ShadowRow> => ({ line: 0, date: null, week: null, stage: null, group: null, caseId: '', userId: '', match: false });
  const shared = ctx.reuseRow ? blank() : null;
  return (cells, line, out): ShadowRow | null => {
    const caseId = textCell(cells, iCase, keeper);
    if (caseId === '') return missing(out, 'shadow', 'caseId');
    if (!common.read(cells, out)) return null;
    let match: boolean | null;
    const rawMatch = iMatch >= 0 ? trimCell(cells[iMatch]) : '';
    if (rawMatch !== '') {
      match = parseBoolean(rawMatch);
      if (match === null) {
        reject(out, 'invalid_boolean', 'match', `Match ${quote(rawMatch)} is not yes or no`);
        return null;
      }
    } else if (iAi >= 0 && iHuman >= 0) {
      const ai = trimCell(cells[iAi]);
      const human = trimCell(cells[iHuman]);
      // A case without both outputs is no comparison: counting it as a mismatch would lower agreement unfairly.
      if (ai === '') return missing(out, 'shadow', 'aiOutput');
      if (human === '') return missing(out, 'shadow', 'humanOutput');
      match = ai.toLowerCase().replace(/\s+/g, ' ') === human.toLowerCase().replace(/\s+/g, ' ');
    } else {
      return missing(out, 'shadow', 'match');
    }
    const row = shared ?? blank();
    common.fill(row, line);
    row.caseId = caseId;
    row.match = match;
    return row;
  };
}
