/**
 * Windows-1252 decoding with our own table.
 *
 * Bytes 0x00–0x7F and 0xA0–0xFF are the same code points as Latin-1; only 0x80–0x9F differ
 * (0x80 is "€"). Some runtimes' TextDecoder have decoded these 32 bytes as C1 control characters,
 * turning every euro sign into U+0080, so the table lives here and is tested.
 */

/** Code points of bytes 0x80–0x9F. The five bytes Windows leaves undefined map to themselves, as in the WHATWG table. */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d,
  0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d,
  0x017e, 0x0178,
];

const TABLE = new Uint16Array(256);
for (let i = 0; i < 256; i++) TABLE[i] = i >= 0x80 && i < 0xa0 ? WINDOWS_1252_HIGH[i - 0x80]! : i;

// The mapped code units are handed to the runtime's UTF-16LE decoder, which is fast and has no such bug;
// a Uint16Array is little-endian on every platform Electron and browsers run on, checked here anyway.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = littleEndian ? new TextDecoder('utf-16le') : null;

/** Decodes Windows-1252 bytes. Stateless: every byte is one character, so chunks can be decoded independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const n = bytes.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = TABLE[bytes[i]!]!;
  if (utf16) return utf16.decode(units);
  let text = '';
  for (let i = 0; i < n; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, Math.min(n, i + 8192)));
  }
  return text;
}
