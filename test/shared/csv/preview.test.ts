import { describe, expect, it } from 'vitest';
import { SAMPLE_BYTES } from '../../../shared/csv/limits';
import { previewCsv, type CsvPreview } from '../../../shared/csv/preview';
import { fixture, importBytes, summaryOf, utf8 } from './helpers';

function preview(bytes: Uint8Array, options: Parameters<typeof previewCsv>[1] = {}): CsvPreview {
  const result = previewCsv(bytes, { today: '2025-12-31', ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('previewCsv', () => {
  it('detects everything about a German Excel export and shows the parsed rows', () => {
    const p = preview(fixture('quality-bom-semicolon-dmy-decimal-comma.csv'));
    expect(p.kind).toBe('quality');
    expect(p.kindSuggestion.confidence).toBeGreaterThan(0.5);
    expect(p.detection).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';', hasHeader: true, decimalComma: true, lineEnding: 'crlf' });
    expect(p.headers).toEqual(['Output ID', 'User ID', 'Datum', 'Editing share %', 'Stage', 'Team']);
    expect(p.mapping.fields).toMatchObject({
      outputId: 'Output ID',
      userId: 'User ID',
      date: 'Datum',
      editingShare: 'Editing share %',
      stage: 'Stage',
      group: 'Team',
    });
    expect(p.questions).toEqual([]);
    expect(p.ready).toBe(true);
    expect(p.rows).toHaveLength(4);
    expect(p.rows[0]).toMatchObject({ line: 2, cells: ['out-001', '0042', '13/01/2025', '12,5', 'Internal pilot', 'Kundenservice'], row: { date: '2025-01-13', editingShare: 12.5 }, rejection: null });
  });

  it('asks about ambiguous dates, offers the candidates, and is ready once answered', () => {
    const first = preview(fixture('usage-ambiguous-dates.csv'));
    expect(first.ready).toBe(false);
    expect(first.questions).toEqual([
      {
        setting: 'dateFormat',
        header: 'date',
        message: 'The dates in "date" (03/04/2025, 04/05/2025, 12/11/2025) can be read day-first or month-first. Which order does this file use?',
        // A comma file with slashes and decimal points: month-first is offered first, but nothing is chosen.
        candidates: ['mdy', 'dmy'],
        examples: ['03/04/2025', '04/05/2025', '12/11/2025'],
      },
    ]);
    expect(first.settings.dateFormat).toBeNull();
    expect(first.rows.every((r) => r.row === null && r.rejection === null)).toBe(true);

    const answered = preview(fixture('usage-ambiguous-dates.csv'), { settings: { dateFormat: 'dmy' } });
    expect(answered.ready).toBe(true);
    expect(answered.rows.map((r) => (r.row && 'date' in r.row ? r.row.date : null))).toEqual(['2025-04-03', '2025-05-04', '2025-11-12']);
    // The answered settings and mapping are what the import then runs with.
    const summary = summaryOf(importBytes(fixture('usage-ambiguous-dates.csv'), { kind: answered.kind, settings: answered.settings, mapping: answered.mapping }).result);
    expect(summary.accepted).toBe(3);
  });

  it('asks whether 0–1 shares are fractions', () => {
    const p = preview(fixture('quality-fraction-shares.csv'));
    expect(p.questions.map((q) => [q.setting, q.candidates])).toEqual([['percentScale', ['fraction', 'percent']]]);
    expect(preview(fixture('quality-fraction-shares.csv'), { settings: { percentScale: 'fraction' } }).ready).toBe(true);
  });

  it('shows rejections in the preview with their reasons', () => {
    const p = preview(fixture('satisfaction-bad-rows.csv'));
    expect(p.rows.find((r) => r.line === 3)?.rejection).toEqual({ code: 'rating_out_of_range', field: 'rating', message: 'Rating 7 is outside 1–5' });
    expect(p.rows.find((r) => r.line === 11)?.row).toMatchObject({ userId: 'u9', date: '2099-01-01' });
  });

  it('says what is missing from the mapping', () => {
    const p = preview(utf8('who,when\nu1,2025-01-01\n'), { kind: 'satisfaction' });
    expect(p.ready).toBe(false);
    expect(p.mappingProblems).toEqual(['Choose the column for: User ID.', 'Choose the column for: Rating.']);
    expect(p.mapping.fields.date).toBe('when');
  });

  it('uses the delimiter and header choices the user overrides', () => {
    const p = preview(utf8('a;b,c\n1;2,3\n'), { settings: { delimiter: ',', hasHeader: false } });
    expect(p.headers).toEqual(['Column 1', 'Column 2']);
    expect(p.rows.map((r) => r.cells)).toEqual([
      ['a;b', 'c'],
      ['1;2', '3'],
    ]);
  });

  it('previews only the first 20 rows and ignores a cut-off last line of a longer file', () => {
    const lines = ['user_id,date'];
    for (let i = 0; i < 5000; i++) lines.push(`user-${i},2025-01-01`);
    const bytes = utf8(lines.join('\n'));
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const p = preview(sample, { totalBytes: bytes.length });
    expect(p.rows).toHaveLength(20);
    expect(p.detection.complete).toBe(false);
    expect(p.detection.rows.at(-1)![0]).toMatch(/^user-\d+$/);
    expect(p.detection.rows.at(-1)![1]).toBe('2025-01-01');
  });

  it.each([
    ['empty.csv', 'empty'],
    ['random-binary.csv', 'binary'],
  ])('refuses %s', (name, reason) => {
    expect(previewCsv(fixture(name))).toMatchObject({ ok: false, error: { reason } });
  });

  it('refuses an oversized file before looking at it', () => {
    expect(previewCsv(utf8('a,b\n'), { totalBytes: 3 * 1024 ** 3 })).toMatchObject({ ok: false, error: { reason: 'too_large' } });
  });
});

describe('the kind is proven or asked', () => {
  const unclear = utf8('user,date,value\nu1,2026-03-02,3\nu2,2026-03-02,4\nu3,2026-03-03,1\n');

  it('pre-selects nothing and cannot import while the kind is unclear', () => {
    const result = previewCsv(unclear, { today: '2026-12-31' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.kindChosen).toBe(false);
    expect(result.value.kindSuggestion.kind).toBeNull();
    expect(result.value.ready).toBe(false);
  });

  it('imports once the user chose the kind', () => {
    const result = previewCsv(unclear, { today: '2026-12-31', kind: 'usage' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.kindChosen).toBe(true);
    expect(result.value.ready).toBe(true);
  });

  it('says why it suggests a kind, with the evidence as data', () => {
    const text = 'Output,User,Created,Edited (%)\nDRAFT-0001,anna,2026-03-02 09:15:00,5\nDRAFT-0002,ben,2026-03-02 10:01:12,40\nDRAFT-0003,anna,2026-03-03 11:30:45,12.5\n';
    const result = previewCsv(utf8(text), { today: '2026-12-31' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.kind).toBe('quality');
    expect(result.value.kindChosen).toBe(true);
    expect(result.value.kindSuggestion.explanation).toContain('look like an output id and an editing share');
    expect(result.value.mappingEvidence.map((e) => [e.field, e.header, e.strength])).toEqual([
      ['outputId', 'Output', 'strong'],
      ['userId', 'User', 'strong'],
      ['date', 'Created', 'strong'],
      ['editingShare', 'Edited (%)', 'strong'],
    ]);
    expect(result.value.ready).toBe(true);
  });
});
