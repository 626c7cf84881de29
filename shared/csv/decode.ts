import type { CsvEncoding } from './settings';
import { decodeWindows1252 } from './windows-1252';

/** Decodes pushed byte chunks to text; multi-byte sequences split between chunks are carried over. */
export interface StreamDecoder {
  decode(bytes: Uint8Array): string;
  /** Flushes what is left (an incomplete final sequence becomes U+FFFD). */
  end(): string;
  /** The encoding in use now: a UTF-8 guess made on plain-ASCII bytes may turn into Windows-1252. */
  readonly encoding: CsvEncoding;
  /** Characters that could not be decoded and were replaced by U+FFFD. */
  readonly replaced: number;
  /** Byte offset where plain ASCII turned out to be Windows-1252, or null. */
  readonly switchedAt: number | null;
}

/** How many bytes after the first non-ASCII byte are checked to tell UTF-8 from Windows-1252. */
const PROBE_BYTES = 256;

/**
 * Creates a streaming decoder. For `utf-8` without a BOM the text is plain ASCII until the first byte
 * above 0x7F; at that byte the decoder checks whether what follows is valid UTF-8 and otherwise
 * switches to Windows-1252 for the rest. Because both read ASCII alike, nothing decoded so far changes:
 * an English export with one "é" on row 50 000 is read right even though the 64 KB sample was pure ASCII.
 */
/** `midFile`: the first byte pushed is not the file's first (a part of a file read on its own): no byte-order mark to drop. */
export function createStreamDecoder(encoding: CsvEncoding, midFile = false): StreamDecoder {
  switch (encoding) {
    case 'windows-1252':
      return fixed('windows-1252', decodeWindows1252);
    case 'utf-16le':
      return textDecoder('utf-16le');
    case 'utf-16be':
      return utf16be();
    case 'utf-8':
      return adaptiveUtf8(midFile);
  }
}

function fixed(encoding: CsvEncoding, decode: (bytes: Uint8Array) => string): StreamDecoder {
  return { encoding, replaced: 0, switchedAt: null, decode, end: () => '' };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** `ignoreBOM`: keep a U+FEFF at the start of the decoder's input (it is not the file's start). */
function textDecoder(label: 'utf-8' | 'utf-16le', ignoreBOM = false): StreamDecoder & { replaced: number } {
  const decoder = new TextDecoder(label, { ignoreBOM });
  const state = {
    encoding: label as CsvEncoding,
    replaced: 0,
    switchedAt: null,
    decode(bytes: Uint8Array): string {
      const text = decoder.decode(bytes, { stream: true });
      if (text.indexOf('\uFFFD') !== -1) state.replaced += countReplacements(text);
      return text;
    },
    end(): string {
      const text = decoder.decode();
      if (text.indexOf('\uFFFD') !== -1) state.replaced += countReplacements(text);
      return text;
    },
  };
  return state;
}

/** UTF-16BE via byte swapping into the UTF-16LE decoder, which every runtime has. */
function utf16be(): StreamDecoder {
  const le = textDecoder('utf-16le');
  let carry = -1;
  return {
    encoding: 'utf-16be',
    get replaced() {
      return le.replaced;
    },
    switchedAt: null,
    decode(bytes: Uint8Array): string {
      const total = bytes.length + (carry >= 0 ? 1 : 0);
      const even = total & ~1;
      const swapped = new Uint8Array(even);
      let src = 0;
      for (let i = 0; i < even; i += 2) {
        const first = i === 0 && carry >= 0 ? carry : bytes[src++]!;
        swapped[i + 1] = first;
        swapped[i] = bytes[src++]!;
      }
      carry = total > even ? bytes[bytes.length - 1]! : -1;
      return le.decode(swapped);
    },
    end(): string {
      const tail = le.end();
      return carry >= 0 ? tail + '\uFFFD' : tail;
    },
  };
}

