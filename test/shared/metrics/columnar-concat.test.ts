import { describe, expect, it } from 'vitest';
import type { ImportKind, OperationsRow, RowByKind, TestResultRow } from '../../../shared/csv/kinds';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import type { EncodableColumns } from '../../../shared/metrics/columnar';
import { columnBuffers, encodeJoinedColumns } from '../../../shared/metrics/columnar-concat';

/** The stored form of `rows` built by one columns builder (what a whole-file import stores). */
function stored<K extends ImportKind>(kind: K, rows: readonly RowByKind[K][]): Uint8Array {
  const builder = createColumnsBuilder(kind, 4);
  for (const row of rows) builder.append(row);
  return builder.encode();
}

/** A part's columns, as a part's import finishes them (arrays with room to spare, narrow codes). */
function part<K extends ImportKind>(kind: K, rows: readonly RowByKind[K][]): EncodableColumns {
  const builder = createColumnsBuilder(kind, 4);
  for (const row of rows) builder.append(row);
  return builder.finishStored();
}

const op = (line: number, over: Partial<OperationsRow>): OperationsRow => ({
  line,
  date: '2026-03-02',
  week: null,
  stage: null,
  group: null,
  userId: '',
  requests: 10,
  errors: null,
  latencySeconds: null,
  cost: null,
  escalations: null,
  thumbsUp: null,
  thumbsDown: null,
  ...over,
});

const test = (line: number, over: Partial<TestResultRow>): TestResultRow => ({
  line,
  caseId: `c${line}`,
  expected: '',
  actual: '',
  correct: true,
  hallucination: null,
  latencySeconds: null,
  group: null,
  ...over,
});

/**
 * Rows split in two at every place: the stored form of the two parts joined must be byte for byte the
 * stored form of all rows, whichever optional columns (all missing in one part, or in both) each part has.
 */
const cases: [string, ImportKind, readonly RowByKind[ImportKind][]][] = [
  [
    'operations: counts, latency and cost only in some rows; weeks instead of dates; stages and groups in some',
    'operations',
    [
      op(2, { errors: 1, group: 'Claims' }),
      op(3, { latencySeconds: 0.4, stage: 'Pilot' }),
      op(4, { date: null, week: 3, cost: 1.25, userId: 'u1' }),
      op(5, { thumbsUp: 2, thumbsDown: 1, escalations: 0, group: 'Support' }),
      op(6, { stage: 'Pilot', group: 'Claims', userId: 'u2' }),
      op(9, {}),
    ],
  ],
  [
    'test results: groups and latency in some rows, unknown correctness',
    'test_results',
    [test(2, { group: 'A' }), test(3, { correct: null, latencySeconds: 1.5 }), test(4, { hallucination: true, caseId: 'c2' }), test(7, { group: 'B' })],
  ],
];

describe('encodeJoinedColumns', () => {
  it.each(cases)('%s', (_name, kind, rows) => {
    const whole = stored(kind, rows);
    for (let at = 0; at <= rows.length; at++) {
      const joined = encodeJoinedColumns(part(kind, rows.slice(0, at)), part(kind, rows.slice(at)));
      expect(Buffer.from(joined).equals(Buffer.from(whole)), `cut before row ${at}`).toBe(true);
    }
  });

  it('refuses parts of different kinds', () => {
    expect(() => encodeJoinedColumns(part('operations', [op(2, {})]), part('test_results', [test(2, {})]))).toThrow(/different kinds/);
  });

  it('gives each part column back once it is written: both parts and the stored form are never held whole together', () => {
    const first = part('operations', [op(2, { errors: 1, group: 'Claims' }), op(3, { userId: 'u1' })]);
    const rest = part('operations', [op(4, { group: 'Support', userId: 'u1' })]);
    const buffers = [...columnBuffers(first), ...columnBuffers(rest)];
    expect(buffers.every((buffer) => buffer.byteLength > 0)).toBe(true);
    encodeJoinedColumns(first, rest);
    expect(buffers.map((buffer) => buffer.byteLength)).toEqual(buffers.map(() => 0));
  });

  it('names every buffer under a part once, so it can move to another thread', () => {
    const columns = part('operations', [op(2, { errors: 1, group: 'Claims' }), op(3, {})]);
    const buffers = columnBuffers(columns);
    expect(new Set(buffers).size).toBe(buffers.length);
    // line, day, group codes, user codes, requests, errors: each column's array sits on one of them.
    const record = columns as unknown as Record<string, { buffer?: ArrayBuffer; codes?: { buffer: ArrayBuffer } } | null>;
    for (const name of ['line', 'day', 'requests', 'errors']) expect(buffers).toContain(record[name]!.buffer);
    expect(buffers).toContain(record['group']!.codes!.buffer);
  });
});
