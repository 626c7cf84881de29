import type { SatisfactionColumns } from './columns';
import { joinDictionaries } from './global-ids';
import type { Placement } from './placement';

/**
 * Satisfaction is one rating per user per week (SPEC §5). Survey tools let a person answer again
 * (a reminder e-mail, a second device), and a keen user answering twelve times outweighed three
 * unhappy ones: the week's mean moved from 2.75 to 4.6 on one person's say. Each user's last rating
 * of a stage week counts (a later answer replaces an earlier one, as the survey tools' own
 * "latest response" views do); the earlier ones are placed nowhere and counted apart, with a warning.
 */
export function withoutRepeatRatings<T extends { readonly columns: SatisfactionColumns; readonly placement: Placement }>(imports: readonly T[]): T[] {
  if (imports.length === 0) return [];
  const users = joinDictionaries(imports.map((imp) => imp.columns.user));
  // The last row of each user's stage week, over the imports in order: import index and row, packed.
  const last = new Map<number, number>();
  const rowsBefore: number[] = [];
  let offset = 0;
  imports.forEach((imp, k) => {
    rowsBefore.push(offset);
    const { stage, week } = imp.placement;
    const map = users.maps[k] as Uint32Array;
    for (let i = 0; i < stage.length; i++) {
      const s = stage[i] as number;
      if (s < 0) continue;
      last.set(keyOf(map[imp.columns.user.codes[i] as number] as number, s, week[i] as number), offset + i);
    }
    offset += stage.length;
  });
  return imports.map((imp, k) => {
    const { stage, week } = imp.placement;
    const map = users.maps[k] as Uint32Array;
    let out: Int32Array | null = null;
    let count = 0;
    for (let i = 0; i < stage.length; i++) {
      const s = stage[i] as number;
      if (s < 0 || last.get(keyOf(map[imp.columns.user.codes[i] as number] as number, s, week[i] as number)) === (rowsBefore[k] as number) + i) continue;
      out ??= stage.slice();
      out[i] = -1;
      count++;
    }
    if (out === null) return imp;
    const placement: Placement = {
      ...imp.placement,
      stage: out,
      placedRows: imp.placement.placedRows - count,
      unplaced: { ...imp.placement.unplaced, rated_again: imp.placement.unplaced.rated_again + count },
    };
    return { ...imp, placement };
  });
}

/** User, stage and week in one number: weeks stop at 520 and a plan has far fewer than 1,024 stages. */
function keyOf(user: number, stage: number, week: number): number {
  return user * 0x100000 + stage * 0x400 + week;
}
