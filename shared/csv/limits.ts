/** Files above this size are refused before reading a byte (a year of per-output logs is ~100 MB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

/** Bytes read up front to detect encoding, delimiter, header, number and date formats. */
export const SAMPLE_BYTES = 64 * 1024;

/** Rows shown in the import preview table. */
export const PREVIEW_ROWS = 20;

/**
 * A record longer than this many characters means a quote was opened and never closed: the record is
 * cut at the end of its first line and reported, instead of the rest of the file being read into one cell.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * Decoded characters handed to papaparse at a time, and bytes decoded at a time. Small enough that a
 * chunk's parsed records (about 5× the text in memory) die young: with ~1 Mi-character chunks most
 * of them outlived a scavenge and were copied and promoted, and garbage collection took a third of
 * the import. 64 Ki halves papaparse's own time on a 1M-row file; the benchmark's papaparse case
 * uses the same size.
 */
export const PARSE_CHUNK = 1 << 16;

/** Example rows kept per rejection reason in the summary; the count is always complete. */
export const DEFAULT_MAX_EXAMPLES = 50;

/** Accepted rows handed to the sink at a time. */
export const DEFAULT_BATCH_SIZE = 5000;

/** Byte sizes are written by the one formatting module, in the user's locale. */
export { formatBytes } from '../format/format';
