/** Turning detection plus the user's choices into the settings an import runs with, and the questions still open. */
import type { CsvDetection } from './detect';
import { resolveMapping, type ColumnMapping, type LatencyUnit } from './mapping';
import { costUnitOf, type CostUnit } from './cost-unit';
import { figureShareScale, mixedSharesMessage, severityScaleOf } from './kind-questions';
import type { CsvSettings, DateFormat, PercentScale, SeverityScale } from './settings';

/** A question about one setting, with the column it is about; the candidates most likely first. */
interface QuestionAbout<S extends string, V> {
  readonly setting: S;
  readonly header: string;
  readonly message: string;
  readonly candidates: readonly V[];
  readonly examples: readonly string[];
}

export type SettingQuestion =
  | QuestionAbout<'dateFormat', DateFormat>
  | QuestionAbout<'percentScale', PercentScale>
  | QuestionAbout<'severityScale', SeverityScale>
  | QuestionAbout<'latencyUnit', LatencyUnit>
  | QuestionAbout<'costUnit', CostUnit>;

export interface ResolvedSettings {
  readonly settings: CsvSettings;
  /** Open questions: while any remains, the import cannot run (the app never guesses a date order for the user). */
  readonly questions: readonly SettingQuestion[];
}

/**
 * Settings for the mapped columns: the user's answers (`overrides`) win, then unambiguous detection.
 * A mapped date column whose values fit both day-first and month-first, or a percent column whose values
 * all lie within 0–1, leaves its setting null and adds a question.
 */
export function resolveSettings(
  detection: CsvDetection,
  mapping: ColumnMapping,
  overrides: Partial<CsvSettings> = {},
): ResolvedSettings {
  const columns = resolveMapping(mapping, detection.headers);
  const questions: SettingQuestion[] = [];

  let dateFormat: DateFormat | null = null;
  const dateColumn = columns.get('date');
  if (dateColumn !== undefined) {
    const detected = detection.columns[dateColumn]?.date ?? null;
    if (overrides.dateFormat) dateFormat = overrides.dateFormat;
    else if (detected === null) dateFormat = 'iso';
    else if (detected.format !== null) dateFormat = detected.format;
    else {
      const header = detection.headers[dateColumn]!;
      questions.push({
        setting: 'dateFormat',
        header,
        message:
          // "3/5/2026, 10:00 AM" holds a comma itself: such examples are set apart by semicolons.
          `The dates in "${header}" (${detected.examples.join(detected.examples.some((e) => e.includes(',')) ? '; ' : ', ')}) can be read day-first or month-first. ` +
          'Which order does this file use?',
        candidates: detected.candidates,
        examples: detected.examples,
      });
    }
  }

  // A workbook that counts from 1904 says so once, for every serial in it, detected or chosen: the numbers alone cannot tell.
  if (dateFormat === 'excel_serial' && overrides.excelDateSystem === '1904') dateFormat = 'excel_serial_1904';

  let percentScale: PercentScale | null = null;
  const shareColumn = columns.get('editingShare');
  if (shareColumn !== undefined) {
    const detected = detection.columns[shareColumn]?.percent ?? null;
    if (overrides.percentScale) percentScale = overrides.percentScale;
    else if (detected === null) percentScale = 'percent';
    else if (detected.scale !== null) percentScale = detected.scale;
    else {
      const header = detection.headers[shareColumn]!;
      questions.push({
        setting: 'percentScale',
        header,
        message:
          detected.mixed !== undefined
            ? mixedSharesMessage(header, detected.mixed)
            : `Every value in "${header}" (${detected.examples.join(', ')}) lies between 0 and 1, so 0.5 could mean ` +
              'half a percent or fifty percent. Are these fractions (0–1) or percentages (0–100)?',
        candidates: detected.candidates,
        examples: detected.examples,
      });
    }
  }

  // A weekly-figures file: only the values of share metrics speak about the scale (a mean rating of 4.2 does not).
  if (mapping.kind === 'weekly_figures' && columns.has('value')) {
    const answer = figureShareScale(detection, columns);
    if (overrides.percentScale) percentScale = overrides.percentScale;
    else if (answer.question !== null) questions.push({ setting: 'percentScale', header: detection.headers[columns.get('value')!]!, ...answer.question });
    else percentScale = answer.scale;
  }

  let severityScale: SeverityScale | undefined;
  if (mapping.kind === 'incidents' && columns.has('severity')) {
    const answer = severityScaleOf(detection, columns);
    if (overrides.severityScale) severityScale = overrides.severityScale;
    else if (answer.question !== null) questions.push({ setting: 'severityScale', header: detection.headers[columns.get('severity')!]!, ...answer.question });
    else if (answer.scale !== null) severityScale = answer.scale;
  }

  let costUnit: CostUnit | undefined;
  if (mapping.kind === 'operations' && columns.has('cost')) {
    const answer = costUnitOf(detection, columns);
    if (overrides.costUnit) costUnit = overrides.costUnit;
    else if (answer.question !== null) questions.push({ setting: 'costUnit', header: detection.headers[columns.get('cost')!]!, ...answer.question });
    else if (answer.scale !== null) costUnit = answer.scale;
  }

  const extraHeaderRows = overrides.extraHeaderRows ?? detection.extraHeaderRows ?? 0;
  return {
    settings: {
      encoding: overrides.encoding ?? detection.encoding,
      delimiter: overrides.delimiter ?? detection.delimiter,
      hasHeader: overrides.hasHeader ?? detection.hasHeader,
      decimalComma: overrides.decimalComma ?? detection.decimalComma,
      dateFormat,
      percentScale,
      ...((overrides.skipTop ?? detection.skipTop) ? { skipTop: overrides.skipTop ?? detection.skipTop } : {}),
      ...((overrides.skipBottom ?? detection.skipBottom) ? { skipBottom: overrides.skipBottom ?? detection.skipBottom } : {}),
      // Kept even at 0, so the import does not detect header lines the user said are data.
      ...(extraHeaderRows > 0 || overrides.extraHeaderRows !== undefined ? { extraHeaderRows } : {}),
      ...(overrides.fileStage !== undefined ? { fileStage: overrides.fileStage } : {}),
      ...(severityScale !== undefined ? { severityScale } : {}),
      ...(overrides.latencyUnit !== undefined && columns.has('latency') ? { latencyUnit: overrides.latencyUnit } : {}),
      // Cents are written down, and whole units when the user answered them: the import, given these settings, must not
      // ask again (a plain cost column is read in whole units without a word, as it always was).
      ...(costUnit === 'cents' || (costUnit !== undefined && overrides.costUnit !== undefined) ? { costUnit } : {}),
    },
    questions,
  };
}
