/**
 * Writes the bundled sample files (samples/*.csv) for the "Team workflow pilot" template:
 * Internal pilot from 2026-09-07 (5 users enrolled, u01–u05), Expanded pilot from 2026-10-05
 * (15 users, u01–u15). Who is active in which week is written out below, so the figures in
 * samples/README.md can be checked by hand; the PRNG only varies days, counts and values.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso, isoFromDay } from '../shared/metrics/day-number';
import { intBetween, mulberry32, pick } from './prng';

const TEAM: Record<string, string> = {
  u01: 'Support', u02: 'Support', u03: 'Support', u06: 'Support', u07: 'Support', u08: 'Support', u09: 'Support',
  u04: 'Claims', u05: 'Claims', u10: 'Claims', u11: 'Claims', u12: 'Claims',
  u13: 'Legal', u14: 'Legal', u15: 'Legal',
};

const users = (from: number, to: number, ...extra: number[]) =>
  [...Array.from({ length: to - from + 1 }, (_, k) => from + k), ...extra].map((n) => `u${String(n).padStart(2, '0')}`);

/** Active users per week: [stage, first day of week 1, weeks of [user, active weekdays]]. */
const schedule: { stage: string; start: string; weeks: [string, number][][] }[] = [
  {
    stage: 'Internal pilot',
    start: '2026-09-07',
    weeks: [
      [['u01', 5], ['u02', 4], ['u03', 3], ['u04', 3], ['u05', 2]],
      [['u01', 5], ['u02', 4], ['u03', 2], ['u04', 3]],
      [['u01', 5], ['u02', 3], ['u04', 2]],
      [['u01', 5], ['u02', 3], ['u04', 2]],
    ],
  },
  {
    stage: 'Expanded pilot',
    start: '2026-10-05',
    weeks: [
      // Legal (u13–u15) drafts every day: enough outputs for its own verdict.
      users(1, 13).map((u) => [u, TEAM[u] === 'Legal' ? 5 : 4] as [string, number]),
      users(1, 10, 12, 14).map((u) => [u, TEAM[u] === 'Legal' ? 5 : 3] as [string, number]),
      users(1, 10, 14).map((u) => [u, TEAM[u] === 'Legal' ? 5 : 3] as [string, number]),
      users(1, 9, 14).map((u) => [u, TEAM[u] === 'Legal' ? 5 : 3] as [string, number]),
    ],
  },
];

/** Chance that an output needs under 15% editing, by stage and team. */
function goodChance(stage: string, team: string): number {
  if (stage === 'Internal pilot') return 0.9;
  return team === 'Legal' ? 0.55 : team === 'Claims' ? 0.85 : 0.9;
}

const COMMENTS_GOOD = ['Saves me a lot of time', 'Drafts are good, tone a bit stiff', '', '', 'Great for standard replies'];
const COMMENTS_MIXED = ['Useful, but it invents policy numbers', 'Good start; I still rewrite the closing', ''];
const COMMENTS_POOR = [
  'Had to rewrite most of it, esp. the "legal basis" part',
  'Not for contracts: it cites a "legal basis" that does not exist',
  'Too generic, "one size fits all"',
];

