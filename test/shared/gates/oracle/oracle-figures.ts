/**
 * The independent oracle, part 1: pilot figures per stage, week and group, computed straight
 * from the rows as SPEC §5 describes them and the README's gate rules settle the open points.
 * Written without `shared/gates` or `shared/metrics`: exact rationals, plain arrays, no columns.
 */
import type { Stage } from '../../../../shared/model/schema';

export interface OracleRow {
  readonly kind: 'usage' | 'quality' | 'satisfaction';
  readonly date: string | null;
  readonly week: number | null;
  readonly stage: string | null;
  readonly group: string | null;
  readonly user: string;
  readonly uses: number | null;
  /** Editing share in tenths of a percent (so sums stay exact); ratings 1–5. */
  readonly tenths: number;
  readonly rating: number;
}

/** A rational a ÷ b with b > 0. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

export const q = (n: bigint | number, d: bigint | number = 1n): Q => ({ n: BigInt(n), d: BigInt(d) });
export const qFloat = (x: Q): number => Number(x.n) / Number(x.d);
export function qCmp(a: Q, b: Q): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
/** The decimal as typed: 33.3 → 333/10. */
export function qDecimal(x: number): Q {
  const [mant, exp = '0'] = String(x).split('e');
  const [whole = '0', frac = ''] = (mant ?? '0').split('.');
  let n = BigInt(whole.replace('-', '') + frac) * (whole.startsWith('-') ? -1n : 1n);
  let d = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) n *= 10n ** BigInt(e);
  if (e < 0) d *= 10n ** BigInt(-e);
  return { n, d };
}

export const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** A figure of one period: null value means rows exist but no value can be given. */
export interface Figure {
  readonly value: Q | null;
  readonly sample: number;
  readonly successes: number | null;
  readonly trials: number | null;
}

export type OracleMetric = 'adoption_rate' | 'editing_under_limit_share' | 'mean_editing_share' | 'median_editing_share' | 'mean_satisfaction' | 'satisfaction_top2_share';

export const kindOf: Record<OracleMetric, OracleRow['kind']> = {
  adoption_rate: 'usage',
  editing_under_limit_share: 'quality',
  mean_editing_share: 'quality',
  median_editing_share: 'quality',
  mean_satisfaction: 'satisfaction',
  satisfaction_top2_share: 'satisfaction',
};

interface Placed {
  readonly row: OracleRow;
  readonly stage: number;
  readonly week: number;
}

/** SPEC §5: a stage column names the stage; otherwise the date picks the stage containing it (the earlier one on overlap). */
export function placeAll(rows: readonly OracleRow[], stages: readonly Stage[]): Placed[] {
  const starts = stages.map((s) => (s.plannedStart === null ? null : dayOf(s.plannedStart)));
  const ends = stages.map((s, i) => {
    const st = starts[i];
    if (st === null || st === undefined) return null;
    if (s.durationWeeks !== null) return st + 7 * s.durationWeeks - 1;
    const later = starts.filter((o): o is number => o !== null && o > st);
    return later.length === 0 ? Infinity : Math.min(...later) - 1;
  });
  const placed: Placed[] = [];
  for (const row of rows) {
    let s: number;
    let week: number;
    if (row.stage !== null && row.stage.trim() !== '') {
      s = stages.findIndex((x) => x.name.trim().toLowerCase() === row.stage?.trim().toLowerCase());
      if (s < 0) continue;
      if (row.week !== null) week = row.week;
      else if (row.date === null || starts[s] === null) continue;
      else week = Math.floor((dayOf(row.date) - (starts[s] as number)) / 7) + 1;
    } else {
      if (row.date === null) continue;
      const d = dayOf(row.date);
      s = stages.findIndex((_, i) => starts[i] !== null && d >= (starts[i] as number) && d <= (ends[i] as number));
      if (s < 0) continue;
      week = row.week ?? Math.floor((d - (starts[s] as number)) / 7) + 1;
    }
    if (week < 1 || week > 520) continue;
    placed.push({ row, stage: s, week });
  }
  return placed;
}

