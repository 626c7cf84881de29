import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DictBuilder, Growable, trimmed } from '../../../shared/metrics/growing-columns';

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
