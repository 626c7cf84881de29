import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRow, ImportKind, IncidentRow, OperationsRow, QualityRow, ReviewRow, ShadowRow, RowByKind, SatisfactionRow, TestResultRow, UsageRow } from '../../../shared/csv/kinds';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { COLUMNAR_FORMAT_VERSION, decodeColumns, encodeColumns } from '../../../shared/metrics/columnar';
import type { Columns, StoredRowByKind } from '../../../shared/metrics/columns';
import { isoFromDay } from '../../../shared/metrics/day-number';
import { storedRowAt } from '../../../shared/metrics/stored-rows';
import { minutesMoment } from '../../../shared/metrics/kind-sinks';
import { quality, usage } from './fixtures';

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const name = fc.oneof(fc.constantFrom('Internal pilot', 'Support', 'EMEA', 'ü-Team'), text);
const time = fc.record({
  line: fc.integer({ min: 1, max: 4_000_000 }),
  date: fc.option(fc.integer({ min: -719528, max: 2932896 }).map(isoFromDay)),
  week: fc.option(fc.integer({ min: 1, max: 520 })),
  stage: fc.option(name),
  group: fc.option(name),
  userId: fc.oneof(fc.constantFrom('u1', 'u2', 'user-3'), text),
});
const arbitraryRows: { [K in ImportKind]: fc.Arbitrary<RowByKind[K][]> } = {
  usage: fc.array(
    fc.record({ common: time, uses: fc.option(fc.integer({ min: 0, max: 1_000_000 })) }).map(
      ({ common, uses }): UsageRow => ({ ...common, uses }),
    ),
  ),
  quality: fc.array(
    fc.record({ common: time, outputId: text, share: fc.double({ min: 0, max: 100, noNaN: true }) }).map(
      ({ common, outputId, share }): QualityRow => ({ ...common, outputId, editingShare: share }),
    ),
  ),
  satisfaction: fc.array(
    fc.record({ common: time, rating: fc.integer({ min: 1, max: 5 }), comment: fc.string({ unit: 'grapheme' }) }).map(
      ({ common, rating, comment }): SatisfactionRow => ({ ...common, rating, comment }),
    ),
  ),
  test_results: fc.array(
    fc.record({
      line: fc.integer({ min: 1, max: 4_000_000 }),
      caseId: text,
      expected: fc.string(),
      actual: fc.string(),
      correct: fc.option(fc.boolean()),
      hallucination: fc.option(fc.boolean()),
      latencySeconds: fc.option(fc.double({ min: 0, max: 600, noNaN: true })),
      group: fc.option(name),
    }) as fc.Arbitrary<TestResultRow>,
  ),
  operations: fc.array(
    fc
      .record({
        common: time,
        requests: fc.integer({ min: 0, max: 1_000_000 }),
        errors: fc.option(fc.integer({ min: 0, max: 1000 })),
        latencySeconds: fc.option(fc.double({ min: 0, max: 600, noNaN: true })),
        cost: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
        escalations: fc.option(fc.integer({ min: 0, max: 1000 })),
        thumbsUp: fc.option(fc.integer({ min: 0, max: 1000 })),
        thumbsDown: fc.option(fc.integer({ min: 0, max: 1000 })),
      })
      .map(({ common, ...measures }): OperationsRow => ({ ...common, ...measures })),
  ),
  reviews: fc.array(
    fc
      .record({
        common: time,
        outputId: text,
        decision: fc.constantFrom('approved' as const, 'edited' as const, 'rejected' as const),
        minutes: fc.option(fc.double({ min: 0, max: 600, noNaN: true })),
      })
      .map(({ common, ...rest }): ReviewRow => ({ ...common, ...rest })),
  ),
  shadow: fc.array(
    fc.record({ common: time, caseId: text, match: fc.boolean() }).map(({ common, ...rest }): ShadowRow => ({ ...common, ...rest })),
  ),
  weekly_figures: fc.array(
    fc
      .record({
        common: time,
        metric: fc.constantFrom('error_rate', 'mean_satisfaction', 'approval_rate'),
        value: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
        numerator: fc.option(fc.integer({ min: 0, max: 1000 })),
        denominator: fc.option(fc.integer({ min: 1, max: 1000 })),
        sample: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
      })
      .map(({ common, ...rest }): FigureRow => ({ ...common, userId: '', ...rest })),
  ),
  incidents: fc.array(
    fc
      .record({
        common: time,
        incidentId: fc.oneof(fc.constant(''), text),
        severity: fc.constantFrom('critical' as const, 'high' as const, 'medium' as const, 'low' as const),
        opened: fc.integer({ min: 0, max: 60_000_000 }),
        acknowledged: fc.option(fc.integer({ min: 0, max: 10_000 })),
        resolved: fc.option(fc.integer({ min: 0, max: 100_000 })),
        description: text,
        rollback: fc.boolean(),
      })
      .map(({ common, opened, acknowledged, resolved, ...rest }): IncidentRow => ({
        ...common,
        userId: '',
        group: null,
        ...rest,
        openedAt: minutesMoment(opened),
        acknowledgedAt: acknowledged === null ? null : minutesMoment(opened + acknowledged),
        resolvedAt: resolved === null ? null : minutesMoment(opened + resolved),
      })),
  ),
};

