import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseCut, type CsvSettings, type ImportKind } from '../../../shared/csv';
import type { ColumnMapping } from '../../../shared/csv/mapping';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';
import { chunksOf, randomChunks, utf8 } from '../../shared/csv/helpers';
import { comparable, runPartsInTurn } from './parts-in-turn';

/**
 * A file read in two parts (on two threads in the app) must give exactly what one read gives: the same
 * summary (counts, reasons with their first examples and lines, warnings, dates), the same stored
 * columns byte for byte, the same rejected-rows CSV; or the parts refuse and the file is read whole.
 * Files of 150–300 KB (the second part reads the header from the first 64 KB), cut at random line
 * breaks, quoted line breaks and CRLF included, in random chunkings.
 */

const quote = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

interface KindCase {
  readonly kind: ImportKind;
  readonly header: readonly string[];
  readonly mapping: ColumnMapping;
  readonly cells: readonly (readonly string[])[];
}

const dates = ['2026-03-02', '2026-12-30', '2026-02-30', 'soon', '', '2026-04-11'];
const kinds: readonly KindCase[] = [
  {
    kind: 'quality',
    header: ['output_id', 'user_id', 'date', 'share', 'editing_minutes', 'manual_minutes', 'stage', 'team', 'comment'],
    mapping: {
      kind: 'quality',
      latencyUnit: 'seconds',
      fields: { outputId: 'output_id', userId: 'user_id', date: 'date', editingShare: 'share', editingMinutes: 'editing_minutes', manualMinutes: 'manual_minutes', stage: 'stage', group: 'team' },
    },
    cells: [
      ['o1', 'gen-2026-00000017', '', 'a"b'],
      ['u1', 'u00042', ' u7 ', 'Zoë'],
      dates,
      ['12.5', '0', '100', '101', '-3', 'x', ''],
      ['3', '', '', '', '1.5'],
      ['10', '', '', '0', '12'],
      ['Internal pilot', 'expanded pilot', 'Full rollout', ''],
      ['Claims', 'Customer Support', '', 'Support'],
      ['', 'ok', 'line one\nline two', 'said "hi"', 'a\r\nb', 'Total', 'café'],
    ],
  },
  {
    kind: 'usage',
    header: ['user', 'date', 'uses', 'stage', 'team'],
    mapping: { kind: 'usage', latencyUnit: 'seconds', fields: { userId: 'user', date: 'date', uses: 'uses', stage: 'stage', group: 'team' } },
    cells: [['u1', 'u2', '', 'u3\nx'], dates, ['', '', '', '3', '-1', 'many'], ['Internal pilot', '', 'Full rollout'], ['', '', 'Claims', 'Légal']],
  },
  {
    kind: 'satisfaction',
    header: ['user', 'date', 'rating', 'comment', 'stage'],
    mapping: { kind: 'satisfaction', latencyUnit: 'seconds', fields: { userId: 'user', date: 'date', rating: 'rating', comment: 'comment', stage: 'stage' } },
    cells: [['u1', 'u2', 'u3'], dates, ['1', '5', '3', '6', '2.5', ''], ['', '', '', 'great', 'slow,\nbut ok', 'x"y'], ['Internal pilot', 'Expanded pilot', 'Nope']],
  },
];

const settings = (kind: KindCase): CsvSettings => ({
  encoding: 'utf-8',
  delimiter: ',',
  hasHeader: true,
  dateFormat: 'iso',
  decimalComma: false,
  percentScale: kind.kind === 'quality' ? 'percent' : null,
});

/** A file of about `size` bytes: records picked by a small generator from each column's values. */
function makeFile(kind: KindCase, seed: number, size: number, crlf: boolean, bom: boolean, sepLine: boolean): Uint8Array {
  let state = seed >>> 0 || 1;
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const newline = crlf ? '\r\n' : '\n';
  let text = (bom ? '\uFEFF' : '') + (sepLine ? `sep=,${newline}` : '') + kind.header.join(',') + newline;
  while (text.length < size) {
    if (next(30) === 0) {
      text += newline; // a blank line
      continue;
    }
    const row = kind.cells.map((values) => quote(values[next(values.length)]!));
    text += row.join(',') + newline;
  }
  return utf8(text);
}

