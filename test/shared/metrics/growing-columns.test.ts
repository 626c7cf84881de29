import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyReleasing, DictBuilder, Growable, shrinkable, trimmed } from '../../../shared/metrics/growing-columns';

/** Codes as a plain Map assigns them: 0 for no value, then 1, 2, … in order of first appearance. */
function referenceCodes(values: readonly (string | null)[]): { codes: number[]; distinct: string[] } {
  const index = new Map<string, number>();
  const distinct = [''];
  const codes = values.map((v) => {
    if (v === null || v === '') return 0;
    let code = index.get(v);
    if (code === undefined) {
      code = distinct.length;
      distinct.push(v);
      index.set(v, code);
    }
    return code;
  });
  return { codes, distinct };
}

function build(values: readonly (string | null)[]): { codes: number[]; distinct: readonly string[] } {
  const dict = new DictBuilder(4);
  values.forEach((v, i) => {
    dict.codes.ensure(i + 1);
    dict.put(i, v);
  });
  const column = dict.take(values.length, false)!;
  return { codes: [...column.codes], distinct: column.values };
}

describe('DictBuilder', () => {
  it('codes any sequence of strings as a Map would, whatever their number, length and characters', () => {
    const text = fc.oneof(
      fc.constantFrom('', 'a', 'b', 'Legal', 'Sales', 'HR Services', 'IT Helpdesk', 'Customer Support', 'u00001', 'u00002'),
      fc.string({ unit: fc.constantFrom('a', 'b', 'é', '😀', ' ', '-'), maxLength: 20 }),
      fc.string({ minLength: 60, maxLength: 70 }),
      fc.integer({ min: 0, max: 3000 }).map((n) => `user-${n}@example.com`),
    );
    fc.assert(
      fc.property(fc.array(fc.option(text, { nil: null }), { maxLength: 400 }), (values) => {
        expect(build(values)).toEqual(referenceCodes(values));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps thousands of distinct values apart and finds each again', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `u${String((i * 7919) % 5000).padStart(5, '0')}`);
    expect(build(values)).toEqual(referenceCodes(values));
  });

  it.each([
    [256, Uint8Array],
    [257, Uint16Array],
    [65_536, Uint16Array],
    [65_537, Uint32Array],
  ])('a dictionary of %i entries (with "no value") keeps codes as narrow as the stored form: %o', (entries, type) => {
    // Each distinct value once, then every one again: the codes written before a widening must survive it.
    const distinct = Array.from({ length: entries - 1 }, (_, i) => `v${i}`);
    const values = [null, ...distinct, ...distinct.slice().reverse()];
    const dict = new DictBuilder(4);
    values.forEach((v, i) => {
      dict.codes.ensure(i + 1);
      dict.put(i, v);
    });
    const column = dict.take(values.length, false)!;
    expect(column.codes).toBeInstanceOf(type);
    expect(column.values).toHaveLength(entries);
    expect({ codes: [...column.codes], distinct: column.values }).toEqual(referenceCodes(values));
  });

  it('keeps a value cut out of a longer text intact', () => {
    const chunk = `${'x'.repeat(1000)},Customer Support,rest`;
    const cell = chunk.substring(1001, 1017);
    const dict = new DictBuilder(1);
    dict.put(0, cell);
    expect(dict.take(1, false)!.values).toEqual(['', 'Customer Support']);
  });
});

describe('trimmed columns', () => {
  it.each([
    [1000, 1000],
    [1000, 900],
    [1000, 500],
    [16, 0],
  ])('a finished column of %i slots holding %i values is a view of exactly that length (no copy at finish)', (capacity, length) => {
    const column = new Growable(new Float64Array(capacity).map((_, i) => i));
    column.used = true;
    const out = column.take(length, true)!;
    expect(Array.from(out)).toEqual(Array.from({ length }, (_, i) => i));
    expect(out.buffer).toBe(column.data.buffer);
    expect(trimmed(column.data, length).length).toBe(length);
  });

  it('is null for an optional column that never got a value', () => {
    expect(new Growable(new Uint8Array(8)).take(4, true)).toBeNull();
  });
});

describe('copyReleasing: a column copied into the stored form, its memory given back as it goes', () => {
  const values = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => i * 1.5 - 7);

  it.each([
    ['a shrinkable column, slices that do not divide it', 1000, 700, 24, true],
    ['a shrinkable column, one slice', 1000, 1000, 1 << 20, true],
    ['a shrinkable column holding nothing', 16, 0, 8, true],
    ['a plain column', 1000, 999, 24, false],
  ])('%s: every byte arrives and the column is emptied', (_, capacity, rows, slice, resizable) => {
    const column = resizable ? shrinkable(Float64Array, capacity) : new Float64Array(capacity);
    column.set(values(rows));
    const view = trimmed(column, rows);
    const into = new Uint8Array(rows * 8 + 5).fill(0xee);
    copyReleasing(into, view, slice);
    expect(new Float64Array(into.buffer, 0, rows)).toEqual(values(rows));
    // What lies past the column in the output is left alone.
    expect([...into.subarray(rows * 8)]).toEqual([0xee, 0xee, 0xee, 0xee, 0xee]);
    expect(column.buffer.byteLength).toBe(0);
  });

  it.each([
    ['more room past the rows than a slice', 1000, 700, 24, 0],
    ['room within a slice', 1000, 998, 24, 1],
  ])('%s: the room is given back by a shrink only when within a slice (a shrink zeroes, so faults in, the never-written room it gives back)', (_, capacity, rows, slice, roomShrinks) => {
    const column = shrinkable(Float64Array, capacity);
    column.set(values(rows));
    const buffer = column.buffer as ArrayBuffer & { resize(byteLength: number): void };
    const shrinks: number[] = [];
    const resize = buffer.resize.bind(buffer);
    buffer.resize = (byteLength: number) => {
      shrinks.push(byteLength);
      resize(byteLength);
    };
    const into = new Uint8Array(rows * 8);
    copyReleasing(into, trimmed(column, rows), slice);
    expect(new Float64Array(into.buffer)).toEqual(values(rows));
    expect(buffer.byteLength).toBe(0);
    // Shrinks that go past the rows: only within a slice of room; the copy itself goes a slice at a time or at once.
    expect(shrinks.filter((length) => length === rows * 8)).toHaveLength(roomShrinks);
    if (roomShrinks === 0) expect(shrinks).toEqual([]);
  });

  it('shrinkable columns grow and keep their values', () => {
    const column = new Growable(shrinkable(Uint32Array, 4));
    for (let i = 0; i < 100; i++) {
      column.ensure(i + 1);
      column.data[i] = i * 3;
    }
    expect([...trimmed(column.data, 100)]).toEqual(Array.from({ length: 100 }, (_, i) => i * 3));
  });
});
