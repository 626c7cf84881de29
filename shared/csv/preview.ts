/** The import screen's first look at a file: detected settings, proposed kind and mapping, questions, parsed rows. */
import { detectCsv, type CsvDetection } from './detect';
import type { HeaderNote } from './headers';
import { localToday, noDataMessage, tooLargeMessage } from './import-notes';
import { sampledRequestsWarning } from './sampled-requests';
import { seriesWithoutRequestsWarning } from './metric-series';
import { scoreAsVerdictWarning } from './score-verdicts';
import { repeatedIdWarning } from './incident-ids';
import { unfinishedResponsesWarning } from './survey-unfinished';
import { checkRecord } from './record-check';
import type { ImportKind, RowByKind } from './kinds';
import { MAX_IMPORT_BYTES, PREVIEW_ROWS, SAMPLE_BYTES } from './limits';
import type { FieldEvidence } from './column-evidence';
import { scoreKinds, type KindSuggestion } from './kind-scoring';
import { columnFacts, guessMappingWithEvidence, mappingProblems, readField, resolveMapping, type ColumnMapping } from './mapping';
import type { RejectCode } from './reasons';
import { latencyUnitFromHeader, latencyUnitQuestion } from './latency-unit';
import { resolveSettings, type SettingQuestion } from './resolve';
import { stageCalendar, type StageInput } from '../metrics/stage-calendar';
import { dayFromIso } from '../model/day-number';
import { checkPlausibility, type Plausibility } from './plausibility';
import { tenPointBlock } from './rating-scale';
import { latencyBlock } from './latency-scale';
import { unreadActivityFlag, unreadUseCounts } from './activity-flag';
import { createRowBuilder, newOutcome, type StageRef } from './row-builders';
import { placeProblems, placeRow } from './row-place';
import { foreignEncodingWarning } from './foreign-encoding';
import { isSummaryRow } from './line-skips';
import { mixedZonesWarning } from './time-zones';
import { severalRunsWarning } from './several-runs';
import { severalQuestionsWarning } from './several-questions';
import { weekAlignmentWarning } from './week-alignment';
import { turnedDownWarning } from './incident-status';
import { tryOutResponsesWarning } from './survey-status';
import { ratedAgentsWarning } from './rated-agents';
import { unusedColumns, type UnusedColumn } from './unused-columns';
import { csvFail, type CsvResult, type CsvSettings } from './settings';

export interface PreviewOptions {
  /** The kind the user chose; when missing, the kind the evidence proves (or none: the user is asked). */
  readonly kind?: ImportKind;
  /** The mapping as the user edited it; guessed when missing. */
  readonly mapping?: ColumnMapping;
  /** A mapping remembered for this plan, preferred when guessing (for its own kind). */
  readonly remembered?: ColumnMapping | null;
  /** The plan's remembered mappings, one per kind. */
  readonly rememberedByKind?: Partial<Record<ImportKind, ColumnMapping>> | null;
  /** The user's choices and answers (delimiter, header, date format, …). */
  readonly settings?: Partial<CsvSettings>;
  readonly stages?: readonly StageRef[];
  /** The plan's stages with dates, durations and enrolment: for where each row lands and the plausibility checks. */
  readonly planStages?: readonly StageInput[];
  readonly today?: string;
  /** Size of the whole file, to refuse an oversized one and to know whether the sample is all of it. */
  readonly totalBytes?: number;
  readonly rows?: number;
}

export interface PreviewRow<K extends ImportKind = ImportKind> {
  readonly line: number;
  /** Trimmed cells as in the file. */
  readonly cells: readonly string[];
  /** The typed row the import would store, or null (rejected, or the preview is not ready). */
  readonly row: RowByKind[K] | null;
  readonly rejection: { readonly code: RejectCode; readonly field: string | null; readonly message: string } | null;
  /** Where an accepted row will count: "Pilot, week 2", or why nowhere; null without plan stages or for test results. */
  readonly lands: string | null;
  /** Why the import will skip this row (a totals row), or null. */
  readonly skipped: string | null;
}

/** Asked when rows would land in no stage: which stage the file belongs to, or "by date". */
export interface StageQuestion {
  readonly message: string;
  /** Stage names to choose from. */
  readonly stages: readonly string[];
  /** Rows carry dates, so "by date" is a possible answer. */
  readonly byDate: boolean;
  /** The user's answer: a stage name, '' for by date; undefined while unanswered (the import waits). */
  readonly answer: string | undefined;
}

