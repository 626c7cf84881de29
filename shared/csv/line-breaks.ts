/**
 * Counts line breaks in bytes pushed chunk by chunk, as the CSV stream numbers lines: `\n`, `\r\n` and a
 * lone `\r` are one break each. For encodings where those bytes are never part of another character
 * (UTF-8, Windows-1252; not UTF-16). Used to number the lines of a file's second part without parsing
 * the first (`split-import.ts`), so it must be fast: four bytes at a time (below).
 */
export interface LineBreakCounter {
  add(bytes: Uint8Array): void;
  /** Breaks so far, a `\r` at the very end counted as one (it is, unless a `\n` comes next). */
  readonly count: number;
  /** The last byte added was `\n`: what follows starts a line, and no `\r` is left undecided. */
  readonly endsWithLineFeed: boolean;
}

const LF = 10;
const CR = 13;

interface Tally {
  lf: number;
  cr: number;
  /** `\r\n` pairs. */
  pairs: number;
}

/**
 * Bit 7 of each byte of the result is set where that byte of `word` equals the byte repeated in `pattern`
 * (exact, no borrow between bytes: the classic "has zero byte" test done per byte).
 */
function flags(word: number, pattern: number): number {
  const x = word ^ pattern;
  return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
}

/** Set bits of `f` (only bits 7, 15, 23, 31 can be set). */
function countFlags(f: number): number {
  return Math.imul((f >>> 7) & 0x01010101, 0x01010101) >>> 24;
}

function tallyBytes(bytes: Uint8Array, from: number, to: number, into: Tally, previous: number): void {
  let last = previous;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b === LF) {
      into.lf++;
      if (last === CR) into.pairs++;
    } else if (b === CR) into.cr++;
    last = b;
  }
}

/** Counts `\n`, `\r` and `\r\n` in `bytes`; `previous` is the byte before them (-1: none). */
export function tallyLineBytes(bytes: Uint8Array, previous: number, into: Tally): void {
  const n = bytes.length;
  // Byte by byte up to a 4-byte boundary, then whole words (little-endian: byte k of a word is bits 8k..8k+7).
  let head = (4 - ((bytes.byteOffset & 3) as number)) & 3;
  if (head > n) head = n;
  tallyBytes(bytes, 0, head, into, previous);
  const words = (n - head) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + head, words);
    let lastCr = head > 0 ? bytes[head - 1] === CR : previous === CR;
    for (let k = 0; k < words; k++) {
      const w = view[k]!;
      const lf = flags(w, 0x0a0a0a0a);
      const cr = flags(w, 0x0d0d0d0d);
      if ((lf | cr) === 0) {
        lastCr = false;
        continue;
      }
      into.lf += countFlags(lf);
      into.cr += countFlags(cr);
      // A pair inside the word (a \r flag with a \n flag one byte up), or across from the word before.
      into.pairs += countFlags(cr & (lf >>> 8)) + (lastCr && (lf & 0x80) !== 0 ? 1 : 0);
      lastCr = (cr & 0x80000000) !== 0;
    }
  }
  const tail = head + words * 4;
  tallyBytes(bytes, tail, n, into, tail > 0 ? bytes[tail - 1]! : previous);
}

export function createLineBreakCounter(): LineBreakCounter {
  const tally: Tally = { lf: 0, cr: 0, pairs: 0 };
  let last = -1;
  return {
    add(bytes) {
      if (bytes.length === 0) return;
      tallyLineBytes(bytes, last, tally);
      last = bytes[bytes.length - 1]!;
    },
    get count() {
      return tally.lf + tally.cr - tally.pairs;
    },
    get endsWithLineFeed() {
      return last === LF;
    },
  };
}
