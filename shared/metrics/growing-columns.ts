import type { DictColumn } from './columns';
import type { StoredDict } from './columnar';

/** The typed arrays a columns builder fills row by row, and the dictionary behind its string columns. */

export type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
/** Dictionary codes, one, two or four bytes each: as narrow as the dictionary's size allows. */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * The first `length` values of a column that is finished: always a view, never a copy. A copy would
 * hold a second million-row column at the moment memory peaks (finishing, then encoding). The room
 * past `length` was never written: the system hands out zeroed pages only when first touched, so
 * that room costs address space, not memory.
 */
export function trimmed<T extends NumericArray>(data: T, length: number): T {
  return data.subarray(0, length) as T;
}

type NumericType<T extends NumericArray> = (new (buffer: ArrayBuffer) => T) & { readonly BYTES_PER_ELEMENT: number };

/** `ArrayBuffer` with ES2024's resizing (not in this project's ES2023 typings). */
interface MaybeResizable extends ArrayBuffer {
  readonly resizable?: boolean;
  resize?(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => MaybeResizable;

/**
 * A zeroed column of `length` values on a buffer that can shrink in place: the stored form is written
 * from the end of each column backwards, giving its memory back as it goes (`copyReleasing`), so that
 * at no moment is a whole column held twice. Where the platform cannot resize buffers it is a plain one.
 */
export function shrinkable<T extends NumericArray>(type: NumericType<T>, length: number): T {
  const bytes = length * type.BYTES_PER_ELEMENT;
  return new type(new ResizableArrayBuffer(bytes, { maxByteLength: bytes }));
}

/** Bytes copied at a time by `copyReleasing`: the most a column is held twice. */
export const RELEASE_SLICE_BYTES = 1 << 20;

/**
 * Copies `array`'s bytes to the start of `into` and gives the array's memory back: a shrinkable column
 * (see `shrinkable`) a slice at a time from its end, any other at once after the copy. The array is
 * unusable afterwards.
 *
 * A shrink zeroes every byte it gives back, the never-written room past the last row too: V8 touches
 * (faults in) all of that room just to zero it, which cost more than the copy itself (a column sized
 * for twice its rows: 300,000 quality rows, ~2,900 page faults more per import). A column with more
 * than a slice of such room is therefore copied whole and given back at once: held twice only while
 * it alone is copied.
 */
export function copyReleasing(into: Uint8Array, array: NumericArray, slice = RELEASE_SLICE_BYTES): void {
  const buffer = array.buffer as MaybeResizable;
  const room = buffer.byteLength - array.byteOffset - array.byteLength;
  if (buffer.resizable !== true || buffer.resize === undefined || array.byteOffset !== 0 || room > slice) {
    into.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    (buffer as MaybeResizable & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
    return;
  }
  let end = array.byteLength;
  // The room past the last row (at most a slice) goes first.
  buffer.resize(end);
  while (end > 0) {
    const start = Math.max(0, end - slice);
    into.set(new Uint8Array(buffer, start, end - start), start);
    buffer.resize(start);
    end = start;
  }
}

/** A typed array that doubles when full. */
export class Growable<T extends NumericArray> {
  data: T;
  used = false;
  constructor(data: T) {
    this.data = data;
  }
  ensure(length: number): void {
    if (length <= this.data.length) return;
    this.retype(this.data.constructor as NumericType<T>, Math.max(length, this.data.length * 2));
  }
  /**
   * Moves the first `used` values into a new array of `type` (as wide or wider: nothing may be cut).
   * Only they are copied: the room past them stays untouched, so it costs no memory (see `trimmed`).
   */
  retype(type: NumericType<T>, capacity = this.data.length, used = this.data.length): void {
    const next = shrinkable(type, capacity);
    next.set((used === this.data.length ? this.data : this.data.subarray(0, used)) as never);
    this.data = next;
  }
  /** The first `length` values, or null when the column never got a value (see `trimmed`). */
  take(length: number, optional: boolean): T | null {
    if (optional && !this.used) return null;
    return trimmed(this.data, length);
  }
}

/**
 * Assigns each distinct string a code; 0 is "no value". The codes are one byte each while the
 * dictionary holds at most 256 entries, two bytes up to 65,536, four beyond: the widths the stored form
 * uses (columnar.ts), so a stage or group column costs one byte a row at the import's peak, not four,
 * and is copied as it is into the stored form. Runs three times per row of a million-row
 * import on strings the parser has just made, so it does as little as it can with them: no `Map`
 * lookup (V8 hashes a fresh string in C++, then compares), and nearly always one string comparison
 * (for a parser string of 13 or more characters, a slice of its chunk, that is a call into C++).
 * In a column with few distinct values (stages, groups) the last value of the same length is tried
 * first, and is nearly always the one. Otherwise an open-addressing table keyed by a cheap hash of at
 * most 16 characters, where a string is compared only with values of the same hash.
 */
export class DictBuilder {
  readonly codes: Growable<CodeArray>;
  private readonly values: string[] = [''];
  /** Hash of each value, by code. */
  private hashes = new Int32Array(64);
  /** Open addressing: a code per slot, 0 for an empty slot; never more than half full. */
  private slots = new Uint32Array(64);
  /** By string length, the code last seen with that length (for columns with few distinct values). */
  private readonly byLength = new Uint32Array(GUESS_LENGTHS);
  constructor(capacity: number) {
    this.codes = new Growable<CodeArray>(shrinkable(Uint8Array, capacity));
  }
  put(i: number, value: string | null): void {
    // Coded first: a new value may widen the codes array, and the code goes into the new one.
    const code = this.code(value, i);
    this.codes.data[i] = code;
  }
  /** The value's code; `row` is the row it is for (the rows before it are copied should the codes widen). */
  private code(value: string | null, row: number): number {
    if (value === null || value === '') return 0;
    const length = value.length;
    // Few distinct values (stages, groups): the last code seen with this length is nearly always it.
    if (length < GUESS_LENGTHS && this.values.length <= GUESS_VALUES) {
      const guess = this.byLength[length]!;
      if (guess !== 0 && this.values[guess] === value) return guess;
    }
    const hash = hashText(value);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    let code = this.slots[slot]!;
    while (code !== 0 && (this.hashes[code] !== hash || this.values[code] !== value)) {
      slot = (slot + 1) & mask;
      code = this.slots[slot]!;
    }
    if (code === 0) code = this.add(value, hash, slot, row);
    if (length < GUESS_LENGTHS) this.byLength[length] = code;
    return code;
  }
  private add(value: string, hash: number, slot: number, row: number): number {
    const code = this.values.length;
    if (code === 0x100) this.codes.retype(Uint16Array, this.codes.data.length, row);
    else if (code === 0x10000) this.codes.retype(Uint32Array, this.codes.data.length, row);
    // A parser string of 13 or more characters is a view on its whole chunk: keep a copy, not the chunk.
    this.values.push(value.length < 13 ? value : (' ' + value).slice(1));
    if (code === this.hashes.length) {
      const grown = new Int32Array(code * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[code] = hash;
    this.slots[slot] = code;
    this.codes.used = true;
    if (code * 2 >= this.slots.length) this.rehash();
    return code;
  }
  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 1; code < this.values.length; code++) {
      let slot = this.hashes[code]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code;
    }
    this.slots = slots;
  }
  /** The column for the stored form: the codes as narrow as they were collected (a view, not a copy). */
  take(length: number, optional: boolean): StoredDict | null {
    const codes = this.codes.take(length, optional);
    return codes === null ? null : { values: this.values.slice(), codes };
  }
}

/** A dictionary column with four-byte codes, as the metrics read it (a copy unless they already are). */
export function wideDict(column: StoredDict): DictColumn {
  return column.codes instanceof Uint32Array ? { values: column.values, codes: column.codes } : { values: column.values, codes: Uint32Array.from(column.codes) };
}

const GUESS_LENGTHS = 64;
const GUESS_VALUES = 64;

/** FNV-1a over the length and at most 16 characters: the first 8 and the last 8 (ids differ at one end or the other). */
function hashText(value: string): number {
  const n = value.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  if (n <= 16) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < 8; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
    for (let i = n - 8; i < n; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  }
  return h ^ (h >>> 16);
}
