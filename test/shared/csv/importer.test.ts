import type { CsvSettings } from '../../../shared/csv/settings';
import { describe, expect, it } from 'vitest';
import { createImporter } from '../../../shared/csv/importer';
import { runImport } from '../../../shared/csv/run-import';
import type { QualityRow, TestResultRow, UsageRow } from '../../../shared/csv/kinds';
import { MAX_IMPORT_BYTES } from '../../../shared/csv/limits';
import { guessMapping } from '../../../shared/csv/mapping';
import { chunksOf, fixture, importBytes, importChunks, randomChunks, summaryOf, utf8 } from './helpers';

const stages = [
  { id: 'st-1', name: 'Internal pilot' },
  { id: 'st-2', name: 'Expanded pilot' },
];

describe('accepted rows per kind', () => {
  it('reads a German Excel export: BOM, semicolons, dd/mm/yyyy, decimal commas, leading zeros', () => {
    const { result, rows } = importBytes(fixture('quality-bom-semicolon-dmy-decimal-comma.csv'), { kind: 'quality' });
    const summary = summaryOf(result);
    expect(summary.settings).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      hasHeader: true,
      decimalComma: true,
      dateFormat: 'dmy',
      percentScale: 'percent',
    });
    expect(rows).toEqual<QualityRow[]>([
      { line: 2, date: '2025-01-13', week: null, stage: 'Internal pilot', group: 'Kundenservice', outputId: 'out-001', userId: '0042', editingShare: 12.5 },
      { line: 3, date: '2025-01-14', week: null, stage: 'Internal pilot', group: 'Kundenservice', outputId: 'out-002', userId: '0042', editingShare: 7.25 },
      { line: 4, date: '2025-01-15', week: null, stage: 'Internal pilot', group: 'Vertrieb Süd', outputId: 'out-003', userId: '0107', editingShare: 40 },
      { line: 5, date: '2025-01-31', week: null, stage: 'Internal pilot', group: 'Vertrieb Süd', outputId: 'out-004', userId: '0107', editingShare: 0.5 },
    ]);
    expect(summary.dateRange).toEqual({ first: '2025-01-13', last: '2025-01-31' });
  });

  it('reads UTF-16LE satisfaction ratings with their comments', () => {
    const { result, rows } = importBytes(fixture('satisfaction-utf16le.tsv'), { kind: 'satisfaction' });
    expect(summaryOf(result).settings.encoding).toBe('utf-16le');
    expect(rows.map((r) => [r.userId, r.rating, r.comment])).toEqual([
      ['u1', 5, 'Très utile'],
      ['u2', 3, 'Coûte 5 € de trop'],
      ['u3', 4, 'naïve résumé'],
    ]);
  });

  it('reads Windows-1252 with € and é and dd.mm.yyyy dates', () => {
    const { result, rows } = importBytes(fixture('satisfaction-windows-1252.csv'), { kind: 'satisfaction' });
    expect(summaryOf(result).settings).toMatchObject({ encoding: 'windows-1252', dateFormat: 'dmy' });
    expect(rows.map((r) => [r.userId, r.date, r.rating, r.comment])).toEqual([
      ['rené', '2025-01-06', 4, 'Spart 20 € pro Woche'],
      ['andré', '2025-01-13', 2, '“Zu langsam” – oft'],
      ['josé', '2025-01-20', 5, 'Très bien'],
    ]);
  });

  it('keeps quoted line breaks in comments and gives each row the line it starts on', () => {
    const { rows } = importBytes(fixture('satisfaction-quoted-newlines.csv'), { kind: 'satisfaction' });
    expect(rows.map((r) => [r.line, r.comment])).toEqual<[number, string][]>([
      [2, 'Line one\nline two'],
      [4, 'Says "no", then\r\nyes,\r\nthen no'],
      [7, 'plain'],
    ]);
  });

  it('reads Excel serial dates in a pipe-separated file', () => {
    const { rows } = importBytes(fixture('usage-excel-serial-pipe.csv'), { kind: 'usage' });
    expect(rows.map((r) => [r.userId, r.date, r.uses])).toEqual([
      ['u1', '2024-12-01', 3],
      ['u2', '2024-12-02', 1],
      ['u3', '2025-01-01', 2],
    ]);
  });

  it('reads week numbers from a file without a header when told which column is which', () => {
    const mapping = { kind: 'usage' as const, latencyUnit: 'seconds' as const, fields: { userId: 'Column 1', week: 'Column 2', uses: 'Column 3' } };
    const { result, rows } = importBytes(fixture('usage-weeks-no-header.csv'), { kind: 'usage', mapping });
    expect(summaryOf(result).records).toBe(3);
    expect(rows).toEqual<UsageRow[]>([
      { line: 1, date: null, week: 1, stage: null, group: null, userId: 'u1', uses: 3 },
      { line: 2, date: null, week: 1, stage: null, group: null, userId: 'u2', uses: 5 },
      { line: 3, date: null, week: 2, stage: null, group: null, userId: 'u1', uses: 4 },
    ]);
  });

  it('reads test results: yes/no variants, derived correctness, latency in milliseconds', () => {
    const { rows } = importBytes(fixture('test-results-latency-ms.csv'), { kind: 'test_results' });
    expect(rows).toEqual<TestResultRow[]>([
      { line: 2, caseId: 'c-001', expected: 'A', actual: 'A', correct: true, hallucination: false, latencySeconds: 1.25, group: 'billing' },
      { line: 3, caseId: 'c-002', expected: 'B', actual: 'C', correct: false, hallucination: true, latencySeconds: 0.98, group: 'billing' },
      { line: 4, caseId: 'c-003', expected: 'B', actual: 'B', correct: true, hallucination: false, latencySeconds: 2.1, group: 'claims' },
      { line: 5, caseId: 'c-004', expected: 'D', actual: 'D', correct: true, hallucination: false, latencySeconds: null, group: 'claims' },
    ]);
  });

  it('works out the editing share from editing and manual minutes, and keeps the minutes', () => {
    const { result, rows } = importBytes(fixture('quality-minutes.csv'), { kind: 'quality' });
    const summary = summaryOf(result);
    expect(rows.map((r) => [r.outputId, r.editingShare])).toEqual([['o1', 15]]);
    // The minutes themselves are kept too: the time saved is measured from them.
    expect(rows.map((r) => [r.editingMinutes, r.manualMinutes])).toEqual([[3, 20]]);
    expect(summary.rejections.map((g) => [g.code, g.count, g.examples[0]!.message])).toEqual([
      ['editing_share_out_of_range', 1, 'Editing took 30 minutes, longer than the 20 minutes by hand (150%)'],
      ['manual_minutes_zero', 1, 'Minutes by hand is 0, so the editing share cannot be worked out'],
    ]);
  });

  it('keeps clean minutes beside an editing share; a missing or unreadable one leaves the time saved unknown, never the row', () => {
    const { result, rows } = importBytes(fixture('quality-share-and-minutes.csv'), {
      kind: 'quality',
      mapping: {
        kind: 'quality',
        fields: { outputId: 'output', userId: 'user', date: 'date', editingShare: 'editing share', editingMinutes: 'editing minutes', manualMinutes: 'manual minutes' },
        latencyUnit: 'seconds',
      },
    });
    expect(summaryOf(result).rejections).toEqual([]);
    expect(rows.map((r) => [r.outputId, r.editingShare, r.editingMinutes, r.manualMinutes])).toEqual([
      ['o1', 15, 3, 20],
      ['o2', 40, undefined, undefined],
      ['o3', 10, undefined, undefined],
      ['o4', 25, 5, 20],
    ]);
  });

  it('keeps IDs with leading zeros as text', () => {
    const { rows } = importBytes(fixture('usage-leading-zeros.csv'), { kind: 'usage' });
    expect(rows.map((r) => r.userId)).toEqual(['000123', '0042']);
  });

  it('reads mixed line endings and NUL bytes without losing a row', () => {
    const mixed = importBytes(fixture('usage-mixed-line-endings.csv'), { kind: 'usage' });
    expect(mixed.rows.map((r) => [r.line, r.userId, r.uses])).toEqual([
      [2, 'u1', 1],
      [3, 'u2', 2],
      [4, 'u3', 3],
      [5, 'u4', 4],
    ]);
    const nul = importBytes(fixture('usage-nul-bytes.csv'), { kind: 'usage' });
    expect(nul.rows.map((r) => [r.userId, r.date])).toEqual([
      ['u1', '2025-09-01'],
      ['u2', '2025-09-02'],
    ]);
    expect(summaryOf(nul.result).warnings.map((w) => [w.code, w.count])).toEqual([['nul_removed', 2]]);
  });
});