export interface CsvPreview {
  readonly detection: CsvDetection;
  /** Settings to pass to `runImport` once `ready`. */
  readonly settings: CsvSettings;
  readonly questions: readonly SettingQuestion[];
  /** The kind the preview is built for: the user's choice, the proven suggestion, or (until chosen) the best guess. */
  readonly kind: ImportKind;
  /** False while the evidence did not prove the kind and the user has not chosen one: the import cannot run. */
  readonly kindChosen: boolean;
  readonly kindSuggestion: KindSuggestion;
  /** Why each mapped field reads its column (empty for a mapping the user edited). */
  readonly mappingEvidence: readonly FieldEvidence[];
  readonly mapping: ColumnMapping;
  readonly mappingProblems: readonly string[];
  readonly headers: readonly string[];
  readonly headerNotes: readonly HeaderNote[];
  /** The columns the import will not read, each with why (shown under the mapping). */
  readonly unusedColumns: readonly UnusedColumn[];
  readonly rows: readonly PreviewRow[];
  /** Sampled data rows checked (more than `rows` shows). */
  readonly sampledRows: number;
  readonly plausibility: Plausibility;
  readonly stageQuestion: StageQuestion | null;
  /** No open question and a complete mapping: the import can run (warnings still need confirming). */
  readonly ready: boolean;
}

/**
 * Reads the first bytes of a file (up to 64 KB; pass `totalBytes` so the last line of a small file counts)
 * and returns everything the import screen shows before importing. Call again with the user's changes.
 */
