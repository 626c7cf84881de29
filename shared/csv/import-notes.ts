/** What an import says beside its rows: the reading's own warnings, and why a file is too large. */
import { formatCount } from '../format/format';
import { MAX_IMPORT_BYTES, formatBytes } from './limits';
import type { ReasonTally, WarningCode } from './reasons';
import type { CsvStreamStats } from './record-stream';
import type { NoValueCells } from './no-value';

/** Local calendar date as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** What the reading itself noticed (NUL characters, undecodable bytes, a switch of encoding), for the whole file. */
export function addStreamWarnings(warnings: ReasonTally<WarningCode>, stats: Pick<CsvStreamStats, 'nulsRemoved' | 'replaced' | 'switchedAt' | 'encoding'>): void {
  if (stats.nulsRemoved > 0) {
    warnings.add('nul_removed', null, 0, `${stats.nulsRemoved} invisible NUL characters were removed from the file.`, [], stats.nulsRemoved);
  }
  if (stats.replaced > 0) {
    warnings.add(
      'undecodable_characters',
      null,
      0,
      `${stats.replaced} characters could not be read in ${stats.encoding} and show as "\uFFFD".`,
      [],
      stats.replaced,
    );
  }
  if (stats.switchedAt !== null) {
    warnings.add(
      'encoding_switched',
      null,
      0,
      `The file is plain ASCII up to byte ${formatCount(stats.switchedAt)} and Windows-1252 after it; it was read as Windows-1252.`,
      [],
    );
  }
}

/** Why a file above `MAX_IMPORT_BYTES` is refused, and what to do. */
export function tooLargeMessage(size: number): string {
  return (
    `This file is ${formatBytes(size)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} one import can take. ` +
    'Split it into smaller files (for example one per quarter).'
  );
}

/** Why a file with no data rows cannot be imported (said by the preview before the import would say it). */
export function noDataMessage(headerOnly: boolean): string {
  return headerOnly ? 'The file has a header row but no data rows.' : 'The file has no data rows.';
}

/**
 * Once per file: how many rows give their group or stage as a tool's no-value word ("null", "N/A"), read as none. The
 * count is of the file's rows (a row rejected for another reason is among them), so the sentence says what they hold.
 */
export function addNoValueWarnings(warnings: ReasonTally<WarningCode>, cells: NoValueCells): void {
  if (cells.group > 0) {
    warnings.add(
      'group_no_value',
      'group',
      0,
      `${formatCount(cells.group)} ${cells.group === 1 ? 'row gives its' : 'rows give their'} group as “${cells.groupWord}”${cells.groupWords > 1 ? ' or another word for no value' : ''}: ` +
        'read as no group, so those rows count in the overall figures and in no group.',
      [],
      cells.group,
    );
  }
  if (cells.stage > 0) {
    warnings.add(
      'stage_no_value',
      'stage',
      0,
      `${formatCount(cells.stage)} ${cells.stage === 1 ? 'row gives its' : 'rows give their'} stage as “${cells.stageWord}”${cells.stageWords > 1 ? ' or another word for no value' : ''}: ` +
        'read as no stage, so each of those rows is placed by its date (or in the stage chosen for the file).',
      [],
      cells.stage,
    );
  }
}