/** Weeks a usage log covers in stage `s` (the README's coverage rule). */
export function coveredWeeks(rows: readonly OracleRow[], placed: readonly Placed[], stages: readonly Stage[], s: number): Set<number> {
  const out = new Set<number>();
  const mine = placed.filter((p) => p.stage === s && p.row.kind === 'usage').map((p) => p.week);
  if (mine.length > 0) for (let w = Math.min(...mine); w <= Math.max(...mine); w++) out.add(w);
  const dated = rows.filter((r) => r.kind === 'usage' && r.date !== null && (r.stage === null || r.stage === '')).map((r) => dayOf(r.date as string));
  const stage = stages[s];
  if (dated.length === 0 || stage === undefined || stage.plannedStart === null) return out;
  const start = dayOf(stage.plannedStart);
  const first = Math.min(...dated);
  let last = Math.max(...dated);
  if (stage.durationWeeks !== null) last = Math.min(last, start + 7 * stage.durationWeeks - 1);
  else {
    const next = stages.map((x) => (x.plannedStart === null ? null : dayOf(x.plannedStart))).filter((o): o is number => o !== null && o > start);
    if (next.length > 0) last = Math.min(last, Math.min(...next) - 1);
  }
  for (let w = 1; w <= 520; w++) {
    if (start + 7 * (w - 1) >= first && start + 7 * w - 1 <= last) out.add(w);
  }
  return out;
}

/** Distinct users with a use among usage rows (a row with 0 uses is no activity). */
export function activeUsers(rows: readonly OracleRow[]): number {
  return new Set(rows.filter((r) => r.kind === 'usage' && (r.uses === null || r.uses > 0)).map((r) => r.user)).size;
}

/** One metric over a set of placed rows (a week, the whole stage; a group or all); `stageActive`: adoption's users active over the whole stage. */
export function figureOf(
  metric: OracleMetric,
  rows: readonly OracleRow[],
  covered: boolean,
  enrolled: number | null,
  editingLimitTenths: number,
  stageActive = 0,
): Figure | 'empty' {
  const mine = rows.filter((r) => r.kind === kindOf[metric]);
  if (metric === 'adoption_rate') {
    if (mine.length === 0 && !covered) return 'empty';
    const active = activeUsers(mine);
    if (enrolled === null || enrolled === 0) return { value: null, sample: active, successes: null, trials: null };
    // SPEC: a figure that cannot be true never passes. More users active over the stage than enrolled
    // proves the enrolment wrong, so no week's share of it is evidence either.
    if (active > enrolled || stageActive > enrolled) return { value: null, sample: active, successes: active, trials: enrolled };
    return { value: q(100 * active, enrolled), sample: enrolled, successes: active, trials: enrolled };
  }
  if (mine.length === 0) return 'empty';
  const n = mine.length;
  const share = (s: number): Figure => ({ value: q(100 * s, n), sample: n, successes: s, trials: n });
  const plain = (value: Q): Figure => ({ value, sample: n, successes: null, trials: null });
  switch (metric) {
    case 'editing_under_limit_share':
      return share(mine.filter((r) => r.tenths < editingLimitTenths).length);
    case 'mean_editing_share':
      return plain(q(mine.reduce((a, r) => a + r.tenths, 0), 10 * n));
    case 'median_editing_share': {
      const sorted = mine.map((r) => r.tenths).sort((a, b) => a - b);
      const hi = sorted[n >> 1] as number;
      return plain(n % 2 === 1 ? q(hi, 10) : q((sorted[(n >> 1) - 1] as number) + hi, 20));
    }
    case 'mean_satisfaction':
      return plain(q(mine.reduce((a, r) => a + r.rating, 0), n));
    case 'satisfaction_top2_share':
      return share(mine.filter((r) => r.rating >= 4).length);
  }
}

export type { Placed };