/** Line breaks after byte 70,000 (past the header sample), some inside quoted cells. */
function cutsOf(bytes: Uint8Array, seed: number, count: number): number[] {
  const cuts: number[] = [];
  let state = seed >>> 0 || 7;
  for (let k = 0; k < count; k++) {
    state = (Math.imul(state, 22695477) + 1) >>> 0;
    const from = 70_000 + (state % Math.max(1, bytes.length - 75_000));
    const at = bytes.indexOf(10, from);
    if (at !== -1 && at + 1 < bytes.length) cuts.push(at + 1);
  }
  return cuts;
}

/** 64 KiB slices of bytes `from`–`to`, as a file's stream gives them. */
const slices = (bytes: Uint8Array, from: number, to: number): Uint8Array[] => chunksOf(bytes.subarray(from, to), 65_536);

// Cells as bytes (one character, one byte): what real exports hold besides plain values.
const messyUsers = ['u1', 'u2', 'u3', ' u4 ', '"u5"', '"u\n6"', 'u"7', '"u8"x', 'u\r10', 'u\x0011', 'caf\xc3\xa9', '\xef\xbb\xbfu12', '"a,b"', ''];
// A byte that is not UTF-8 makes a UTF-8 read switch to Windows-1252, and then every cut refuses: Windows-1252 files only.
const windows1252Users = [...messyUsers, 'caf\xe9', 'na\xefve'];
const messyDates = ['2026-03-02', '2026-12-30', '2027-01-01', 'soon', '', '"2026-04-11"'];
const messyUses = ['1', '2', '', 'x', '-1', '3.5', '"4"'];
const messyTails = ['', '', '', ',', ',,', ',extra'];

function messyFile(seed: number, size: number, shape: { crlf: boolean; header: boolean; top: number; extra: number; encoding: string }): Uint8Array {
  const users = shape.encoding === 'windows-1252' ? windows1252Users : messyUsers;
  let state = seed >>> 0 || 1;
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const nl = shape.crlf ? '\r\n' : '\n';
  let text = '';
  for (let i = 0; i < shape.top; i++) text += `report line ${i}${nl}`;
  if (shape.header) text += `user,date,uses${nl}`;
  for (let i = 0; i < shape.extra; i++) text += `User,Date,Uses${nl}`;
  while (text.length < size) {
    const r = next(80);
    if (r === 0) text += nl;
    else if (r === 1) text += `,,${nl}`;
    else if (r === 2) text += `Total,,99${nl}`;
    else if (r === 3) text += '\r';
    // Broken quotes are rare in real files, and each costs papaparse's recovery a re-read of its chunk.
    else {
      const user = users[next(users.length)]!;
      text += `${next(8) === 0 || !/^"u[58]"x$|^u"7$/.test(user) ? user : 'u9'},${messyDates[next(messyDates.length)]},${messyUses[next(messyUses.length)]}${messyTails[next(messyTails.length)]}${nl}`;
    }
  }
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}


