import { formatCount, formatPlural } from '../format/format';
import type { SatisfactionColumns } from './columns';
import { joinDictionaries } from './global-ids';
import type { Placement } from './placement';
import type { MetricsWarning } from './pilot-metrics';

/**
 * Satisfaction is one rating per user per week (SPEC §5), and the mean counts every rating. Survey tools
 * let a person answer again (a reminder e-mail, a second device): a keen user answering twelve times in a
 * week outweighed three unhappy ones, and the week's mean moved from 2.75 to 4.6 on one person's say,
 * silently. Which rating stands cannot be told from the rows (conversation-rating exports rightly hold
 * several per customer), so every rating still counts and the warning names the heaviest case.
 */
export function ratingsGivenAgain(
  imports: readonly { readonly columns: SatisfactionColumns; readonly placement: Placement }[],
  stageNames: readonly string[],
): MetricsWarning | null {
  if (imports.length === 0) return null;
  const users = joinDictionaries(imports.map((imp) => imp.columns.user));
  const counts = new Map<number, number>();
  imports.forEach((imp, k) => {
    const { stage, week } = imp.placement;
    const map = users.maps[k] as Uint32Array;
    for (let i = 0; i < stage.length; i++) {
      const s = stage[i] as number;
      if (s < 0) continue;
      const key = keyOf(map[imp.columns.user.codes[i] as number] as number, s, week[i] as number);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  let extra = 0;
  let weeks = 0;
  let heaviest = { key: 0, n: 1 };
  for (const [key, n] of counts) {
    if (n < 2) continue;
    extra += n - 1;
    weeks++;
    if (n > heaviest.n) heaviest = { key, n };
  }
  if (extra === 0) return null;
  const user = users.names[Math.floor(heaviest.key / 0x100000)] ?? '';
  const stage = stageNames[Math.floor(heaviest.key / 0x400) % 0x400] ?? '';
  const week = heaviest.key % 0x400;
  return {
    code: 'rated_again',
    kind: 'satisfaction',
    rows: extra,
    message:
      `${formatPlural(extra, 'satisfaction rating')} ${extra === 1 ? 'is an extra answer' : 'are extra answers'} by users who rated more than once in a stage week ` +
      `(${formatPlural(weeks, 'user-week')}; most: “${user}”, ${formatCount(heaviest.n)} ratings in week ${week} of “${stage}”). Every rating counts, so one person's answers weigh as several; ` +
      'if the survey asks each user once a week, remove the repeats from the file and import it again.',
  };
}

/** User, stage and week in one number: weeks stop at 520 and a plan has far fewer than 1,024 stages. */
function keyOf(user: number, stage: number, week: number): number {
  return user * 0x100000 + stage * 0x400 + week;
}
