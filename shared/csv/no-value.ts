/** A tool's word for "no value" in a cell, and a measured cell read with it as empty. */
import { trimCell } from './values';

/**
 * Whether a cell holds a tool's word for "no value": Grafana and ServiceNow write `null`, pandas `NaN`, Python
 * `None`, Excel `#N/A`, a database dump `\N`, `?`. Where an empty cell means "not reported", such a cell is empty too:
 * a Grafana row with no latency at 14:15 still has its cost, and a ServiceNow incident whose description is `null`
 * has no description. Never applied to ids or answers (an expected answer may be the word "null").
 */
export function isNoValue(cell: string): boolean {
  const n = cell.length;
  // `?`: the UCI copy of ServiceNow's incident log marks a missing time so; `\N`: MySQL and PostgreSQL dumps' NULL.
  if (n === 1) return cell === '?';
  if (n === 2) return cell === '\\N';
  if (n < 3 || n > 4) return false;
  const lower = cell.toLowerCase();
  return lower === 'null' || lower === 'none' || lower === 'nan' || lower === 'n/a' || lower === '#n/a';
}

/** A trimmed cell of a measured field, with a tool's "no value" word (`isNoValue`) read as empty. */
export function valueCell(cell: string | undefined): string {
  const trimmed = trimCell(cell);
  return isNoValue(trimmed) ? '' : trimmed;
}

/**
 * The rows whose group or stage cell holds a tool's no-value word (`isNoValue`), read as no group or no stage. Counted
 * on the rare path only (a cell already known to be such a word), and said once per file in the import's summary.
 */
export class NoValueCells {
  group = 0;
  stage = 0;
  /** The first word seen, and whether another one was seen too. */
  groupWord = '';
  stageWord = '';
  groupWords = 0;
  stageWords = 0;

  sawGroup(word: string): void {
    if (this.group++ === 0) this.groupWord = word;
    else if (word !== this.groupWord) this.groupWords = 2;
  }

  sawStage(word: string): void {
    if (this.stage++ === 0) this.stageWord = word;
    else if (word !== this.stageWord) this.stageWords = 2;
  }
}