describe('rejected rows', () => {
  const run = () => importBytes(fixture('satisfaction-bad-rows.csv'), { kind: 'satisfaction', stages });

  it('accounts for every record: accepted + rejected = records', () => {
    const summary = summaryOf(run().result);
    expect(summary.records).toBe(12);
    expect(summary.accepted + summary.rejected).toBe(summary.records);
    expect(summary.accepted).toBe(3);
    expect(summary.blankLines).toBe(0);
  });

  it.each([
    [3, 'rating_out_of_range', 'rating', 'Rating 7 is outside 1–5'],
    [4, 'missing_value', 'userId', 'User ID is empty'],
    [5, 'invalid_date', 'date', '“2025-02-30” is not a valid date (expected yyyy-mm-dd)'],
    [6, 'too_few_cells', null, 'The row has 3 cells; the header has 5'],
    [7, 'too_many_cells', null, 'The row has 6 cells; the header has 5'],
    [8, 'rating_not_whole', 'rating', 'Rating 4.5 is not a whole number'],
    [9, 'invalid_number', 'rating', 'Rating “good” is not a number from 1 to 5'],
    [10, 'text_after_quote', null, 'A quoted cell is followed by more text before the next delimiter'],
    [12, 'unknown_stage', 'stage', 'Stage “Pilott” is not one of this plan\'s stages (Internal pilot, Expanded pilot)'],
  ])('line %i is rejected as %s (%s): %s', (line, code, field, message) => {
    const rejection = run().rejected.find((r) => r.line === line);
    expect(rejection).toMatchObject({ line, code, field, message });
  });

  it.each([
    ['a plan with no stages yet', [], 'none yet'],
    ['a plan with one stage', [{ id: 'st-9', name: 'Full rollout' }], 'Full rollout'],
  ])('names the stages of %s in every unknown-stage rejection, the first and the later ones', (_, planStages, named) => {
    const csv = 'user_id,date,rating,stage\nu1,2025-06-02,4,Pilot A\nu2,2025-06-02,5,Pilot B\nu3,2025-06-03,3,Pilot A\n';
    const { rejected } = importBytes(utf8(csv), { kind: 'satisfaction', stages: planStages });
    expect(rejected.map((r) => r.message)).toEqual([
      `Stage “Pilot A” is not one of this plan's stages (${named})`,
      `Stage “Pilot B” is not one of this plan's stages (${named})`,
      `Stage “Pilot A” is not one of this plan's stages (${named})`,
    ]);
  });

  it('keeps the original cells of a rejected row, never shifted', () => {
    const rejection = run().rejected.find((r) => r.line === 7);
    expect(rejection?.cells).toEqual(['u5', '2025-06-03', '3', 'x', 'Internal pilot', 'extra']);
  });

  it('accepts a future date with a warning, and trims padded cells', () => {
    const { rows, result } = run();
    expect(rows.map((r) => [r.line, r.userId, r.date, r.rating, r.comment, r.stage])).toEqual([
      [2, 'u1', '2025-06-02', 4, 'fine', 'st-1'],
      [11, 'u9', '2099-01-01', 5, 'future', 'st-1'],
      [13, 'u11', '2025-06-04', 3, 'padded', 'st-1'],
    ]);
    const future = summaryOf(result).warnings.find((w) => w.code === 'future_date');
    expect(future).toMatchObject({ count: 1, examples: [{ line: 11, message: 'The date Jan 1, 2099 is after today (Dec 31, 2025)' }] });
  });

  it('groups rejections by reason with titles and complete counts, capping the examples', () => {
    const lines = ['user_id,date,rating'];
    for (let i = 0; i < 30; i++) lines.push(`u${i},2025-01-01,${i % 2 ? 9 : 0}`);
    lines.push('x,2025-01-01,');
    const { result, rejected } = importBytes(utf8(lines.join('\n')), { kind: 'satisfaction', maxExamples: 5 });
    const summary = summaryOf(result);
    expect(summary.rejections.map((g) => [g.code, g.field, g.title, g.count, g.examples.length])).toEqual([
      ['rating_out_of_range', 'rating', 'Rating outside 1–5', 30, 5],
      ['not_answered', 'rating', 'Not answered (no rating)', 1, 1],
    ]);
    expect(rejected).toHaveLength(31);
  });

  it('keeps the stage text when no stage list is given', () => {
    const { rows } = importBytes(fixture('satisfaction-bad-rows.csv'), { kind: 'satisfaction' });
    expect(rows.find((r) => r.line === 12)?.stage).toBe('Pilott');
  });

  it('matches stages by name in any case, by id, or by number', () => {
    const text = 'user,date,stage\nu1,2025-01-01,internal PILOT\nu2,2025-01-01,st-2\nu3,2025-01-01,2\nu4,2025-01-01,Stage 1\nu5,2025-01-01,\n';
    const { rows } = importBytes(utf8(text), { kind: 'usage', stages });
    expect(rows.map((r) => r.stage)).toEqual(['st-1', 'st-2', 'st-2', 'st-1', null]);
  });

  it('rejects the line of a quote that is never closed and imports the lines after it', () => {
    const { result, rejected, rows } = importBytes(fixture('usage-unterminated-quote.csv'), { kind: 'usage' });
    expect(rows.map((r) => [r.line, r.userId])).toEqual([
      [2, 'u1'],
      [4, 'u3'],
    ]);
    expect(rejected.map((r) => [r.line, r.code, r.cells])).toEqual([[3, 'unterminated_quote', ['u2', '"2025-10-02', '2']]]);
    expect(summaryOf(result).records).toBe(3);
  });

  it.each([
    ['o1,u1,2025-01-01,-5', 'editing_share_out_of_range', 'Editing share -5 is outside 0–100%'],
    ['o1,u1,2025-01-01,101', 'editing_share_out_of_range', 'Editing share 101 is outside 0–100%'],
    ['o1,u1,2025-01-01,lots', 'invalid_number', 'Editing share “lots” is not a number'],
    ['o1,u1,,12', 'missing_value', 'Date is empty'],
    [',u1,2025-01-01,12', 'missing_value', 'Output ID is empty'],
  ])('quality row %j is rejected as %s', (row, code, message) => {
    const { rejected } = importBytes(utf8(`output_id,user_id,date,editing_share\n${row}\no2,u2,2025-01-02,50\n`), { kind: 'quality' });
    expect(rejected.map((r) => [r.code, r.message])).toEqual([[code, message]]);
  });

  it.each([
    ['u1,2025-01-01,-3', 'negative_value', 'Number of uses -3 is negative'],
    ['u1,2025-01-01,2.5', 'invalid_number', 'Number of uses “2.5” is not a whole number'],
    ['u1,soon,1', 'invalid_date', '“soon” is not a valid date (expected yyyy-mm-dd)'],
  ])('usage row %j is rejected as %s', (row, code, message) => {
    const { rejected } = importBytes(utf8(`user_id,date,uses\n${row}\nu2,2025-01-02,1\n`), { kind: 'usage' });
    expect(rejected.map((r) => [r.code, r.message])).toEqual([[code, message]]);
  });

  it.each([
    ['c1,maybe,,', 'invalid_boolean', 'Correct “maybe” is not yes or no'],
    ['c1,yes,-1,', 'negative_value', 'Latency -1 is negative'],
    ['c1,yes,fast,', 'invalid_number', 'Latency “fast” is not a number'],
    ['c1,yes,1,perhaps', 'invalid_boolean', 'Hallucination “perhaps” is not yes or no'],
  ])('test result row %j is rejected as %s', (row, code, message) => {
    const { rejected } = importBytes(utf8(`case_id,correct,latency,hallucination\n${row}\nc2,no,1,no\n`), { kind: 'test_results' });
    expect(rejected.map((r) => [r.code, r.message])).toEqual([[code, message]]);
  });

  it('rejects the Excel phantom leap day with an explanation', () => {
    const { rejected } = importBytes(utf8('user|date\nu1|45627\nu2|60\n'), { kind: 'usage', settings: { dateFormat: 'excel_serial' } });
    expect(rejected[0]!.message).toMatch(/29 February 1900, a day that never existed/);
  });

  it('accepts a row with extra empty cells (a trailing delimiter) and says so', () => {
    const { rows, result } = importBytes(utf8('user_id,date\nu1,2025-01-01,,\nu2,2025-01-02\n'), { kind: 'usage' });
    expect(rows).toHaveLength(2);
    expect(summaryOf(result).warnings.map((w) => [w.code, w.count])).toEqual([['extra_empty_cells', 1]]);
  });
});

