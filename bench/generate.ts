/**
 * A seeded, realistic editing-time (quality) log for the import benchmark: a year of per-output
 * rows for a large organisation (SPEC §5: about one million rows, ~85 MB), written streaming in
 * three variants (LF, CRLF, UTF-8 BOM + LF) to a cache folder and reused while the seed and
 * size stay the same.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso, isoFromDay } from '../shared/metrics/day-number';
import type { StageInput } from '../shared/metrics/stage-calendar';
import { intBetween, mulberry32, pick } from './prng';

export interface BenchRow {
  readonly outputId: string;
  readonly userId: string;
  readonly date: string;
  readonly editingShare: number;
  readonly editingMinutes: number;
  readonly manualMinutes: number;
  readonly stage: string;
  readonly team: string;
  readonly region: string;
  readonly comment: string;
}

export const BENCH_HEADER =
  'output_id,user_id,date,editing_share_percent,editing_minutes,manual_minutes,stage,team,region,comment';

/** The plan the benchmark log belongs to (the "Team workflow pilot" with dates in 2026). */
export const benchStages: readonly StageInput[] = [
  { id: 'internal', name: 'Internal pilot', plannedStart: '2026-01-05', durationWeeks: 4, enrolledUsers: 5 },
  { id: 'expanded', name: 'Expanded pilot', plannedStart: '2026-02-02', durationWeeks: 4, enrolledUsers: 20 },
  { id: 'full', name: 'Full rollout', plannedStart: '2026-03-02', durationWeeks: null, enrolledUsers: 2000 },
];

const TEAMS = ['Customer Support', 'Claims', 'Underwriting', 'Sales', 'Legal', 'Finance', 'HR Services', 'IT Helpdesk'];
const REGIONS = ['EMEA', 'North America', 'APAC', 'LATAM'];
const PLAIN_COMMENTS = ['ok', 'fine', 'Good draft', 'Fixed tone', 'Shortened', 'Added policy number', 'wrong customer name'];
const QUOTED_COMMENTS = [
  '"Changed greeting, fixed the date"',
  '"Too long, cut two paragraphs"',
  '"Tone too formal; rewrote intro, kept the rest"',
  '"Replaced ""Dear Sir"", too formal"',
  '"Model said ""guaranteed"", legal asked to remove it"',
  '"Wrong amount, recalculated, see ""ticket 4711"""',
];
const MULTILINE_COMMENT = '"First line fine,\nsecond paragraph rewritten"';

const FIRST_DAY = dayFromIso('2026-01-05') as number;
const LAST_DAY = dayFromIso('2026-12-31') as number;

/** Calls `onRow` for every row of the log, in date order; the same seed gives the same rows. */
export function generateRows(rows: number, seed: number, onRow: (row: BenchRow, index: number) => void): void {
  const random = mulberry32(seed);
  const perDay = rowsPerDay(rows);
  let index = 0;
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const { pool, stage } = stageOfDay(day);
    const date = isoFromDay(day);
    const count = perDay[day - FIRST_DAY] ?? 0;
    for (let k = 0; k < count; k++) {
      const user = intBetween(random, 1, pool);
      const manualMinutes = intBetween(random, 5, 60);
      // Most outputs need little editing; a tail needs a lot.
      const share = random() < 0.82 ? random() ** 2 * 15 : 15 + random() * 65;
      const editingMinutes = Math.round((manualMinutes * share) / 10) / 10;
      const c = random();
      onRow(
        {
          outputId: `gen-2026-${String(index + 1).padStart(8, '0')}`,
          userId: `u${String(user).padStart(5, '0')}`,
          date,
          editingShare: Math.round((editingMinutes / manualMinutes) * 1000) / 10,
          editingMinutes,
          manualMinutes,
          stage,
          team: TEAMS[(user * 7) % TEAMS.length] as string,
          region: REGIONS[(user * 13) % REGIONS.length] as string,
          comment:
            c < 0.75 ? '' : c < 0.9 ? pick(random, PLAIN_COMMENTS) : c < 0.9995 ? pick(random, QUOTED_COMMENTS) : MULTILINE_COMMENT,
        },
        index,
      );
      index++;
    }
  }
}

function stageOfDay(day: number): { pool: number; stage: string } {
  if (day < FIRST_DAY + 28) return { pool: 5, stage: 'Internal pilot' };
  if (day < FIRST_DAY + 56) return { pool: 20, stage: 'Expanded pilot' };
  return { pool: 2000, stage: 'Full rollout' };
}

/** Rows per day in proportion to the users active that day, weekends quiet; sums to `rows` exactly. */
function rowsPerDay(rows: number): Int32Array {
  const days = LAST_DAY - FIRST_DAY + 1;
  const weights = Array.from({ length: days }, (_, k) => {
    const weekday = (FIRST_DAY + k + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
    return stageOfDay(FIRST_DAY + k).pool * (weekday === 0 || weekday === 6 ? 0.15 : 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Int32Array(days);
  let cumulative = 0;
  let given = 0;
  weights.forEach((w, k) => {
    cumulative += w;
    const upTo = Math.round((cumulative / total) * rows);
    out[k] = upTo - given;
    given = upTo;
  });
  return out;
}

export function formatRow(r: BenchRow): string {
  return `${r.outputId},${r.userId},${r.date},${r.editingShare.toFixed(1)},${r.editingMinutes.toFixed(1)},${r.manualMinutes},${r.stage},${r.team},${r.region},${r.comment}`;
}

export interface BenchFiles {
  readonly lf: string;
  readonly crlf: string;
  readonly bom: string;
  readonly rows: number;
  readonly seed: number;
  /** Size of the LF file in bytes. */
  readonly bytes: number;
}

/** Writes the three variants unless a complete set for this seed and size is already cached. */
export function ensureQualityLog(dir: string, rows: number, seed: number): BenchFiles & { reused: boolean } {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `quality-s${seed}-r${rows}`);
  const files = { lf: `${base}-lf.csv`, crlf: `${base}-crlf.csv`, bom: `${base}-bom.csv` };
  const manifestPath = `${base}.json`;
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BenchFiles;
    const intact = ([files.lf, files.crlf, files.bom] as const).every((f) => existsSync(f)) && statSync(files.lf).size === manifest.bytes;
    if (intact) return { ...manifest, reused: true };
  }
  const fds = { lf: openSync(`${files.lf}.tmp`, 'w'), crlf: openSync(`${files.crlf}.tmp`, 'w'), bom: openSync(`${files.bom}.tmp`, 'w') };
  writeSync(fds.bom, Buffer.from([0xef, 0xbb, 0xbf]));
  let batch: string[] = [BENCH_HEADER];
  let bytes = 0;
  const flush = () => {
    const text = `${batch.join('\n')}\n`;
    const lf = Buffer.from(text, 'utf8');
    writeSync(fds.lf, lf);
    writeSync(fds.bom, lf);
    writeSync(fds.crlf, Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'));
    bytes += lf.length;
    batch = [];
  };
  generateRows(rows, seed, (row) => {
    batch.push(formatRow(row));
    if (batch.length === 10_000) flush();
  });
  flush();
  for (const [variant, fd] of Object.entries(fds)) {
    closeSync(fd);
    const target = files[variant as keyof typeof files];
    renameSync(`${target}.tmp`, target);
  }
  const manifest: BenchFiles = { ...files, rows, seed, bytes };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { ...manifest, reused: false };
}
