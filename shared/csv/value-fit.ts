/** How many of a column's sampled values read as a field's type: a named column must mostly fit to be proposed strongly. */
import type { ImportField } from './fields';
import { parseDecision } from './decision-words';
import { parseDuration } from './durations';
import { metricFromText } from './metric-names';
import { isEpochDate } from './epoch-dates';
import { monthNameDate } from './month-dates';
import { ratingOf } from './scale-points';
import { readSeverity } from './severity-words';
import { compactDate, dateParts, parseBoolean, parseDecimal, parseSeconds, parseWeek } from './values';

/** Share of values that read as the field's type (a named column may hold some bad rows: they are rejected one by one). */
export function fitShare(type: ImportField['type'], values: readonly string[], decimalComma: boolean): number {
  if (values.length === 0) return 0;
  const number = (v: string): number => parseDecimal(v.endsWith('%') ? v.slice(0, -1).trimEnd() : v, decimalComma);
  let fit = 0;
  for (const v of values) {
    switch (type) {
      case 'date':
        if (dateParts(v) !== null || monthNameDate(v) !== null || (number(v) >= 20000 && number(v) <= 80000) || isEpochDate(v) || (/^\d{8}$/.test(v) && compactDate(v) !== null)) fit++;
        break;
      case 'week':
        if (!Number.isNaN(parseWeek(v)) && dateParts(v) === null) fit++;
        break;
      case 'rating':
        if (!Number.isNaN(ratingOf(v, decimalComma))) fit++;
        break;
      case 'percent':
        if (number(v) >= 0 && number(v) <= 100) fit++;
        break;
      case 'boolean':
        if (parseBoolean(v) !== null) fit++;
        break;
      case 'decision':
        if (parseDecision(v) !== null) fit++;
        break;
      case 'metric':
        if (metricFromText(v) !== null) fit++;
        break;
      case 'severity':
        if (readSeverity(v, null) !== null) fit++;
        break;
      case 'figure':
        if (!Number.isNaN(number(v))) fit++;
        break;
      case 'moment':
        if (((dateParts(v) !== null || monthNameDate(v) !== null) && /\d:\d\d/.test(v)) || isEpochDate(v)) fit++;
        break;
      // A clock ("00:12:30") is no count; as a latency it fits only with fractions of a second (a workbook's mm:ss.000):
      // in whole seconds it is a time tracker's duration of a task (Toggl's "Duration"), not how long an answer took.
      case 'tally':
        if (parseBoolean(v) !== null || (!v.includes(':') && !Number.isNaN(parseSeconds(v, decimalComma, false)))) fit++;
        break;
      case 'count':
      case 'seconds':
        if ((!v.includes(':') || (type === 'seconds' && /:\d\d[.,]\d+$/.test(v))) && !Number.isNaN(parseSeconds(v, decimalComma, false))) fit++;
        break;
      case 'minutes':
        if (!Number.isNaN(parseDuration(v, decimalComma))) fit++;
        break;
      case 'id':
        if (dateParts(v) === null) fit++;
        break;
      default:
        fit++;
    }
  }
  return fit / values.length;
}
