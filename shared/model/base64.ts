/**
 * Standard base64 (RFC 4648, with padding) for the bytes embedded in a plan file. Written here
 * rather than taken from the platform because shared/ runs where there is no Buffer, and `btoa`
 * needs a "binary string" of the whole input first, which for tens of megabytes of rows is
 * slow and can exceed the engine's string limits.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='

const encodeTable = new Uint8Array(64);
for (let i = 0; i < 64; i += 1) encodeTable[i] = ALPHABET.charCodeAt(i);

/**
 * Two output characters per 12 bits, as one 16-bit store: twice as fast as one character at a
 * time. The pair is laid out for the platform's byte order, since it is written through a
 * Uint16Array over the output bytes.
 */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const pairTable = new Uint16Array(4096);
for (let i = 0; i < 4096; i += 1) {
  const first = encodeTable[i >>> 6]!;
  const second = encodeTable[i & 63]!;
  pairTable[i] = littleEndian ? first | (second << 8) : (first << 8) | second;
}

/** Char code → 6-bit value; 255 for every character that is not in the alphabet. */
const decodeTable = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i += 1) decodeTable[ALPHABET.charCodeAt(i)] = i;

/** Bytes per encoded chunk (a multiple of 3, so only the last chunk is padded): 3 MB in, 4 MB of text out. */
const CHUNK_BYTES = 3 * 1024 * 1024;

const asciiDecoder = new TextDecoder('utf-8');

/** Encodes bytes[start, end) into `out` (room for it, a multiple of 4 long); returns the characters written. */
function encodeInto(bytes: Uint8Array, start: number, end: number, out: Uint8Array): number {
  const out16 = new Uint16Array(out.buffer, out.byteOffset, out.byteLength >>> 1);
  let o = 0;
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out16[o >>> 1] = pairTable[n >>> 12]!;
    out16[(o >>> 1) + 1] = pairTable[n & 4095]!;
    o += 4;
  }
  const rest = end - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o] = encodeTable[n >>> 18]!;
    out[o + 1] = encodeTable[(n >>> 12) & 63]!;
    out[o + 2] = rest === 2 ? encodeTable[(n >>> 6) & 63]! : PAD;
    out[o + 3] = PAD;
    o += 4;
  }
  return o;
}

/**
 * Encodes bytes as base64, one ASCII byte per character, in pieces of at most 4 MB: what a plan
 * file is built from without ever holding the whole text as one string (a Blob or a file
 * stream takes the pieces as they are).
 */
export function encodeBase64Parts(bytes: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const end = Math.min(start + CHUNK_BYTES, bytes.length);
    const out = new Uint8Array(Math.ceil((end - start) / 3) * 4);
    encodeInto(bytes, start, end, out);
    parts.push(out);
  }
  return parts;
}

/** Encodes bytes as base64 text. Works in chunks, so the peak memory stays near the size of the result. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Room for one chunk, padding included; a multiple of 4, so the 16-bit view covers it exactly.
  const out = new Uint8Array((Math.floor(Math.min(bytes.length, CHUNK_BYTES) / 3) + 1) * 4);
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const end = Math.min(start + CHUNK_BYTES, bytes.length);
    // The output is pure ASCII, which UTF-8 decodes byte for byte (and fast).
    parts.push(asciiDecoder.decode(out.subarray(0, encodeInto(bytes, start, end, out))));
  }
  return parts.join('');
}

/**
 * Decodes base64 text, strictly: only the standard alphabet, no whitespace, a length that is a
 * multiple of 4 and padding only at the end. Returns null for anything else, so damaged text
 * is refused rather than turned into different bytes.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const length = text.length;
  if (length % 4 !== 0) return null;
  if (length === 0) return new Uint8Array(0);
  const padding = text.charCodeAt(length - 1) === PAD ? (text.charCodeAt(length - 2) === PAD ? 2 : 1) : 0;
  const bytes = new Uint8Array((length / 4) * 3 - padding);
  const full = length - (padding > 0 ? 4 : 0);
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    // A code above 255 reads as undefined, and 255 marks a character outside the alphabet: either way above 63.
    const a = decodeTable[text.charCodeAt(i)] ?? 255;
    const b = decodeTable[text.charCodeAt(i + 1)] ?? 255;
    const c = decodeTable[text.charCodeAt(i + 2)] ?? 255;
    const d = decodeTable[text.charCodeAt(i + 3)] ?? 255;
    if ((a | b | c | d) > 63) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o] = n >>> 16;
    bytes[o + 1] = (n >>> 8) & 255;
    bytes[o + 2] = n & 255;
    o += 3;
  }
  if (padding > 0) {
    const a = decodeTable[text.charCodeAt(full)] ?? 255;
    const b = decodeTable[text.charCodeAt(full + 1)] ?? 255;
    const c = padding === 1 ? (decodeTable[text.charCodeAt(full + 2)] ?? 255) : 0;
    if ((a | b | c) > 63) return null;
    // The bits below the last byte must be zero, or two different texts would give the same bytes.
    if (padding === 2 ? (b & 15) !== 0 : (c & 3) !== 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6);
    bytes[o] = n >>> 16;
    if (padding === 1) bytes[o + 1] = (n >>> 8) & 255;
  }
  return bytes;
}
