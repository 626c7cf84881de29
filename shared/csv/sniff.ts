import type { CsvEncoding } from './settings';

export interface EncodingGuess {
  readonly encoding: CsvEncoding;
  /** The file starts with a byte order mark (which is not part of the text). */
  readonly bom: boolean;
  /**
   * The sample held no byte above 0x7F, so UTF-8 and Windows-1252 read it alike; the stream decoder
   * settles the question at the first such byte (see decode.ts).
   */
  readonly asciiOnly: boolean;
}

/**
 * Guesses the encoding from the first bytes: a BOM decides; otherwise a NUL in every other byte means
 * UTF-16 without BOM; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252.
 */
export function detectEncoding(sample: Uint8Array): EncodingGuess {
  const b0 = sample[0], b1 = sample[1], b2 = sample[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true, asciiOnly: false };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true, asciiOnly: false };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true, asciiOnly: false };

  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bom: false, asciiOnly: false };

  let high = false;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! >= 0x80) {
      high = true;
      break;
    }
  }
  if (!high) return { encoding: 'utf-8', bom: false, asciiOnly: true };
  return { encoding: isUtf8(sample) ? 'utf-8' : 'windows-1252', bom: false, asciiOnly: false };
}

/** True when the bytes are valid UTF-8, allowing a sequence cut off at the end of the sample. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Text in Latin script saved as UTF-16 has a zero in every high byte: zeros at odd offsets (LE) or even ones (BE). */
function guessUtf16WithoutBom(sample: Uint8Array): CsvEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const signatures: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook (.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls) or another Office file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
];

/**
 * Returns a plain-language reason when the decoded sample is not text at all (a workbook, an image,
 * random bytes) or not a table (a web page), or null. A few NUL bytes inside cells do not make a file binary: they are removed later.
 */
export function binaryReason(sample: Uint8Array, text: string): string | null {
  for (const sig of signatures) {
    if (sig.bytes.every((b, i) => sample[i] === b)) {
      const hint = sig.what.includes('Excel') ? ' Open it in Excel and save it as "CSV UTF-8" first.' : '';
      return `This file is ${sig.what}, not a CSV file.${hint}`;
    }
  }
  // A web page saved under a .csv name (the page showing the file, saved from the browser instead of the file itself):
  // read as a table, its "<!DOCTYPE html>" would be the header and its tags the rows.
  if (/^\uFEFF?\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024))) {
    return 'This file is a web page (HTML), not a CSV file: it was probably saved from the browser page that shows the file. Download the file itself and import that.';
  }
  const n = Math.min(text.length, 65536);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return occur in real text.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd) control++;
  }
  if (control > 2 && control > n * 0.05) {
    return 'This file does not look like text: it is full of control characters. Choose a CSV file (comma- or semicolon-separated text).';
  }
  return null;
}
