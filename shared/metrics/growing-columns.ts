import type { DictColumn } from './columns';

/** The typed arrays a columns builder fills row by row, and the dictionary behind its string columns. */

type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** A typed array that doubles when full. */
export class Growable<T extends NumericArray> {
  data: T;
  used = false;
  constructor(data: T) {
    this.data = data;
  }
  ensure(length: number): void {
    if (length <= this.data.length) return;
    const next = new (this.data.constructor as new (n: number) => T)(Math.max(length, this.data.length * 2));
    next.set(this.data as never);
    this.data = next;
  }
  /** A right-sized copy, or null when the column never got a value. */
  take(length: number, optional: boolean): T | null {
    if (optional && !this.used) return null;
    return this.data.slice(0, length) as T;
  }
}

/**
 * Assigns each distinct string a code; 0 is "no value". The parser hands over fresh strings,
 * which a Map must hash in full on every lookup; a small direct-mapped cache of recent values,
 * keyed by a cheap hash of at most 16 characters, answers most rows with one comparison.
 */
export class DictBuilder {
  readonly codes: Growable<Uint32Array>;
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [''];
  private readonly recentValues: string[] = new Array<string>(RECENT_SLOTS).fill('');
  private readonly recentCodes = new Uint32Array(RECENT_SLOTS);
  constructor(capacity: number) {
    this.codes = new Growable(new Uint32Array(capacity));
  }
  put(i: number, value: string | null): void {
    this.codes.data[i] = this.code(value);
  }
  private code(value: string | null): number {
    if (value === null || value === '') return 0;
    const slot = recentSlot(value);
    if (this.recentValues[slot] === value) return this.recentCodes[slot] as number;
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
    }
    this.recentValues[slot] = value;
    this.recentCodes[slot] = code;
    this.codes.used = true;
    return code;
  }
  take(length: number, optional: boolean): DictColumn | null {
    const codes = this.codes.take(length, optional);
    return codes === null ? null : { values: this.values.slice(), codes };
  }
}

const RECENT_SLOTS = 4096;

/** FNV-1a over the length and up to the last 16 characters (ids differ at the end), folded to 12 bits. */
function recentSlot(value: string): number {
  const n = value.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  for (let i = n > 16 ? n - 16 : 0; i < n; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 12) ^ (h >>> 24)) & (RECENT_SLOTS - 1);
}
