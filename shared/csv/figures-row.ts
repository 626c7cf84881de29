/** Row builder of a weekly-figures file (issue 10): one metric's figure for a week, checked against the catalogue. */
import { metricInfo } from '../model/metrics';
import type { FigureRow } from './kinds';
import { figureMetricProblem, metricFromText } from './metric-names';
import { CommonReader, Keeper, missing, quote, reject, textCell, type RowBuilder, type RowContext, type RowOutcome, type Writable } from './row-common';
import { isWhole, parseDecimal, parsePercent, trimCell } from './values';

/** Percent points a value may differ from its numerator ÷ denominator (a value rounded to a whole percent). */
const SHARE_TOLERANCE = 0.5;

export function figuresBuilder(ctx: RowContext): RowBuilder<'weekly_figures'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iMetric = ctx.columns.get('metric') ?? -1;
  const iValue = ctx.columns.get('value') ?? -1;
  const iNum = ctx.columns.get('numerator') ?? -1;
  const iDen = ctx.columns.get('denominator') ?? -1;
  const iSample = ctx.columns.get('sample') ?? -1;
  const decimalComma = ctx.settings.decimalComma;
  const scale = ctx.settings.percentScale;
  const blank = (): Writable<FigureRow> => ({
    line: 0, date: null, week: null, stage: null, group: null, userId: '', metric: '', value: null, numerator: null, denominator: null, sample: null,
  });
  const shared = ctx.reuseRow ? blank() : null;

  /** A whole count ≥ 0 from a cell; NaN (with `out` filled) when it is not one; null when empty. */
  function count(cells: readonly string[], index: number, field: string, label: string, out: RowOutcome): number | null {
    const raw = index >= 0 ? trimCell(cells[index]) : '';
    if (raw === '') return null;
    const n = parseDecimal(raw, decimalComma);
    if (!isWhole(n)) reject(out, 'invalid_number', field, `${label} ${quote(raw)} is not a whole number`);
    else if (n < 0) reject(out, 'negative_value', field, `${label} ${raw} is negative`);
    else return n;
    return NaN;
  }

  return (cells, line, out): FigureRow | null => {
    const rawMetric = textCell(cells, iMetric, keeper);
    if (rawMetric === '') return missing(out, 'weekly_figures', 'metric');
    const metric = metricFromText(rawMetric);
    if (metric === null) {
      reject(out, 'unknown_metric', 'metric', `Metric ${quote(rawMetric)} is not one of the app's metrics (use its id, such as error_rate, or its name, such as “Error rate”)`);
      return null;
    }
    const problem = figureMetricProblem(metric);
    if (problem !== null) {
      reject(out, 'metric_not_by_week', 'metric', problem);
      return null;
    }
    if (!common.read(cells, out)) return null;
    const info = metricInfo[metric];
    const label = info.label.toLowerCase();
    const numerator = count(cells, iNum, 'numerator', 'Numerator', out);
    if (Number.isNaN(numerator)) return null;
    const denominator = count(cells, iDen, 'denominator', 'Denominator', out);
    if (Number.isNaN(denominator)) return null;
    const sample = count(cells, iSample, 'sample', 'Sample size', out);
    if (Number.isNaN(sample)) return null;
    const rawValue = iValue >= 0 ? trimCell(cells[iValue]) : '';
    const counted = numerator !== null && denominator !== null;
    if (rawValue === '' && !counted) {
      return missing(out, 'weekly_figures', rawValue === '' && iValue >= 0 ? 'value' : numerator === null ? 'numerator' : 'denominator');
    }

    let value: number | null = null;
    if (rawValue !== '') {
      value = readValue(rawValue, info.kind, label, out);
      if (value === null) return null;
    }
    const row = shared ?? blank();
    if (counted) {
      if (info.kind === 'count') {
        reject(out, 'invalid_number', 'numerator', `${info.label} is a count: give it as a value, not as a numerator and a denominator`);
        return null;
      }
      if (denominator === 0) {
        reject(out, 'figure_out_of_range', 'denominator', 'Denominator is 0, so there is no figure');
        return null;
      }
      if (info.kind === 'proportion' && numerator > denominator) {
        reject(out, 'numerator_exceeds_denominator', 'numerator', `Numerator ${numerator} is larger than the denominator ${denominator}: a share cannot exceed 100%`);
        return null;
      }
      const computed = info.kind === 'proportion' ? (100 * numerator) / denominator : numerator / denominator;
      const tolerance = info.kind === 'proportion' ? SHARE_TOLERANCE : Math.abs(computed) * 0.01;
      if (value !== null && Math.abs(value - computed) > tolerance) {
        reject(out, 'figure_mismatch', 'value', `Value ${rawValue} does not match ${numerator} ÷ ${denominator} (${round(computed)}${info.unit === '%' ? '%' : ''})`);
        return null;
      }
      // Counts carry the interval of a share; a mean from a sum and a count has none, only its sample.
      row.value = info.kind === 'proportion' ? null : computed;
      row.numerator = info.kind === 'proportion' ? numerator : null;
      row.denominator = info.kind === 'proportion' ? denominator : null;
      row.sample = info.kind === 'proportion' ? denominator : (sample ?? denominator);
    } else {
      row.value = value;
      row.numerator = null;
      row.denominator = null;
      row.sample = sample;
    }
    common.fill(row, line);
    row.userId = '';
    row.metric = metric;
    return row;
  };

  /** A bare value in the metric's unit, or null with `out` filled. */
  function readValue(raw: string, kind: 'proportion' | 'mean' | 'count', label: string, out: RowOutcome): number | null {
    const signed = raw.endsWith('%');
    if (kind !== 'proportion') {
      if (signed) {
        reject(out, 'figure_out_of_range', 'value', `Value ${raw} is a percentage, but ${label} is not a share`);
        return null;
      }
      const n = parseDecimal(raw, decimalComma);
      if (Number.isNaN(n)) reject(out, 'invalid_number', 'value', `Value ${quote(raw)} is not a number`);
      else if (n < 0) reject(out, 'negative_value', 'value', `Value ${raw} of ${label} is negative`);
      else if (kind === 'count' && !isWhole(n)) reject(out, 'invalid_number', 'value', `Value ${raw} of ${label} is not a whole count`);
      else return n;
      return null;
    }
    const plain = parseDecimal(signed ? raw.slice(0, -1).trimEnd() : raw, decimalComma);
    if (Number.isNaN(plain)) {
      reject(out, 'invalid_number', 'value', `Value ${quote(raw)} is not a number`);
      return null;
    }
    // 0.45 may be 45% or 0.45%: without the file's answer to the scale question it is never read either way.
    if (!signed && scale === null && plain <= 1 && plain !== 0) {
      reject(out, 'figure_out_of_range', 'value', `Value ${raw} of ${label} could be ${round(plain * 100)}% or ${raw}%: say whether the file writes shares as 0–1 or 0–100`);
      return null;
    }
    const n = parsePercent(raw, decimalComma, scale === 'fraction');
    if (n < 0 || n > 100) {
      const shown = scale === 'fraction' && !signed ? `${raw} (${round(n)}% on the 0–1 scale)` : raw;
      reject(out, 'figure_out_of_range', 'value', `Value ${shown} of ${label} is outside 0–100%`);
      return null;
    }
    return n;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