export function previewCsv(sample: Uint8Array, options: PreviewOptions = {}): CsvResult<CsvPreview> {
  if (options.totalBytes !== undefined && options.totalBytes > MAX_IMPORT_BYTES) {
    return csvFail('too_large', tooLargeMessage(options.totalBytes));
  }
  const bytes = sample.length > SAMPLE_BYTES ? sample.subarray(0, SAMPLE_BYTES) : sample;
  const complete = options.totalBytes !== undefined ? bytes.length >= options.totalBytes : sample.length <= SAMPLE_BYTES;
  const detected = detectCsv(bytes, { complete, overrides: options.settings ?? {} });
  if (!detected.ok) return detected;
  const detection = detected.value;

  // Without totals rows, as the column profiles: AWS Cost Explorer's "Service total" is no date.
  const facts = columnFacts(detection.headers, detection.rows.filter((row) => !isSummaryRow(row)), detection.decimalComma, detection.columns, detection.headerDetails);
  const remembered: Partial<Record<ImportKind, ColumnMapping>> = { ...(options.rememberedByKind ?? {}) };
  if (options.remembered) remembered[options.remembered.kind] = options.remembered;
  const kindSuggestion = scoreKinds(facts, remembered, detection.decimalComma);
  const chosen = options.kind ?? options.mapping?.kind ?? kindSuggestion.kind;
  const kind = chosen ?? kindSuggestion.best;
  const guessed =
    options.mapping && options.mapping.kind === kind ? null : guessMappingWithEvidence(facts, kind, remembered[kind] ?? null, detection.decimalComma);
  const proposed = guessed ? guessed.mapping : options.mapping!;
  const problems = mappingProblems(proposed, detection.headers);
  const resolved = resolveSettings(detection, proposed, options.settings ?? {});
  const { settings } = resolved;
  // A latency column that names no unit is asked about here, in the wizard; the import reads the unit from the
  // mapping it is given, which carries the answer.
  const latencyColumn = resolveMapping(proposed, detection.headers).get('latency');
  const latency = latencyUnitQuestion(detection, latencyColumn, proposed, remembered[kind] ?? null, settings.latencyUnit);
  const questions: SettingQuestion[] =
    latency === null ? [...resolved.questions] : [...resolved.questions, { setting: 'latencyUnit', header: detection.headers[latencyColumn!]!, ...latency }];
  // The answer is about a column whose header names no unit; a header that names one is never overruled by it.
  const headerUnit = latencyColumn === undefined ? null : latencyUnitFromHeader(detection.headers[latencyColumn]!);
  const mapping = settings.latencyUnit !== undefined && headerUnit === null ? { ...proposed, latencyUnit: settings.latencyUnit } : proposed;

  const count = options.rows ?? PREVIEW_ROWS;
  // Nothing is parsed as a kind the user has not chosen and the evidence did not prove.
  const build =
    chosen !== null && problems.length === 0 && questions.length === 0
      ? createRowBuilder({
          kind,
          settings,
          columns: resolveMapping(mapping, detection.headers),
          latencyUnit: mapping.latencyUnit,
          stages: options.stages ?? null,
          today: options.today ?? localToday(),
          copyStrings: true,
        })
      : null;
  const outcome = newOutcome();
  const planStages = options.planStages ?? [];
  const calendar = planStages.length > 0 && kind !== 'test_results' ? stageCalendar(planStages) : null;
  const verdicts: PreviewRow[] = detection.rows.map((cells, i) => {
    const line = detection.lines[i]!;
    if (isSummaryRow(cells)) return { line, cells, row: null, rejection: null, lands: null, skipped: 'a total or summary row' };
    if (!build) return { line, cells, row: null, rejection: null, lands: null, skipped: null };
    const verdict = checkRecord(cells, detection.width, detection.problems.get(i), outcome);
    const row = verdict === 'reject' ? null : build(cells, line, outcome);
    let lands: string | null = null;
    if (row !== null && calendar !== null) {
      const place = placeRow(row as RowByKind['usage'], calendar);
      lands = place.problem === null ? `${planStages[place.stage]!.name}, week ${place.week}` : `No stage: the row ${placeProblems[place.problem]}`;
    }
    return {
      line,
      cells,
      row,
      rejection: row === null ? { code: outcome.code, field: outcome.field, message: outcome.message } : null,
      lands,
      skipped: null,
    };
  });
  const checked: Plausibility = build
    ? checkPlausibility({
        kind,
        mapping,
        verdicts: verdicts.filter((v) => v.skipped === null).map((v) => ({ row: v.row, rejection: v.rejection?.message ?? null })),
        stages: planStages,
        complete: detection.complete,
      })
    : { warnings: [], blocked: null };
  const zones = build ? mixedZonesWarning(detection.rows, timeColumns(mapping, detection.headers)) : null;
  const flag = build ? unreadActivityFlag(kind, mapping, facts) : null;
  const sampled = verdicts.filter((v) => v.skipped === null);
  const runs = build ? severalRunsWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const questionsMixed = build ? severalQuestionsWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const turnedDown = build ? turnedDownWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const tryOut = build ? tryOutResponsesWarning(kind, mapping, detection.headers, detection.headerDetails, sampled, detection.complete) : null;
  const unfinishedResponses = build ? unfinishedResponsesWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const ratedAgents = build ? ratedAgentsWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const sampledRequests = build ? sampledRequestsWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const series = build && !checked.warnings.some((w) => w.code === 'aggregates_without_requests') ? seriesWithoutRequestsWarning(kind, mapping, detection.headers, sampled, detection.complete) : null;
  const counts = build && flag === null ? unreadUseCounts(kind, mapping, facts, sampled, detection.decimalComma) : null;
  const weeks = build ? weekAlignmentWarning(kind, readField(mapping, 'date'), sampled, planStages) : null;
  const scores = build ? scoreAsVerdictWarning(kind, mapping, detection.headers, sampled, detection.decimalComma, detection.complete) : null;
  const repeatedIds = build ? repeatedIdWarning(kind, mapping, sampled, detection.complete) : null;
  const garbled = foreignEncodingWarning(detection.encoding, bytes, detection.headers);
  const extra = [garbled, zones, flag, counts, runs, questionsMixed, weeks, turnedDown, tryOut, unfinishedResponses, ratedAgents, sampledRequests, series, scores, repeatedIds].filter((w) => w !== null);
  const ratingColumn = kind === 'satisfaction' ? resolveMapping(mapping, detection.headers).get('rating') : undefined;
  const tenPoint = build && ratingColumn !== undefined ? tenPointBlock(detection.headers[ratingColumn]!, detection.rows, ratingColumn) : null;
  const latencyHeader = readField(mapping, 'latency');
  const latencies = sampled.flatMap((v) => (v.row as { latencySeconds?: number | null } | null)?.latencySeconds ?? []);
  // A file of a header alone (a survey export before anyone answered) is said to have no rows before any column is asked for.
  const noRows = detection.complete && detection.rows.length === 0 ? noDataMessage(detection.hasHeader) : null;
  const refused = noRows ?? tenPoint ?? (latencyHeader === null ? null : latencyBlock(latencyHeader, latencies));
  const plausibility: Plausibility =
    // Refused, the warnings that say what the file holds still show (a survey of several questions, one of them 0–10).
    refused !== null ? { warnings: extra, blocked: refused } : extra.length === 0 ? checked : { ...checked, warnings: [...checked.warnings, ...extra] };
  const stageColumn = resolveMapping(mapping, detection.headers).get('stage');
  const stageQuestion = build ? askStage(verdicts, planStages, stageColumn, settings.fileStage) : null;
  const ready =
    chosen !== null && problems.length === 0 && questions.length === 0 && (stageQuestion === null || stageQuestion.answer !== undefined);

  return {
    ok: true,
    value: {
      detection,
      settings,
      questions,
      kind,
      kindChosen: chosen !== null,
      kindSuggestion,
      mappingEvidence: guessed ? guessed.evidence : evidenceKept(proposed, facts, kind, remembered[kind] ?? null, detection.decimalComma),
      mapping,
      mappingProblems: problems,
      headers: detection.headers,
      headerNotes: detection.headerNotes,
      unusedColumns: unusedColumns(kind, facts, new Set(resolveMapping(mapping, detection.headers).values())),
      rows: verdicts.slice(0, count),
      sampledRows: verdicts.length,
      plausibility,
      stageQuestion,
      ready,
    },
  };
}