describe('headers', () => {
  it('renames duplicate and empty headers, tells the user, and is not fooled by __proto__', () => {
    const { result, rows } = importBytes(fixture('usage-awkward-headers.csv'), { kind: 'usage' });
    const summary = summaryOf(result);
    expect(summary.headers).toEqual(['__proto__', 'user_id', 'Column 3', 'date', 'date (2)', 'constructor']);
    expect(summary.headerNotes.map((n) => n.code)).toEqual(['empty_header', 'duplicate_header']);
    expect(summary.warnings.find((w) => w.code === 'header_renamed')?.count).toBe(2);
    expect(rows.map((r) => [r.userId, r.date])).toEqual([['u1', '2025-07-01']]);
    expect(Object.getPrototypeOf(summary.mapping.fields)).toBe(Object.prototype);
  });
});

describe('whole-file refusals', () => {
  it.each([
    ['empty.csv', 'empty', 'The file is empty.'],
    ['whitespace-only.csv', 'empty', 'The file is empty.'],
    ['header-only.csv', 'no_data', 'The file has a header row but no data rows.'],
    ['workbook.xlsx.csv', 'binary', 'This file is a ZIP archive or an Excel workbook (.xlsx), not a CSV file. Open it in Excel and save it as "CSV UTF-8" first.'],
  ])('%s is refused (%s)', (name, reason, message) => {
    const { result, rows } = importBytes(fixture(name), { kind: 'usage' });
    expect(result).toMatchObject({ ok: false, error: { reason, message } });
    expect(rows).toEqual([]);
  });

  it('refuses random bytes as not text', () => {
    const { result } = importBytes(fixture('random-binary.csv'), { kind: 'usage' });
    expect(result).toMatchObject({ ok: false, error: { reason: 'binary', code: 'invalid' } });
  });

  it('refuses a file over 2 GB before reading a byte', () => {
    let pushed = 0;
    const importer = createImporter({ kind: 'usage', totalBytes: MAX_IMPORT_BYTES + 1 }, { onRows: () => pushed++ });
    expect(importer.stopped).toBe(true);
    importer.push(utf8('user_id,date\nu1,2025-01-01\n'));
    const result = importer.end();
    expect(result).toMatchObject({ ok: false, error: { reason: 'too_large', code: 'too_large' } });
    if (!result.ok) {
      expect(result.error.message).toBe(
        'This file is 2 GB, more than the 2 GB one import can take. Split it into smaller files (for example one per quarter).',
      );
    }
    expect(createImporter({ kind: 'usage', totalBytes: 3.5 * 1024 ** 3 }, { onRows: () => {} }).end()).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^This file is 3.5 GB, more than the 2 GB/) },
    });
    expect(pushed).toBe(0);
  });

  it('asks for the date order instead of guessing it', () => {
    const { result } = importBytes(fixture('usage-ambiguous-dates.csv'), { kind: 'usage' });
    expect(result).toMatchObject({ ok: false, error: { reason: 'needs_answer' } });
    if (!result.ok) expect(result.error.message).toMatch(/day-first or month-first/);
    const answered = importBytes(fixture('usage-ambiguous-dates.csv'), { kind: 'usage', settings: { dateFormat: 'mdy' } });
    expect(answered.rows.map((r) => r.date)).toEqual(['2025-03-04', '2025-04-05', '2025-12-11']);
  });

  it('asks whether 0–1 editing shares are fractions, then scales them', () => {
    expect(importBytes(fixture('quality-fraction-shares.csv'), { kind: 'quality' }).result).toMatchObject({
      ok: false,
      error: { reason: 'needs_answer' },
    });
    const fractions = importBytes(fixture('quality-fraction-shares.csv'), { kind: 'quality', settings: { percentScale: 'fraction' } });
    expect(fractions.rows.map((r) => r.editingShare)).toEqual([12.5, 50, 0]);
    const percents = importBytes(fixture('quality-fraction-shares.csv'), { kind: 'quality', settings: { percentScale: 'percent' } });
    expect(percents.rows.map((r) => r.editingShare)).toEqual([0.125, 0.5, 0]);
  });

  it('refuses a mapping that misses a required column, naming it', () => {
    const mapping = guessMapping(['user_id', 'date'], [], 'satisfaction');
    const { result } = importBytes(utf8('user_id,date\nu1,2025-01-01\n'), { kind: 'satisfaction', mapping });
    expect(result).toMatchObject({ ok: false, error: { reason: 'mapping_incomplete', message: 'Choose the column for: Rating.' } });
  });
});

