/**
 * Seeded random plans for the oracle comparison: stages with overlapping or open-ended dates,
 * criteria and triggers of every shape, rows placed by date, by stage name and by week number,
 * groups, use counts of 0, ties with the threshold made on purpose, and empty (all-rejected) files.
 */
import type { Criterion, Stage } from '../../../../shared/model/schema';
import type { OracleRow } from './oracle-figures';
import type { OraclePlan } from './oracle-gates';
import { mulberry32 } from '../../../../bench/prng';

const METRICS = ['adoption_rate', 'editing_under_limit_share', 'mean_editing_share', 'median_editing_share', 'mean_satisfaction', 'satisfaction_top2_share'] as const;
const COMPARATORS = ['>=', '<=', '>', '<'] as const;
const GROUPS = ['Claims', 'Support', 'Legal'];
const BASE = Date.UTC(2026, 0, 5) / 86_400_000;
const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function randomPlan(seed: number): OraclePlan {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const chance = (p: number) => r() < p;

  const stageCount = int(1, 3);
  const enrolled = int(1, 12);
  const stages: Stage[] = [];
  let day = BASE + int(0, 6);
  for (let i = 0; i < stageCount; i++) {
    const duration = i === stageCount - 1 && chance(0.4) ? null : int(1, 6);
    const stage: Stage = {
      id: `s${i + 1}`,
      name: `Stage ${i + 1}`,
      description: '',
      audience: { kind: 'users', min: 1, max: enrolled },
      plannedStart: chance(0.05) ? null : iso(day),
      durationWeeks: duration,
      minDurationWeeks: chance(0.7) ? 0 : int(1, 4),
      pattern: 'feature_flag',
      enrolledUsers: chance(0.1) ? null : chance(0.1) ? int(0, 2) : enrolled + int(0, 6),
      enrolmentSource: '',
      enrolledByGroup: chance(0.2) ? Object.fromEntries(GROUPS.map((g) => [g, int(0, 5)])) : {},
      criteria: [],
      triggers: [],
    };
    stages.push(stage);
    // The next stage starts after this one, sometimes overlapping it by a few days.
    day += 7 * (duration ?? 4) - (chance(0.15) ? int(1, 10) : 0);
  }

  const rows: OracleRow[] = [];
  const files: OraclePlan['files'] = {};
  const lastDay = day + 21;
  const users = Array.from({ length: enrolled + 4 }, (_, i) => `u${i + 1}`);
  for (const kind of ['usage', 'quality', 'satisfaction'] as const) {
    if (chance(0.2)) continue;
    files[kind] = { grouped: false };
    if (chance(0.05)) continue; // a file whose every row was rejected
    const grouped = chance(0.5);
    const byName = chance(0.15);
    const count = kind === 'usage' ? int(0, 60) : int(0, 80);
    const quiet = chance(0.3) ? [int(BASE, lastDay), int(7, 28)] : null; // a stretch nobody used the tool
    for (let k = 0; k < count; k++) {
      const d = int(BASE - 7, lastDay);
      if (kind === 'usage' && quiet && d >= (quiet[0] as number) && d < (quiet[0] as number) + (quiet[1] as number)) continue;
      const stageName = byName && stages.length > 0 ? pick(stages).name : null;
      const useWeek = stageName !== null && chance(0.3);
      rows.push({
        kind,
        date: useWeek ? null : iso(d),
        week: useWeek ? int(1, 7) : null,
        stage: stageName,
        group: grouped && chance(0.85) ? pick(GROUPS) : null,
        user: pick(users),
        uses: kind === 'usage' && chance(0.1) ? 0 : null,
        tenths: pick([0, 50, 100, 140, 149, 150, 151, 200, 333, 500, 1000, int(0, 1000)]),
        rating: int(1, 5),
      });
    }
  }

  const today = iso(int(BASE - 3, lastDay + 14));
  const thresholdFor = (metric: (typeof METRICS)[number], stage: Stage): number => {
    // Adoption exactly on k of the enrolled users: the ties floating point gets wrong (7 of 10 is 70.00000000000001%).
    if (metric === 'adoption_rate' && stage.enrolledUsers && chance(0.5)) return Number(((100 * int(0, stage.enrolledUsers)) / stage.enrolledUsers).toFixed(9));
    if (metric === 'mean_satisfaction') return pick([3, 3.5, 4, 4.1, 4.5, int(1, 5)]);
    if (metric === 'mean_editing_share' || metric === 'median_editing_share') return pick([10, 14.9, 15, 20, 33.3, int(0, 100)]);
    // Proportions: whole numbers 1–99, a few decimals, and shares of small counts (ties on purpose).
    return pick([int(1, 99), 33.3, 66.7, 12.5, Number(((100 * int(0, 10)) / int(1, 10)).toFixed(2)), (100 * int(0, 5)) / 5, (100 * int(0, 4)) / 8]);
  };
  let id = 0;
  const rule = (stage: Stage): Criterion => {
    const metric = pick(METRICS);
    const judged = pick(['week', 'stage_end', 'continuous'] as const);
    const persistence = chance(0.6)
      ? null
      : pick([
          { kind: 'consecutive_weeks', weeks: int(1, 3) },
          { kind: 'more_than_weeks', weeks: int(0, 2) },
          { kind: 'after_days', days: pick([7, 14, 20, 28, 90]) },
        ] as const);
    return {
      id: `c${++id}`,
      metric,
      comparator: pick(COMPARATORS),
      threshold: thresholdFor(metric, stage),
      judgedAt: judged === 'week' ? { kind: 'week', week: int(1, 6) } : { kind: judged },
      minSample: chance(0.6) ? 0 : int(1, 6),
      persistence,
      required: chance(0.75),
      everyGroup: chance(0.25),
      note: '',
    };
  };
  for (const stage of stages) {
    stage.criteria.push(...Array.from({ length: int(0, 4) }, () => rule(stage)));
    stage.triggers.push(...Array.from({ length: int(0, 2) }, () => rule(stage)));
  }
  for (const kind of Object.keys(files) as OracleRow['kind'][]) {
    files[kind] = { grouped: rows.some((row) => row.kind === kind && row.group !== null) };
  }
  return { stages, confidence: chance(0.3), editingLimit: pick([15, 15, 10, 20]), rows, files, today };
}
