/**
 * A file in an encoding the app does not read. Bytes that are not UTF-8 are read as Windows-1252, where every
 * byte is a character, so a Korean (EUC-KR), Chinese (GBK), Japanese (Shift-JIS) or Cyrillic (Windows-1251) file
 * reads without an error, as accented letters: "만족도" becomes "¸¸Á·µµ". Its numbers stay right, but its headers,
 * names, groups and comments are garbled, and no column can be recognised by its header.
 *
 * Those encodings write their letters as runs of bytes above 0x7F (two per Korean or Chinese character, one per
 * Cyrillic letter within a word), while Western text has an accented letter here and there between plain ones
 * ("Ungenügend", "Größe"). So when most such bytes stand next to another, the file is not Windows-1252.
 */
import type { PlausibilityWarning } from './plausibility';
import type { CsvEncoding } from './settings';

/** Fewer bytes above 0x7F than this say too little either way. */
const MIN_HIGH_BYTES = 8;
/** Share of those bytes that must stand next to another for the text to be taken for another encoding. */
const RUN_SHARE = 0.9;

/** True when the bytes read as Windows-1252 hold their non-ASCII letters in runs, as other encodings write them. */
export function readsAsAnotherEncoding(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1]! >= 0x80) || (i + 1 < bytes.length && bytes[i + 1]! >= 0x80)) inRuns++;
  }
  return high >= MIN_HIGH_BYTES && inRuns >= high * RUN_SHARE;
}

/** The warning shown before importing a file read as Windows-1252 whose text is in another encoding, or null. */
export function foreignEncodingWarning(encoding: CsvEncoding, sample: Uint8Array, headers: readonly string[]): PlausibilityWarning | null {
  if (encoding !== 'windows-1252' || !readsAsAnotherEncoding(sample)) return null;
  const garbled = headers.filter((h) => /[\u0080-\u00ff]/.test(h)).slice(0, 2);
  const shown = garbled.length > 0 ? ` (its headers read as ${garbled.map((h) => `“${h}”`).join(', ')})` : '';
  return {
    code: 'text_unreadable',
    message:
      `Cannot tell what the text of this file says${shown}: it is not saved as UTF-8 or Windows-1252, but in another encoding ` +
      '(Korean, Chinese, Japanese or Cyrillic text is often saved so), which the app does not read. Numbers and dates read right; ' +
      'names, groups and comments would be garbled. Save the file again as UTF-8 (in Excel: Save As, "CSV UTF-8") and import that.',
  };
}
