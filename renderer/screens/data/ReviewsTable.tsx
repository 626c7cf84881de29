import { useId } from 'react';
import type { PeriodFigures, StageMetrics } from '../../../shared/metrics';
import { DASH, formatCount, formatCounts, formatMean, formatRange, formatShare } from './figures';
import { NumericHead } from './NumericHead';
import { ShareCell } from './ShareCell';

export type ReviewsTableProps = {
  readonly stage: StageMetrics;
};

/**
 * A stage's human review and shadow-comparison figures, week by week, for the whole stage and by
 * group (the category of a shadow file). Every share is a total over the period, shown with its counts.
 */
export function ReviewsTable({ stage }: ReviewsTableProps) {
  const id = useId();
  const reviews = stage.total.reviews !== undefined && stage.total.reviews !== null;
  const shadow = stage.total.shadow !== undefined && stage.total.shadow !== null;
  const rows: { key: string; label: string; range: string; figures: PeriodFigures }[] = [
    ...stage.weeks.map((w) => ({ key: `w${w.week}`, label: `Week ${w.week}`, range: formatRange(w.from, w.to), figures: w as PeriodFigures })),
    { key: 'total', label: 'Whole stage', range: '', figures: stage.total },
    // Groups come from every kind's files; only those with reviews or shadow cases belong here.
    ...stage.groups
      .filter((g) => (g.total.reviews?.reviews ?? 0) > 0 || (g.total.shadow?.cases ?? 0) > 0)
      .map((g) => ({ key: `g-${g.group}`, label: g.group, range: 'whole stage', figures: g.total })),
  ];
  if (!rows.some((r) => (r.figures.reviews?.reviews ?? 0) > 0 || (r.figures.shadow?.cases ?? 0) > 0)) return null;
  const heads = [...(reviews ? ['Reviews', 'Approved', 'Edited', 'Rejected', 'Mean minutes'] : []), ...(shadow ? ['Shadow cases', 'Agreement'] : [])];
  return (
    <section className="stage-metrics" aria-labelledby={id}>
      <h3 id={id}>
        {stage.stageName}: {reviews && shadow ? 'reviews and shadow comparison' : reviews ? 'human reviews' : 'shadow comparison'}
      </h3>
      <div className="table-scroll">
        <table className="table metrics-table" aria-labelledby={id}>
          <NumericHead first="Period" heads={heads} />
          <tbody>
            {rows.map((r) => {
              const rv = r.figures.reviews;
              const sh = r.figures.shadow;
              const has = (rv?.reviews ?? 0) > 0;
              return (
                <tr key={r.key}>
                  <th scope="row">
                    {r.label}
                    {r.range && <span className="hint block">{r.range}</span>}
                  </th>
                  {reviews && (
                    <>
                      <td className="num">{has && rv ? formatCount(rv.reviews) : DASH}</td>
                      <td className="num">{has && rv ? <ShareCell value={formatShare(rv.approval)} counts={formatCounts(rv.approval)} /> : DASH}</td>
                      <td className="num">{has && rv ? <ShareCell value={formatShare(rv.edit)} counts={formatCounts(rv.edit)} /> : DASH}</td>
                      <td className="num">{has && rv ? formatCount(rv.rejected) : DASH}</td>
                      <td className="num">{has && rv ? formatMean(rv.meanMinutes) : DASH}</td>
                    </>
                  )}
                  {shadow && (
                    <>
                      <td className="num">{sh && sh.cases > 0 ? formatCount(sh.cases) : DASH}</td>
                      <td className="num">{sh && sh.cases > 0 ? <ShareCell value={formatShare(sh.agreement)} counts={formatCounts(sh.agreement)} /> : DASH}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {(stage.reviewers?.length ?? 0) > 0 && (
        <div className="table-scroll">
          <table className="table metrics-table">
            <caption className="sr-only">Reviewers in {stage.stageName}, whole stage</caption>
            <NumericHead first="Reviewer" heads={['Reviews', 'Approved', 'Edited', 'Rejected']} />
            <tbody>
              {stage.reviewers?.map((r) => (
                <tr key={r.reviewer}>
                  <th scope="row">{r.reviewer}</th>
                  <td className="num">{formatCount(r.reviews)}</td>
                  <td className="num">
                    <ShareCell value={formatShare(r.approval)} counts={formatCounts(r.approval)} />
                  </td>
                  <td className="num">
                    <ShareCell value={formatShare(r.edit)} counts={formatCounts(r.edit)} />
                  </td>
                  <td className="num">{formatCount(r.rejected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