describe('an import read in two parts', () => {
  it('gives exactly what one read gives, or refuses so that the file is read whole', async () => {
    let merged = 0;
    let refused = 0;
    let rejectedCompared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.integer({ min: 1, max: 1 << 30 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (kind, seed, crlf, bom, sepLine) => {
          const bytes = makeFile(kind, seed, 150_000 + (seed % 150_000), crlf, bom, sepLine);
          const job: ImportJob = {
            kind: kind.kind,
            settings: settings(kind),
            mapping: kind.mapping,
            today: '2026-12-06',
            totalBytes: bytes.length,
            hash: false,
          };
          const whole = comparable(await runImportJob(randomChunks(bytes, seed, 9000), job));
          for (const cut of cutsOf(bytes, seed, 3)) {
            const parts = await runPartsInTurn(
              () => randomChunks(bytes, seed + cut, 7000),
              randomChunks(bytes.subarray(0, cut), seed ^ cut, 5000),
              job,
              cut,
            );
            if (!parts.ok && parts.error.reason === 'split_refused') {
              refused++;
              continue;
            }
            merged++;
            if (whole.ok && whole.rejectedCsv !== null) rejectedCompared++;
            expect(comparable(parts)).toEqual(whole);
          }
        },
      ),
      { numRuns: 40, seed: Number(process.env.FC_SEED ?? 20261206) },
    );
    // Most cuts must merge (a refusal is only for a cut inside a quoted cell), and rejected rows must have been compared.
    expect(merged).toBeGreaterThan(refused * 3);
    expect(rejectedCompared).toBeGreaterThan(20);
  }, 120_000);

  it('chooses a cut after a line break, away from quote marks', () => {
    const probe = utf8('tail of a row\n"quoted\nstill",x\nplain,row\nnext,row\nlast\n');
    const cut = chooseCut(probe, 1000)!;
    expect(new TextDecoder().decode(probe.subarray(0, cut - 1000)).endsWith('plain,row\n')).toBe(true);
    expect(chooseCut(utf8('a,"b\nc",d\n'), 0)).toBeNull();
    expect(chooseCut(utf8('no line break at all'), 0)).toBeNull();
  });

  /**
   * Bytes as exports really hold them: Windows-1252 and invalid UTF-8 bytes, a U+FEFF mid-file, NULs,
   * lone CRs, broken quotes, blank and all-comma lines, totals rows, too many cells; files without a
   * header, with lines above the table, with extra header rows; read the way the app reads them (the
   * second part's bytes before the cut in one piece, then 64 KiB slices from the cut).
   */
  it.each([
    ['a header, LF', { crlf: false, header: true, top: 0, extra: 0, encoding: 'utf-8' as const }],
    ['a header, CRLF, Windows-1252', { crlf: true, header: true, top: 0, extra: 0, encoding: 'windows-1252' as const }],
    ['no header', { crlf: false, header: false, top: 0, extra: 0, encoding: 'utf-8' as const }],
    ['lines above the table and an extra header row', { crlf: true, header: true, top: 2, extra: 1, encoding: 'utf-8' as const }],
  ])('gives exactly what one read gives for messy bytes (%s), or refuses', async (_name, shape) => {
    let merged = 0;
    for (let seed = 1; seed <= 2; seed++) {
      const bytes = messyFile(seed, 140_000 + seed * 7919, shape);
      const job: ImportJob = {
        kind: 'usage',
        settings: {
          encoding: shape.encoding,
          delimiter: ',',
          hasHeader: shape.header,
          dateFormat: 'iso',
          decimalComma: false,
          percentScale: null,
          ...(shape.top > 0 ? { skipTop: shape.top } : {}),
          ...(shape.extra > 0 ? { extraHeaderRows: shape.extra } : {}),
        },
        mapping: {
          kind: 'usage',
          latencyUnit: 'seconds',
          fields: shape.header ? { userId: 'user', date: 'date', uses: 'uses' } : { userId: 'Column 1', date: 'Column 2', uses: 'Column 3' },
        },
        today: '2026-12-06',
        totalBytes: bytes.length,
        hash: false,
      };
      const whole = comparable(await runImportJob(slices(bytes, 0, bytes.length), job));
      expect(whole.ok).toBe(true);
      for (const cut of cutsOf(bytes, seed * 31, 4)) {
        const parts = await runPartsInTurn(() => [bytes.subarray(0, cut), ...slices(bytes, cut, bytes.length)], slices(bytes, 0, cut), job, cut);
        if (!parts.ok && parts.error.reason === 'split_refused') continue;
        merged++;
        expect(comparable(parts)).toEqual(whole);
      }
    }
    expect(merged).toBeGreaterThan(3);
  }, 120_000);
});