/** Index of the first byte above 0x7F, or -1. Reads four bytes at a time where alignment allows. */
export function firstNonAscii(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n && ((bytes.byteOffset + i) & 3) !== 0) {
    if (bytes[i]! & 0x80) return i;
    i++;
  }
  const words = (n - i) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    let k = 0;
    while (k < words && (view[k]! & 0x80808080) === 0) k++;
    i += k * 4;
  }
  for (; i < n; i++) if (bytes[i]! & 0x80) return i;
  return -1;
}

function adaptiveUtf8(midFile: boolean): StreamDecoder {
  // The UTF-8 decoder may first see bytes from the middle of the file (at the first non-ASCII byte):
  // a U+FEFF there is a character, and only the file's own byte-order mark is dropped (below).
  const utf8 = textDecoder('utf-8', true);
  // Plain ASCII cannot hold invalid sequences, so it skips the replacement-character count.
  const ascii = new TextDecoder('utf-8');
  let mode: 'undecided' | 'utf-8' | 'windows-1252' = 'undecided';
  /** Bytes pushed so far (file offset of the next chunk). */
  let offset = 0;
  /** Bytes from the first non-ASCII byte on, kept until enough follow to decide; and where they start. */
  let held: Uint8Array | null = null;
  let heldAt = 0;
  let switchedAt: number | null = null;

  function decide(bytes: Uint8Array, at: number, final: boolean): 'utf-8' | 'windows-1252' | null {
    const window = bytes.subarray(at, Math.min(bytes.length, at + PROBE_BYTES));
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(window, { stream: !final });
    } catch {
      return 'windows-1252';
    }
    // Valid so far, but the chunk ended before the whole probe: wait for more bytes, so that the
    // choice never depends on where the file happened to be cut into chunks (or into two parts).
    if (!final && window.length < PROBE_BYTES) return null;
    return 'utf-8';
  }

  function run(input: Uint8Array, final: boolean): string {
    let bytes = input;
    let start = offset;
    offset += input.length;
    if (held) {
      bytes = new Uint8Array(held.length + input.length);
      bytes.set(held);
      bytes.set(input, held.length);
      start = heldAt;
      held = null;
    }
    if (mode === 'utf-8') return utf8.decode(bytes);
    if (mode === 'windows-1252') return decodeWindows1252(bytes);
    // The file's byte-order mark settles it, and is dropped.
    if (!midFile && start === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      mode = 'utf-8';
      return utf8.decode(bytes.subarray(3));
    }
    // Plain ASCII decodes to one character per byte and no U+FFFD (a multi-byte sequence gives fewer
    // characters, a byte that is not UTF-8 gives U+FFFD, a BOM is dropped): one native pass, no byte scan.
    // Only the chunk where the first non-ASCII byte turns up is decoded twice.
    const text = ascii.decode(bytes);
    if (text.length === bytes.length && text.indexOf('\uFFFD') === -1) return text;
    const at = firstNonAscii(bytes);
    if (at === -1) return text;
    const choice = decide(bytes, at, final);
    const prefix = at > 0 ? ascii.decode(bytes.subarray(0, at)) : '';
    if (choice === null) {
      held = bytes.slice(at);
      heldAt = start + at;
      return prefix;
    }
    mode = choice;
    if (choice === 'utf-8') return prefix + utf8.decode(bytes.subarray(at));
    switchedAt = start + at;
    return prefix + decodeWindows1252(bytes.subarray(at));
  }

  return {
    get encoding() {
      return mode === 'windows-1252' ? 'windows-1252' : 'utf-8';
    },
    get replaced() {
      return utf8.replaced;
    },
    get switchedAt() {
      return switchedAt;
    },
    decode: (bytes) => run(bytes, false),
    end(): string {
      const rest = held ? run(new Uint8Array(0), true) : '';
      return mode === 'windows-1252' ? rest : rest + utf8.end();
    },
  };
}
