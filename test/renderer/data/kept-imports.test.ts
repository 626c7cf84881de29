import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/model/import-record';
import { keptImportOf, sameReading } from '../../../renderer/store/pilot-data-selectors';
import { samplePlan } from './data-fixtures';

const record = (id: string, sha: string, accepted: number, kind: ImportRecord['kind'] = 'usage'): ImportRecord => ({
  id,
  kind,
  fileName: `${id}.csv`,
  bytes: 10,
  sha256: sha.repeat(64),
  importedAt: '2026-03-01T10:00:00.000Z',
  settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: null },
  mapping: { kind, fields: { userId: 'user', date: 'date', group: 'team' }, latencyUnit: 'seconds' },
  headers: ['user', 'date', 'team'],
  records: accepted + 1,
  accepted,
  rejected: 1,
  rejections: [],
  warnings: [],
  dateRange: null,
});

describe('which earlier import counts as the same file', () => {
  it.each<[string, ImportRecord[], string | null]>([
    ['an import kept with rows', [record('a', 'a', 3)], 'a'],
    ['an import that kept no row leaves no trace', [record('a', 'a', 0)], null],
    ['another file', [record('b', 'b', 3)], null],
    ['the kept one among an empty one', [record('a0', 'a', 0), record('a1', 'a', 2)], 'a1'],
  ])('%s', (_name, imports, expected) => {
    expect(keptImportOf({ ...samplePlan(), imports }, 'a'.repeat(64))?.id ?? null).toBe(expected);
  });

  it.each<[string, ImportRecord['kind'], Record<string, string | null>, boolean]>([
    ['same kind and columns', 'usage', { userId: 'user', date: 'date', group: 'team' }, true],
    ['a column left out', 'usage', { userId: 'user', date: 'date', group: null }, false],
    ['another kind', 'satisfaction', { userId: 'user', date: 'date', group: 'team' }, false],
  ])('%s → same reading: %s', (_name, kind, fields, same) => {
    expect(sameReading(record('a', 'a', 3), kind, { kind, fields, latencyUnit: 'seconds' })).toBe(same);
  });
});