/** Header → index of the mapped columns that hold dates or times (the date, an incident's acknowledged and resolved). */
function timeColumns(mapping: ColumnMapping, headers: readonly string[]): Map<string, number> {
  const resolved = resolveMapping(mapping, headers);
  const out = new Map<string, number>();
  for (const field of ['date', 'acknowledged', 'resolved']) {
    const index = resolved.get(field);
    if (index !== undefined) out.set(headers[index]!, index);
  }
  return out;
}

/**
 * A question when accepted rows would land in no stage on their own, because they carry a week but no
 * stage, or a date outside every stage. It stays (with the answer) once answered, so it can be changed.
 */
function askStage(
  verdicts: readonly PreviewRow[],
  stages: readonly StageInput[],
  stageColumn: number | undefined,
  answer: string | undefined,
): StageQuestion | null {
  if (stages.length === 0) return null;
  const calendar = stageCalendar(stages);
  let weekOnly = 0;
  let outside = 0;
  let dated = 0;
  for (const v of verdicts) {
    if (v.row === null || !('week' in v.row)) continue;
    const row = v.row as RowByKind['usage'];
    if (row.date !== null) dated++;
    if (stageColumn !== undefined && (v.cells[stageColumn] ?? '') !== '') continue;
    if (row.date === null) weekOnly++;
    else {
      const day = dayFromIso(row.date);
      if (day === null || calendar.stageOfDay(day) < 0) outside++;
    }
  }
  if (weekOnly + outside === 0) return null;
  const parts: string[] = [];
  if (weekOnly > 0) parts.push(`${weekOnly} ${weekOnly === 1 ? 'row carries' : 'rows carry'} a week number but no stage`);
  if (outside > 0) parts.push(`${outside} ${outside === 1 ? 'row is' : 'rows are'} dated outside every stage`);
  return {
    message: `${parts.join(' and ')}, so ${weekOnly + outside === 1 ? 'it' : 'they'} would count in no stage.`,
    stages: stages.map((s) => s.name),
    byDate: dated > 0,
    answer,
  };
}

/**
 * The reasons for the proposals the user left as they were, once they changed another column: their own choices
 * need none, but a guess they did not touch must still read as a guess ("A guess, please check").
 */
function evidenceKept(
  edited: ColumnMapping,
  facts: Parameters<typeof guessMappingWithEvidence>[0],
  kind: ImportKind,
  remembered: ColumnMapping | null,
  decimalComma: boolean,
): FieldEvidence[] {
  const fields: Readonly<Record<string, string | null | undefined>> = edited.fields;
  return guessMappingWithEvidence(facts, kind, remembered, decimalComma).evidence.filter((e) => fields[e.field] === e.header);
}
