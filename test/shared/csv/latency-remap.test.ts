import { describe, expect, it } from 'vitest';
import { remapField, rememberedLatencyUnit } from '../../../shared/csv/latency-unit';
import type { ColumnMapping } from '../../../shared/csv/mapping';
import { previewCsv, type PreviewOptions } from '../../../shared/csv/preview';
import { utf8 } from './helpers';

const ops = (fields: ColumnMapping['fields'], latencyUnit: ColumnMapping['latencyUnit']): ColumnMapping => ({ kind: 'operations', fields, latencyUnit });

describe('remapField', () => {
  it.each<[string, ColumnMapping, string, string | null, ColumnMapping]>([
    [
      'a latency column that names milliseconds brings them, whatever the column before it',
      ops({ date: 'date', latency: 'avg_latency' }, 'seconds'),
      'latency',
      'latency_ms',
      ops({ date: 'date', latency: 'latency_ms' }, 'milliseconds'),
    ],
    [
      'a latency column that names no unit starts at seconds (and is asked about), never the old column’s unit',
      ops({ date: 'date', latency: 'latency_ms' }, 'milliseconds'),
      'latency',
      'avg_latency',
      ops({ date: 'date', latency: 'avg_latency' }, 'seconds'),
    ],
    [
      'another field changed: the latency unit the user chose stays',
      ops({ date: 'date', requests: null, latency: 'latency_ms' }, 'seconds'),
      'requests',
      'requests',
      ops({ date: 'date', requests: 'requests', latency: 'latency_ms' }, 'seconds'),
    ],
    [
      'taking the latency column for another field frees it, and the unit falls back to seconds',
      ops({ date: 'date', errors: null, latency: 'latency_ms' }, 'milliseconds'),
      'errors',
      'latency_ms',
      ops({ date: 'date', errors: 'latency_ms', latency: null }, 'seconds'),
    ],
  ])('%s', (_name, mapping, field, header, expected) => {
    expect(remapField(mapping, field, header)).toEqual(expected);
  });

  it.each<[string, string, ColumnMapping['latencyUnit'] | null]>([
    ['latency', 'latency', 'milliseconds'],
    ['latency', 'Latency', 'milliseconds'],
    ['latency', 'avg_latency', null],
  ])('a remembered unit for “%s” applies to “%s”: %s', (remembered, header, unit) => {
    expect(rememberedLatencyUnit(ops({ latency: remembered }, 'milliseconds'), 'operations', header)).toBe(unit);
  });
});

describe('the latency unit in the preview', () => {
  const csv = 'date,avg_latency,latency_ms,Latency\n2026-03-02,1840,1840,1840\n2026-03-03,1900,1900,1900\n2026-03-04,2000,2000,2000\n';
  const preview = (options: Omit<PreviewOptions, 'today'>) => {
    const result = previewCsv(utf8(csv), { kind: 'operations', today: '2026-12-01', ...options });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('an answer given for a column without a unit never overrules a header that names one', () => {
    const answered = preview({ settings: { latencyUnit: 'seconds' }, mapping: ops({ date: 'date', latency: 'latency_ms' }, 'milliseconds') });
    expect(answered.mapping.latencyUnit).toBe('milliseconds');
  });

  it('a remembered unit applies to the same column whatever its capitals, and the question is not asked', () => {
    const p = preview({ rememberedByKind: { operations: ops({ date: 'date', latency: 'latency' }, 'milliseconds') }, mapping: undefined });
    const remapped = preview({
      rememberedByKind: { operations: ops({ date: 'date', latency: 'latency' }, 'milliseconds') },
      mapping: remapField(p.mapping, 'latency', 'Latency'),
    });
    expect(remapped.questions.map((q) => q.setting)).toEqual([]);
    const guessed = previewCsv(utf8('date,Latency\n2026-03-02,1840\n2026-03-03,1900\n'), {
      kind: 'operations',
      today: '2026-12-01',
      rememberedByKind: { operations: ops({ date: 'date', latency: 'latency' }, 'milliseconds') },
    });
    expect(guessed.ok && [guessed.value.mapping.fields.latency, guessed.value.mapping.latencyUnit, guessed.value.questions.length]).toEqual([
      'Latency',
      'milliseconds',
      0,
    ]);
  });
});
