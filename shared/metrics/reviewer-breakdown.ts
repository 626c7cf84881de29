import type { ReviewColumns } from './columns';
import type { Placement } from './placement';
import type { ReviewerFigures } from './pilot-metrics';
import { compareNames, proportion } from './proportion';

/**
 * Approval and edit rates per reviewer and stage (whole stage), from the review logs: "confidence is
 * high with some reviewers" shows here. Counts, so each rate is the reviewer's approved ÷ reviewed.
 */
export function reviewerBreakdown(
  imports: readonly { readonly columns: ReviewColumns; readonly placement: Placement }[],
  stageCount: number,
): ReviewerFigures[][] {
  const byStage = Array.from({ length: stageCount }, () => new Map<string, [number, number, number]>());
  for (const { columns, placement } of imports) {
    const { codes, values } = columns.user;
    for (let i = 0; i < columns.rowCount; i++) {
      const s = placement.stage[i] as number;
      if (s < 0) continue;
      const reviewer = values[codes[i] as number] ?? '';
      const map = byStage[s] as Map<string, [number, number, number]>;
      let counts = map.get(reviewer);
      if (counts === undefined) {
        counts = [0, 0, 0];
        map.set(reviewer, counts);
      }
      const d = columns.decision[i] as number;
      counts[d] = (counts[d] as number) + 1;
    }
  }
  return byStage.map((map) =>
    [...map.entries()]
      .map(([reviewer, [approved, edited, rejected]]) => {
        const reviews = approved + edited + rejected;
        return { reviewer, reviews, approval: proportion(approved, reviews), edit: proportion(edited, reviews), rejected };
      })
      .sort((a, b) => compareNames(a.reviewer, b.reviewer)),
  );
}