/** A CSV cell: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeSamples(dir: string): Record<string, number> {
  const random = mulberry32(20260907);
  const usage = ['user_id,date,team,uses'];
  const outputs: { date: string; text: string }[] = [];
  const satisfaction = ['user_id,stage,week,rating,comment,team'];

  // The admin's smoke test two days before the pilot: dated outside every stage, on purpose.
  usage.push('admin,2026-09-03,,1', 'admin,2026-09-04,,2');

  for (const { stage, start, weeks } of schedule) {
    const first = dayFromIso(start) as number;
    weeks.forEach((active, w) => {
      for (const [user, days] of active) {
        const team = TEAM[user] as string;
        const weekdays = [0, 1, 2, 3, 4].sort(() => random() - 0.5).slice(0, days).sort();
        for (const d of weekdays) {
          const date = isoFromDay(first + w * 7 + d);
          const uses = intBetween(random, 1, 12);
          usage.push(`${user},${date},${team},${uses}`);
          for (let o = 0; o < 1 + (uses % 3); o++) {
            outputs.push({ date, text: `${user},${date},${editing(random, goodChance(stage, team))},${team}` });
          }
        }
        const respond = stage === 'Internal pilot' || random() < 0.75;
        if (respond) {
          const rating = team === 'Legal' ? intBetween(random, 2, 3) : random() < 0.8 ? intBetween(random, 4, 5) : 3;
          const comment = pick(random, rating >= 4 ? COMMENTS_GOOD : rating === 3 ? COMMENTS_MIXED : COMMENTS_POOR);
          satisfaction.push(`${user},${stage},${w + 1},${rating},${cell(comment)},${team}`);
        }
      }
    });
  }
  // Opened the tool in week 4 without using it: a usage row, but no activity.
  usage.push('u05,2026-09-29,Claims,0');
  // Two outputs exactly at the limit: 15.0% is not under 15%.
  outputs.push({ date: '2026-09-30', text: 'u01,2026-09-30,15.0,3.0,20,Support' });
  outputs.push({ date: '2026-10-01', text: 'u02,2026-10-01,15.0,3.0,20,Support' });
  // Output ids count up in date order, as a system log would have them.
  outputs.sort((a, b) => a.date.localeCompare(b.date));
  const quality = [
    'output_id,user_id,date,editing_share_percent,editing_minutes,manual_minutes,team',
    ...outputs.map((o, k) => `out-${String(k + 1).padStart(4, '0')},${o.text}`),
  ];

  const files: Record<string, string[]> = {
    'usage.csv': sortByDate(usage, 1),
    'quality.csv': quality,
    'satisfaction.csv': satisfaction,
    'test-results.csv': testResults(random),
  };
  mkdirSync(dir, { recursive: true });
  const lines: Record<string, number> = {};
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(join(dir, name), `${rows.join('\n')}\n`);
    lines[name] = rows.length - 1;
  }
  return lines;
}

/**
 * `share,editing,manual` with editing minutes on a half-minute grid, so the share is exactly
 * editing ÷ manual to one decimal and reading either column gives the same figures.
 */
function editing(random: () => number, goodChance: number): string {
  const manual = pick(random, [10, 20, 25, 50]);
  const target = random() < goodChance ? random() * 14 : 16 + random() * 44;
  const minutes = Math.round((target / 100) * manual * 2) / 2;
  return `${((minutes / manual) * 100).toFixed(1)},${minutes.toFixed(1)},${manual}`;
}

function sortByDate(rows: string[], dateColumn: number): string[] {
  const [header, ...body] = rows;
  return [header as string, ...body.sort((a, b) => (a.split(',')[dateColumn] ?? '').localeCompare(b.split(',')[dateColumn] ?? ''))];
}

const CATEGORIES = ['billing', 'claim status', 'address change', 'cancellation', 'complaint'];
const USER_TYPES = ['New customer', 'Existing customer', 'Broker'];

/**
 * 200 labelled cases: 6 not labelled yet (no expected answer), 14 wrong, 180 right;
 * 7 hallucinations; latencies from 0.8 to 3.1 s.
 */
function testResults(random: () => number): string[] {
  const rows = ['case_id,user_type,expected,actual,correct,hallucination,latency_seconds'];
  const wrong = new Set([12, 27, 33, 48, 61, 75, 88, 102, 117, 130, 144, 158, 171, 189]);
  const unlabelled = new Set([19, 56, 93, 121, 160, 197]);
  const hallucinated = new Set([27, 61, 88, 130, 171, 40, 150]);
  for (let n = 1; n <= 200; n++) {
    const expected = pick(random, CATEGORIES);
    const actual = wrong.has(n) ? pick(random, CATEGORIES.filter((c) => c !== expected)) : expected;
    const latency = (0.8 + intBetween(random, 0, 23) / 10).toFixed(1);
    const id = `TC-${String(n).padStart(3, '0')}`;
    const type = USER_TYPES[n % 3] as string;
    if (unlabelled.has(n)) rows.push(`${id},${type},,${actual},,no,${latency}`);
    else rows.push(`${id},${type},${expected},${actual},${wrong.has(n) ? 'no' : 'yes'},${hallucinated.has(n) ? 'yes' : 'no'},${latency}`);
  }
  return rows;
}
