/**
 * Scale questions of the issue-10 kinds, asked like the editing-share scale: the share values of a
 * weekly-figures file (0.45 could be 45% or 0.45%) and the numbered levels of an incidents file (is P1
 * the most severe, or is there a P0?). Never answered by a guess.
 */
import { metricInfo } from '../model/metrics';
import type { CsvDetection } from './detect';
import { metricFromText } from './metric-names';
import { numberedLevels } from './severity-words';
import type { PercentScale, SeverityScale } from './settings';
import { detectPercentScale, type PercentDetection } from './value-detect';
import { trimCell } from './values';

export interface ScaleAnswer<S> {
  /** The scale the values prove, or null when they fit more than one (then `question` says why). */
  readonly scale: S | null;
  readonly question: { readonly message: string; readonly candidates: readonly S[]; readonly examples: readonly string[] } | null;
}

/** The question for a share column written in several forms ("12%", "0.12", "8"): either answer leaves some rows to check. */
export function mixedSharesMessage(header: string, mixed: NonNullable<PercentDetection['mixed']>): string {
  const { fraction, whole, signed } = mixed;
  const forms = [signed !== null ? `with a % sign (${signed})` : null, `as a fraction (${fraction})`, whole !== null ? `as a bare number (${whole})` : null];
  const asFraction = `${Math.round(Number(fraction.replace(',', '.')) * 1000) / 10}%`;
  const wholeDoubt = whole !== null ? `, nor whether ${whole} means ${whole}% or ${whole}00% (read as a fraction, then refused)` : '';
  return (
    `"${header}" writes its shares in more than one form: ${forms.filter((f) => f !== null).join(', ')}. ` +
    `The app cannot tell whether ${fraction} means ${fraction}% or ${asFraction} (a fraction of 1)${wholeDoubt}. ` +
    'Are the numbers without a % sign percentages (0–100) or fractions (0–1)? Rows written the other way will read wrong: check the file first.'
  );
}

/** The percent scale of a weekly-figures file's values, judged on the rows whose metric is a share. */
export function figureShareScale(detection: CsvDetection, columns: ReadonlyMap<string, number>): ScaleAnswer<PercentScale> {
  const iValue = columns.get('value');
  const iMetric = columns.get('metric');
  if (iValue === undefined || iMetric === undefined) return { scale: null, question: null };
  const shares = detection.rows
    .filter((r) => {
      const metric = metricFromText(trimCell(r[iMetric]));
      return metric !== null && metricInfo[metric].kind === 'proportion';
    })
    .map((r) => trimCell(r[iValue]))
    .filter((v) => v !== '');
  const detected = detectPercentScale(shares, detection.decimalComma);
  if (detected === null) return { scale: null, question: null };
  if (detected.scale !== null) return { scale: detected.scale, question: null };
  const header = detection.headers[iValue]!;
  return {
    scale: null,
    question: {
      message:
        detected.mixed !== undefined
          ? mixedSharesMessage(header, detected.mixed)
          : `Every share in "${header}" (${detected.examples.join(', ')}) lies between 0 and 1, so 0.45 could mean 45% or ` +
            'less than half a percent (an error rate of 0.45%). Are the shares written as fractions (0–1) or as percentages (0–100)?',
      candidates: detected.candidates,
      examples: detected.examples,
    },
  };
}

/** The scale of an incidents file's numbered levels (P1, Sev2, 3). */
export function severityScaleOf(detection: CsvDetection, columns: ReadonlyMap<string, number>): ScaleAnswer<SeverityScale> {
  const iSeverity = columns.get('severity');
  if (iSeverity === undefined) return { scale: null, question: null };
  const levels = numberedLevels(detection.rows.map((r) => trimCell(r[iSeverity])).filter((v) => v !== ''));
  if (!levels.any) return { scale: null, question: null };
  if (levels.zero) return { scale: 'from_0', question: null };
  const header = detection.headers[iSeverity]!;
  return {
    scale: null,
    question: {
      message:
        `"${header}" holds numbered levels (${levels.examples.join(', ')}) and no level 0. Is level 1 the most severe ` +
        '(1 critical, 2 high, 3 medium, 4 low), or does your tool have a level 0 above it (0 critical, 1 high, 2 medium, 3 low)?',
      candidates: ['from_1', 'from_0'],
      examples: levels.examples,
    },
  };
}