describe('chunk boundaries', () => {
  const files: [string, 'usage' | 'quality' | 'satisfaction' | 'test_results'][] = [
    ['quality-bom-semicolon-dmy-decimal-comma.csv', 'quality'],
    ['satisfaction-utf16le.tsv', 'satisfaction'],
    ['satisfaction-windows-1252.csv', 'satisfaction'],
    ['satisfaction-quoted-newlines.csv', 'satisfaction'],
    ['satisfaction-bad-rows.csv', 'satisfaction'],
    ['usage-mixed-line-endings.csv', 'usage'],
    ['usage-utf16be.csv', 'usage'],
    ['test-results-latency-ms.csv', 'test_results'],
  ];

  it.each(files)('%s imports identically in 1-byte, 7-byte and random chunks', (name, kind) => {
    const bytes = fixture(name);
    const whole = importBytes(bytes, { kind });
    summaryOf(whole.result);
    for (const chunks of [chunksOf(bytes, 1), chunksOf(bytes, 7), randomChunks(bytes, 42, 31)]) {
      const split = importChunks(chunks, { kind });
      expect(split.result).toEqual(whole.result);
      expect(split.rows).toEqual(whole.rows);
      expect(split.rejected).toEqual(whole.rejected);
    }
  });

  it('imports a 200 KB file the same whole and in random chunks, with the same hash', () => {
    const lines = ['output_id;user_id;date;editing_share;comment'];
    for (let i = 0; i < 4000; i++) {
      const comment = i % 7 === 0 ? `"line one\nline ""two""; ok"` : 'fine';
      lines.push(`o${i};u${i % 50};${String((i % 28) + 1).padStart(2, '0')}/02/2025;${i % 100},${i % 10};${comment}`);
    }
    const bytes = utf8(lines.join('\r\n'));
    const whole = importBytes(bytes, { kind: 'quality' });
    const summary = summaryOf(whole.result);
    expect(summary.accepted).toBe(4000);
    expect(whole.rows[3999]!.line).toBe(4001 + Math.ceil(4000 / 7));
    const split = importChunks(randomChunks(bytes, 7, 5000), { kind: 'quality' });
    expect(split.result).toEqual(whole.result);
    expect(split.rows).toEqual(whole.rows);
  });
});

