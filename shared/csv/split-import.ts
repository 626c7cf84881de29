/**
 * Reading one file on two threads: the first part (the bytes before a line break near the middle) and
 * the rest are imported apart (`ImportPart`), then merged into the summary a whole-file import gives.
 * Either part refuses (`split_refused`) whenever it cannot be sure of that — a quoted cell spanning the
 * cut, a change of encoding, a header not settled before the cut — and the caller then reads the file
 * whole. A test compares merged and whole-file imports of many generated files, cut at every line.
 */
import { addStreamWarnings, noDataMessage } from './import-notes';
import type { ImportSummary } from './import-types';
import { ReasonTally, type RejectCode, type WarningCode } from './reasons';
import { csvFail, type CsvResult } from './settings';

const LF = 10;
const QUOTE = 34;

/**
 * Where to cut, given `probe` (bytes read at file offset `at`): just after a line break whose line and
 * the next have no quote mark (so the break is unlikely to sit inside a quoted cell; the parts check
 * it). Null when the probe has no such place.
 */
export function chooseCut(probe: Uint8Array, at: number): number | null {
  let lineStart = probe.indexOf(LF);
  if (lineStart === -1) return null;
  lineStart++;
  for (;;) {
    const end = probe.indexOf(LF, lineStart);
    if (end === -1) return null;
    const nextEnd = probe.indexOf(LF, end + 1);
    if (nextEnd === -1) return null;
    const quoteFree = probe.subarray(lineStart, nextEnd).indexOf(QUOTE) === -1;
    if (quoteFree) return at + end + 1;
    lineStart = end + 1;
  }
}

const refused = (why: string): CsvResult<never> => csvFail('split_refused', why);

/**
 * The summary of the whole file from its two parts' summaries (`first` read up to the cut, `rest` from
 * it), exactly as one import of the file would give it; or `split_refused` when the parts' readings of
 * the text could differ from a whole-file reading (a switch to Windows-1252, different encodings).
 */
export function mergeImportParts(first: ImportSummary, rest: ImportSummary, maxExamples: number): CsvResult<ImportSummary> {
  const a = first.part;
  const b = rest.part;
  if (a === undefined || b === undefined) return refused('A summary of a whole file is not a part.');
  if (a.stream.switchedAt !== null || b.stream.switchedAt !== null || a.stream.encoding !== b.stream.encoding) {
    return refused('The parts were read in different encodings.');
  }
  const records = first.records + rest.records;
  if (records === 0) {
    const header = a.headerSeen && a.hasHeader;
    return csvFail(header ? 'no_data' : 'empty', noDataMessage(header));
  }
  const labelOf = (field: string): string => field;
  const rejections = new ReasonTally<RejectCode>(maxExamples, labelOf);
  rejections.absorb(first.rejections);
  rejections.absorb(rest.rejections);
  const warnings = new ReasonTally<WarningCode>(maxExamples, labelOf);
  warnings.absorb(first.warnings);
  warnings.absorb(rest.warnings);
  addStreamWarnings(warnings, {
    nulsRemoved: a.stream.nulsRemoved + b.stream.nulsRemoved,
    replaced: a.stream.replaced + b.stream.replaced,
    switchedAt: null,
    encoding: a.stream.encoding,
  });
  const ranges = [first.dateRange, rest.dateRange].filter((r) => r !== null);
  const { part: _part, ...whole } = first;
  return {
    ok: true,
    value: {
      ...whole,
      bytes: first.bytes + rest.bytes,
      records,
      accepted: first.accepted + rest.accepted,
      rejected: first.rejected + rest.rejected,
      blankLines: first.blankLines + rest.blankLines,
      skipped: first.skipped + rest.skipped,
      rejections: rejections.toArray(),
      warnings: warnings.toArray(),
      dateRange:
        ranges.length === 0
          ? null
          : {
              first: ranges.reduce((min, r) => (r.first < min ? r.first : min), ranges[0]!.first),
              last: ranges.reduce((max, r) => (r.last > max ? r.last : max), ranges[0]!.last),
            },
    },
  };
}