/** What the stored form promises to give back of a row. */
function stored<K extends ImportKind>(kind: K, row: RowByKind[K]): StoredRowByKind[K] {
  if (kind === 'quality') {
    const { outputId: _dropped, ...rest } = row as QualityRow;
    return rest as StoredRowByKind[K];
  }
  if (kind === 'reviews') {
    const { outputId: _dropped, ...rest } = row as ReviewRow;
    return rest as StoredRowByKind[K];
  }
  if (kind === 'shadow') {
    const { caseId: _dropped, ...rest } = row as ShadowRow;
    return rest as StoredRowByKind[K];
  }
  if (kind === 'test_results') {
    const { expected: _e, actual: _a, ...rest } = row as TestResultRow;
    return rest as StoredRowByKind[K];
  }
  return row as StoredRowByKind[K];
}

function decoded(bytes: Uint8Array): Columns {
  const result = decodeColumns(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('columnar stored form', () => {
  it.each(['usage', 'quality', 'satisfaction', 'test_results', 'weekly_figures', 'incidents'] as const)(
    'round-trips any %s rows: builder → bytes → columns → rows',
    (kind) => {
      fc.assert(
        fc.property(arbitraryRows[kind] as fc.Arbitrary<RowByKind[typeof kind][]>, (rows) => {
          const builder = createColumnsBuilder(kind, 16);
          builder.appendBatch(rows);
          const columns = builder.finish();
          const back = decoded(encodeColumns(columns));
          expect(back).toEqual(columns);
          rows.forEach((row, i) => expect(storedRowAt(back, i)).toEqual(stored(kind, row)));
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(['usage', 'quality', 'satisfaction', 'test_results', 'operations', 'reviews', 'shadow'] as const)(
    'builder.encode() gives the bytes of encodeColumns(finish()) for any %s rows, and no columns afterwards',
    (kind) => {
      fc.assert(
        fc.property(arbitraryRows[kind] as fc.Arbitrary<RowByKind[typeof kind][]>, (rows) => {
          const [kept, released] = [createColumnsBuilder(kind, 4), createColumnsBuilder(kind, 4)];
          kept.appendBatch(rows);
          released.appendBatch(rows);
          expect(released.encode()).toEqual(encodeColumns(kept.finish()));
          expect(() => released.finish()).toThrow(/encoded/);
          expect(() => released.append(rows[0]!)).toThrow();
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each([255, 256, 300, 65_535, 65_536])(
    'builder.encode() keeps every row when the dictionaries widen their codes on the way (%i distinct users)',
    (users) => {
      // Users, groups and minutes arrive so that codes widen (1 → 2 → 4 bytes) and minutes start after some rows.
      const rows = Array.from({ length: users + 50 }, (_, i): QualityRow => ({
        line: i + 2,
        date: i % 3 === 0 ? null : isoFromDay(20_000 + (i % 40)),
        week: i % 3 === 0 ? (i % 52) + 1 : null,
        stage: i % 5 === 0 ? null : 'Internal pilot',
        group: `g${i % 300}`,
        outputId: `o${i}`,
        userId: `user-${i % users}`,
        editingShare: i % 101,
        ...(i > 10 && i % 7 !== 0 ? { editingMinutes: i % 13, manualMinutes: 20 + (i % 11) } : {}),
      }));
      const [kept, released] = [createColumnsBuilder('quality', 16), createColumnsBuilder('quality', 16)];
      kept.appendBatch(rows);
      released.appendBatch(rows);
      const bytes = released.encode();
      const columns = kept.finish();
      // Node's deep equality, not expect's: the same check, without seconds of diff bookkeeping on a busy machine.
      expect(Buffer.compare(bytes, encodeColumns(columns))).toBe(0);
      const back = decoded(bytes);
      expect(isDeepStrictEqual(back, columns)).toBe(true);
      const firstWrong = rows.findIndex((row, i) => !isDeepStrictEqual(storedRowAt(back, i), stored('quality', row)));
      expect(firstWrong === -1 ? null : { line: rows[firstWrong]?.line, back: storedRowAt(back, firstWrong) }).toBeNull();
    },
  );

  it('grows past its initial capacity without losing rows', () => {
    const builder = createColumnsBuilder('quality', 16);
    for (let i = 0; i < 10_000; i++) {
      builder.append({ line: i + 2, date: '2026-09-07', week: null, stage: null, group: null, outputId: `o${i}`, userId: `u${i % 7}`, editingShare: i % 101 });
    }
    const columns = builder.finish();
    expect(columns.rowCount).toBe(10_000);
    expect(columns.editingShare.length).toBe(10_000);
    expect(storedRowAt(columns, 9_999)).toMatchObject({ line: 10_001, userId: 'u3', editingShare: 9_999 % 101 });
  });

  it('leaves out columns no row fills, and they come back as null', () => {
    const columns = usage([{ date: '2026-09-07', user: 'u1' }]);
    expect(columns).toMatchObject({ week: null, stage: null, group: null, uses: null });
    expect(decoded(encodeColumns(columns))).toMatchObject({ week: null, stage: null, group: null, uses: null });
  });

  it('narrows dictionary codes on disk and widens them again (1, 2 and 4 bytes)', () => {
    for (const users of [200, 300, 70_000]) {
      const rows = Array.from({ length: users }, (_, i) => ({ date: '2026-09-07', user: `user-${i}`, share: 5 }));
      const back = decoded(encodeColumns(quality(rows)));
      expect(back.kind === 'quality' && back.user.values.length).toBe(users + 1);
      expect(storedRowAt(back, users - 1)).toMatchObject({ userId: `user-${users - 1}` });
    }
  });

  it('stores a million-row style quality log in under 20 bytes a row', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      date: isoFromDay(20703 + (i % 60)),
      user: `u${i % 40}`,
      group: ['Support', 'Sales', 'Legal'][i % 3] as string,
      share: (i * 7) % 100,
    }));
    expect(encodeColumns(quality(rows)).length / rows.length).toBeLessThan(20);
  });

  it('decodes bytes that sit at an odd offset inside a bigger buffer (a pooled Node Buffer, a Blob slice)', () => {
    const columns = quality([{ date: '2026-09-07', user: 'u1', group: 'A', share: 12.5 }]);
    const bytes = encodeColumns(columns);
    const big = new Uint8Array(bytes.length + 8);
    big.set(bytes, 3);
    expect(decoded(big.subarray(3, 3 + bytes.length))).toEqual(columns);
  });

  it('writes the header: magic, format version, kind, row count, length', () => {
    const bytes = encodeColumns(quality([{ date: '2026-09-07', share: 1 }, { date: '2026-09-08', share: 2 }]));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RRCF');
    // Format 1: nothing in these columns needs format 2, so an older app still reads them.
    expect(view.getUint16(4, true)).toBe(1);
    expect(COLUMNAR_FORMAT_VERSION).toBe(2);
    expect(view.getUint8(6)).toBe(2);
    expect(view.getUint32(8, true)).toBe(2);
    expect(view.getUint32(12, true)).toBe(bytes.length);
  });

  describe('damaged bytes give an error, never numbers', () => {
    const good = encodeColumns(quality([{ date: '2026-09-07', user: 'u1', share: 1 }]));
    const patched = (edit: (b: Uint8Array, v: DataView) => void) => {
      const copy = good.slice();
      edit(copy, new DataView(copy.buffer));
      return copy;
    };
    it.each([
      ['not a column file', new TextEncoder().encode('user_id,date\nu1,2026-09-07\n'), 'invalid'],
      ['truncated', good.subarray(0, good.length - 8), 'invalid'],
      ['empty', new Uint8Array(0), 'invalid'],
      ['unknown kind', patched((b) => (b[6] = 9)), 'invalid'],
      ['newer format', patched((_, v) => v.setUint16(4, COLUMNAR_FORMAT_VERSION + 1, true)), 'newer_version'],
      ['row count that does not match the columns', patched((_, v) => v.setUint32(8, 2, true)), 'invalid'],
    ] as const)('%s', (_label, bytes, code) => {
      const result = decodeColumns(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(code);
    });

    it('a dictionary code beyond the dictionary', () => {
      // The user column's last code byte is the final byte before the column padding; make it point past the end.
      const columns = quality([{ date: '2026-09-07', user: 'u1', share: 1 }]);
      const bytes = encodeColumns({ ...columns, user: { values: columns.user.values, codes: Uint32Array.of(7) } });
      const result = decodeColumns(bytes);
      expect(result.ok ? 'decoded' : result.error.message).toMatch(/out of range/);
    });

    it('a rating outside 1–5', () => {
      const builder = createColumnsBuilder('satisfaction');
      builder.append({ line: 2, date: '2026-09-07', week: null, stage: null, group: null, userId: 'u1', rating: 4, comment: '' });
      const columns = builder.finish();
      const result = decodeColumns(encodeColumns({ ...columns, rating: Uint8Array.of(9) }));
      expect(result.ok ? 'decoded' : result.error.message).toMatch(/rating/);
    });
  });

  describe('the builder refuses rows the importer should never deliver', () => {
    it.each([
      ['a date that is not YYYY-MM-DD', () => quality([{ date: '07/09/2026', share: 1 }])],
      ['a week 0', () => quality([{ week: 0, stage: 'A', share: 1 }])],
      ['an editing share that is not a number', () => quality([{ date: '2026-09-07', share: NaN }])],
      ['a rating of 6', () => {
        const b = createColumnsBuilder('satisfaction');
        b.append({ line: 2, date: null, week: 1, stage: 'A', group: null, userId: 'u', rating: 6, comment: '' });
      }],
    ])('%s', (_label, build) => {
      expect(build).toThrow(RangeError);
    });

    it('rows after finish()', () => {
      const b = createColumnsBuilder('usage');
      b.finish();
      expect(() => b.append({ line: 2, date: '2026-09-07', week: null, stage: null, group: null, userId: 'u', uses: null })).toThrow();
    });
  });
});