describe('summary, batches and cancel', () => {
  const big = (n: number) => {
    const lines = ['user_id,date,uses'];
    for (let i = 0; i < n; i++) lines.push(`u${i % 97},2025-0${(i % 9) + 1}-1${i % 10},${i % 5}`);
    return utf8(lines.join('\n') + '\n');
  };

  it('hands rows over in batches, hashes the bytes, counts the size', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = big(12_000);
    const { result, batches, rows } = importBytes(bytes, { kind: 'usage', batchSize: 5000 });
    const summary = summaryOf(result);
    expect(batches).toBe(3);
    expect(rows).toHaveLength(12_000);
    expect(summary.bytes).toBe(bytes.length);
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('runs from an async source and reports progress', async () => {
    const bytes = big(20_000);
    const progress: number[] = [];
    async function* source() {
      for (const chunk of chunksOf(bytes, 64 * 1024)) yield chunk;
    }
    let count = 0;
    const result = await runImport(source(), { kind: 'usage' }, {
      onRows: (rows) => (count += rows.length),
      onProgress: (p) => progress.push(p.records),
    });
    expect(summaryOf(result).accepted).toBe(20_000);
    expect(count).toBe(20_000);
    expect(progress.at(-1)).toBe(20_000);
  });

  it('stops when cancelled and reports the cancellation', async () => {
    const bytes = big(150_000);
    const controller = new AbortController();
    let batches = 0;
    let pulled = 0;
    async function* source() {
      for (const chunk of chunksOf(bytes, 64 * 1024)) {
        if (batches > 0) controller.abort();
        pulled++;
        yield chunk;
      }
    }
    const result = await runImport(source(), { kind: 'usage', batchSize: 100, signal: controller.signal }, { onRows: () => batches++ });
    expect(result).toMatchObject({ ok: false, error: { reason: 'cancelled', code: 'cancelled' } });
    expect(pulled).toBeLessThan(chunksOf(bytes, 64 * 1024).length);
  });

  it('ignores pushes after cancel', () => {
    let rows = 0;
    const importer = createImporter({ kind: 'usage' }, { onRows: (batch) => (rows += batch.length) });
    importer.cancel();
    importer.push(big(10));
    expect(importer.end()).toMatchObject({ ok: false, error: { reason: 'cancelled' } });
    expect(rows).toBe(0);
  });

  it('reads a web ReadableStream, as File.stream() gives in a worker', async () => {
    const chunks = chunksOf(big(3000), 10_000);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const result = await runImport(stream, { kind: 'usage' }, { onRows: () => {} });
    expect(summaryOf(result).accepted).toBe(3000);
  });

  it('reports a source that throws as a failure, not an exception', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield utf8('user_id,date\n');
      throw new Error('disk unplugged');
    }
    const result = await runImport(source(), { kind: 'usage' }, { onRows: () => {} });
    expect(result).toMatchObject({ ok: false, error: { reason: 'internal' } });
    if (!result.ok) expect(result.error.message).toContain('disk unplugged');
  });

  it('gives the same rows when asked to copy every string out of the parsed text', () => {
    const bytes = fixture('quality-bom-semicolon-dmy-decimal-comma.csv');
    const long = utf8('output_id,user_id,date,editing_share,group\nout-0000000000000001,user-000000000000042,2025-01-01,5,A very long team name indeed\n');
    for (const file of [bytes, long]) {
      expect(importBytes(file, { kind: 'quality', copyStrings: true }).rows).toEqual(importBytes(file, { kind: 'quality' }).rows);
    }
  });

  it('counts blank lines apart from records', () => {
    const { result } = importBytes(utf8('\n\nuser_id,date\n\nu1,2025-01-01\n  \n'), { kind: 'usage' });
    expect(summaryOf(result)).toMatchObject({ records: 1, accepted: 1, blankLines: 4 });
    expect(summaryOf(importBytes(utf8('user_id,date\nu1,2025-01-01\n'), { kind: 'usage' }).result).blankLines).toBe(0);
  });

  it('switches to Windows-1252 when a 1252 byte first appears after an ASCII start', () => {
    const lines = ['user_id,date,comment'];
    for (let i = 0; i < 3000; i++) lines.push(`u${i},2025-01-01,plain ascii text`);
    const head = utf8(lines.join('\n') + '\n');
    const tail = new Uint8Array([...utf8('ren'), 0xe9, ...utf8(',2025-01-02,'), 0x80, 0x0a]);
    const bytes = new Uint8Array([...head, ...tail]);
    const mapping = { kind: 'satisfaction' as const, latencyUnit: 'seconds' as const, fields: { userId: 'user_id', date: 'date', rating: 'comment' } };
    const { result, rejected } = importBytes(bytes, { kind: 'satisfaction', mapping });
    const summary = summaryOf(result);
    expect(summary.settings.encoding).toBe('windows-1252');
    expect(summary.warnings.map((w) => w.code)).toContain('encoding_switched');
    // The comment column is mapped as the rating here, so every row is rejected and its cells shown as read.
    expect(rejected.at(-1)!.cells).toEqual(['rené', '2025-01-02', '€']);
  });
});

