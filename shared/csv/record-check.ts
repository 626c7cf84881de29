import type { RecordProblem } from './record-stream';
import type { RowOutcome } from './row-builders';
import { trimCell } from './values';

export type RecordVerdict = 'ok' | 'extra_empty_cells' | 'reject';

/**
 * Checks a record's shape before its values: quoting problems and a cell count other than the header's
 * reject it (cells are never shifted to fit); extra cells that are all empty (a trailing delimiter) are tolerated.
 */
export function checkRecord(cells: readonly string[], width: number, problem: RecordProblem | undefined, out: RowOutcome): RecordVerdict {
  if (problem === 'unterminated_quote') {
    out.code = problem;
    out.field = null;
    out.message = 'A quoted cell starting on this line is never closed: the rest of the file was read into it';
    return 'reject';
  }
  if (problem === 'text_after_quote') {
    out.code = problem;
    out.field = null;
    out.message = 'A quoted cell is followed by more text before the next delimiter';
    return 'reject';
  }
  if (cells.length === width) return 'ok';
  if (cells.length < width) {
    out.code = 'too_few_cells';
    out.field = null;
    out.message = `The row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${width}`;
    return 'reject';
  }
  for (let c = width; c < cells.length; c++) {
    if (trimCell(cells[c]) !== '') {
      out.code = 'too_many_cells';
      out.field = null;
      out.message = `The row has ${cells.length} cells; the header has ${width}`;
      return 'reject';
    }
  }
  return 'extra_empty_cells';
}
