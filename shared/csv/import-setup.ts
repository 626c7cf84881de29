/**
 * How an import starts: what the first bytes settle (settings, mapping) and what the header settles
 * (column names, width, the row builder). Both throw `CsvFailure` with the reason the import cannot go on.
 */
import { detectCsv, type CsvDetection } from './detect';
import { generatedHeaders, normaliseHeaders, type HeaderNote } from './headers';
import type { ImportOptions } from './import-types';
import type { ImportKind } from './kinds';
import { SAMPLE_BYTES } from './limits';
import { guessMapping, mappingProblems, resolveMapping, type ColumnMapping } from './mapping';
import { resolveSettings } from './resolve';
import { createRowBuilder, type RowBuilder, type RowContext } from './row-builders';
import { CsvFailure, type CsvSettings } from './settings';
import { readWhole } from './split-rule';
import { trimCell } from './values';

export interface ImportSetup {
  readonly detection: CsvDetection;
  readonly mapping: ColumnMapping;
  readonly settings: CsvSettings;
}

/**
 * Detects the file's shape from its first bytes (at most `SAMPLE_BYTES` are read; `complete`: they are
 * the whole file), takes the mapping given or guesses it, and resolves the settings. Refuses a mapping
 * for another kind or with problems, any question left for the user, and a part of a file that must
 * be read whole.
 */
export function settleImport(kind: ImportKind, bytes: Uint8Array, complete: boolean, options: Pick<ImportOptions, 'settings' | 'mapping' | 'part'>): ImportSetup {
  const head = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const detected = detectCsv(head, { complete: complete && head === bytes, overrides: options.settings ?? {} });
  if (!detected.ok) throw new CsvFailure(detected.error.reason, detected.error.message);
  const detection = detected.value;
  const mapping =
    options.mapping ??
    guessMapping(detection.headers, detection.rows, kind, {
      decimalComma: detection.decimalComma,
      ...(detection.headerDetails ? { headerDetails: detection.headerDetails } : {}),
    });
  if (mapping.kind !== kind) throw new CsvFailure('mapping_incomplete', 'The column mapping is for another kind of file.');
  const problems = mappingProblems(mapping, detection.headers);
  if (problems.length > 0) throw new CsvFailure('mapping_incomplete', problems.join(' '), problems);
  const resolved = resolveSettings(detection, mapping, options.settings ?? {});
  if (resolved.questions.length > 0) {
    const messages = resolved.questions.map((q) => q.message);
    throw new CsvFailure('needs_answer', messages.join(' '), messages);
  }
  const whole = options.part === undefined ? null : readWhole(resolved.settings);
  if (whole !== null) throw new CsvFailure('split_refused', whole);
  return { detection, mapping, settings: resolved.settings };
}

export interface ImportColumns<K extends ImportKind> {
  readonly headers: readonly string[];
  readonly headerNotes: readonly HeaderNote[];
  /** Cells a record must have. */
  readonly width: number;
  readonly build: RowBuilder<K>;
}

/** What the row builder takes beside the setup and the columns. */
export type RowOptions<K extends ImportKind> = Omit<RowContext, 'settings' | 'columns' | 'latencyUnit'> & { readonly kind: K };

/**
 * The columns from the file's first record: its header (names normalised, with notes on what was
 * renamed), or generated names for a file without one; the mapping checked against them once more.
 */
export function setUpColumns<K extends ImportKind>(cells: readonly string[], setup: ImportSetup, row: RowOptions<K>): ImportColumns<K> {
  const { settings, mapping, detection } = setup;
  const normalised = settings.hasHeader ? normaliseHeaders(cells.map(trimCell)) : null;
  const headers = normalised?.names ?? generatedHeaders(detection.width);
  const problems = mappingProblems(mapping, headers);
  if (problems.length > 0) throw new CsvFailure('mapping_incomplete', problems.join(' '), problems);
  const build = createRowBuilder({ ...row, settings, columns: resolveMapping(mapping, headers), latencyUnit: mapping.latencyUnit });
  return { headers, headerNotes: normalised?.notes ?? [], width: normalised ? cells.length : detection.width, build };
}