describe('survey and spreadsheet exports as exported', () => {
  it.each<[string, string, Partial<CsvSettings>, { accepted: number; rejected: number; blank: number; skipped: number; skippedCodes: string[] }]>([
    [
      'Excel sep= line, a blank row of delimiters and a totals row',
      'sep=;\r\nuser_id;date;uses\r\nu1;2026-03-02;3\r\n;;\r\nu2;2026-03-03;4\r\nTotal;;7\r\n',
      {},
      { accepted: 2, rejected: 0, blank: 1, skipped: 3, skippedCodes: ['sep_line_skipped', 'summary_row_skipped'] },
    ],
    [
      'Qualtrics: question-text row and ImportId row under the header',
      'ResponseId,RecordedDate,RecipientEmail,Q1\r\nResponse ID,Recorded Date,Recipient Email,How satisfied are you? (1-5)\r\n{"ImportId":"_recordId"},{"ImportId":"recordedDate","timeZone":"America/Denver"},{"ImportId":"recipientEmail"},{"ImportId":"QID1"}\r\nR_1,2026-03-03 09:15:32,a@x.org,4\r\nR_2,2026-03-03 10:00:00,b@x.org,2\r\nR_3,2026-03-04 11:00:00,c@x.org,5\r\n',
      { },
      { accepted: 3, rejected: 0, blank: 0, skipped: 3, skippedCodes: ['header_lines_skipped'] },
    ],
    [
      'lines to skip at the top and bottom',
      'Pilot usage report\r\nexported 2026-03-10\r\nuser_id,date\r\nu1,2026-03-02\r\nu2,2026-03-03\r\nGenerated by HR tool\r\n',
      { skipTop: 2, skipBottom: 1 },
      { accepted: 2, rejected: 0, blank: 0, skipped: 4, skippedCodes: ['top_lines_skipped', 'bottom_lines_skipped'] },
    ],
  ])('%s', (_name, text, settings, expected) => {
    const kind = text.includes('uses') || text.includes('Pilot usage') ? 'usage' : 'satisfaction';
    const { result } = importBytes(utf8(text), { kind, settings });
    const summary = summaryOf(result);
    expect({ accepted: summary.accepted, rejected: summary.rejected, blank: summary.blankLines, skipped: summary.skipped }).toEqual({
      accepted: expected.accepted,
      rejected: expected.rejected,
      blank: expected.blank,
      skipped: expected.skipped,
    });
    const lines = text.split('\r\n').length - 1;
    expect(summary.accepted + summary.rejected + summary.blankLines + summary.skipped).toBe(lines);
    for (const code of expected.skippedCodes) expect(summary.warnings.map((w) => w.code)).toContain(code);
  });

  it('reports a totals row with its line number', () => {
    const { result } = importBytes(utf8('user_id,date,uses\nu1,2026-03-02,3\nu2,2026-03-03,4\nSumme,,7\n'), { kind: 'usage' });
    const skipped = summaryOf(result).warnings.find((w) => w.code === 'summary_row_skipped');
    expect(skipped).toMatchObject({ count: 1, title: 'Total or summary row skipped', examples: [{ line: 4, message: 'Line 4 is a total or summary row (“Summe”)' }] });
  });
});
