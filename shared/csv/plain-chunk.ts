/**
 * The import's fast path through a chunk of CSV text: nearly every export quotes a cell only to hold a
 * delimiter, a quote mark or a line break, and closes the quote right before a delimiter or line end.
 * For such text this gives exactly what papaparse gives (same records, same cells, same end of the last
 * whole record) and, as it goes, the line every record starts on — so the text is read once, not once
 * by the parser and again to count lines. Anything else (spaces or text after a closing quote, a quote
 * never closed at the end of the file) returns null, and the caller parses the chunk with papaparse and
 * its recovery rules, as before: the fast path never decides a doubtful case.
 */

export interface PlainChunk {
  /** Whole records, cells as in the text (quotes removed, `""` read as `"`), untrimmed. */
  readonly records: string[][];
  /** Where the text not yet parsed starts: the unfinished last record (all of the text when `final`). */
  readonly cursor: number;
  /** `lines[i]`: the line record i starts on; null when that is `firstLine + i` for every record. */
  readonly lines: number[] | null;
  /** The line the text at `cursor` starts on. */
  readonly nextLine: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses `text` (line breaks already `\n` or `\r\n`), whose first record starts on line `firstLine`.
 * Unless `final`, the last record is left unparsed when the text could end inside it, as papaparse's
 * `ignoreLastRow` does. A final text ending in a line break has no empty record after it.
 */
export function parsePlainChunk(text: string, final: boolean, delimiter: string, firstLine: number): PlainChunk | null {
  const length = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const records: string[][] = [];
  let lines: number[] | null = null;
  let line = firstLine;
  let pos = 0;
  let cursor = 0;
  let width = 0;
  // The first delimiter and the first line break at or after `pos` (-1: none left), as papaparse keeps them.
  let nextDelimiter = text.indexOf(delimiter);
  let nextBreak = text.indexOf('\n');

  records: while (pos < length) {
    const recordLine = line;
    // A file's records have one width: an array of the last record's size is allocated once, never grown.
    const cells: string[] = width === 0 ? [] : new Array<string>(width);
    let count = 0;
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let close = pos;
        let escaped = false;
        for (;;) {
          close = text.indexOf('"', close + 1);
          if (close === -1) {
            // Never closed: at the end of the file that is papaparse's case; otherwise the record goes on in the next chunk.
            if (final) return null;
            line = recordLine;
            break records;
          }
          if (close + 1 < length && text.charCodeAt(close + 1) === QUOTE) {
            escaped = true;
            close++;
            continue;
          }
          break;
        }
        // Line breaks inside the quoted cell: each moves the next record one line further down.
        while (nextBreak !== -1 && nextBreak < close) {
          line++;
          nextBreak = text.indexOf('\n', nextBreak + 1);
        }
        const value = escaped ? text.substring(pos + 1, close).replaceAll('""', '"') : text.substring(pos + 1, close);
        const after = close + 1 < length ? text.charCodeAt(close + 1) : -1;
        if (after === delimiterCode) {
          cells[count++] = value;
          pos = close + 2;
          if (nextDelimiter !== -1 && nextDelimiter < pos) nextDelimiter = text.indexOf(delimiter, pos);
          continue;
        }
        if (after === LF || (after === CR && close + 2 < length && text.charCodeAt(close + 2) === LF)) {
          cells[count++] = value;
          pos = close + (after === LF ? 2 : 3);
          line++;
          nextBreak = text.indexOf('\n', pos);
          if (nextDelimiter !== -1 && nextDelimiter < pos) nextDelimiter = text.indexOf(delimiter, pos);
          break;
        }
        if (after === -1) {
          // The closing quote is the last character: the record may go on in the next chunk.
          if (!final) {
            line = recordLine;
            break records;
          }
          cells[count++] = value;
          pos = length;
          line++;
          break;
        }
        // Anything else after a closing quote: papaparse's rules (and the caller's recovery) decide.
        return null;
      }
      if (nextDelimiter !== -1 && (nextDelimiter < nextBreak || nextBreak === -1)) {
        cells[count++] = text.substring(pos, nextDelimiter);
        pos = nextDelimiter + 1;
        nextDelimiter = text.indexOf(delimiter, pos);
        continue;
      }
      if (nextBreak !== -1) {
        cells[count++] = text.substring(pos, nextBreak);
        pos = nextBreak + 1;
        line++;
        nextBreak = text.indexOf('\n', pos);
        break;
      }
      // The last line has no line break: whole only at the end of the file.
      if (!final) {
        line = recordLine;
        break records;
      }
      cells[count++] = text.substring(pos);
      pos = length;
      line++;
      break;
    }
    if (count !== cells.length) cells.length = count;
    width = count;
    const index = records.length;
    records.push(cells);
    cursor = pos;
    if (lines !== null) lines.push(recordLine);
    else if (recordLine !== firstLine + index) {
      lines = new Array<number>(index + 1);
      for (let k = 0; k < index; k++) lines[k] = firstLine + k;
      lines[index] = recordLine;
    }
  }
  return { records, cursor: final ? length : cursor, lines, nextLine: line };
}
