import { useId } from 'react';
import type { OperationsFigures, PeriodFigures, StageMetrics } from '../../../shared/metrics';
import { DASH, formatCount, formatCounts, formatMean, formatRange, formatShare } from './figures';
import { NumericHead } from './NumericHead';
import { ShareCell } from './ShareCell';

export type OperationsTableProps = {
  readonly stage: StageMetrics;
};

const heads = ['Requests', 'Error rate', 'Mean latency', '95th pct. latency', 'Requests per day', 'Cost per request', 'Escalated', 'Thumbs up'];

/**
 * A stage's operations figures, week by week, for the whole stage and by group. Rates are totals over
 * the rows that report them (errors ÷ their requests), so the counts are shown under each share.
 */
export function OperationsTable({ stage }: OperationsTableProps) {
  const id = useId();
  const rows: { key: string; label: string; range: string; figures: PeriodFigures }[] = [
    ...stage.weeks.map((w) => ({ key: `w${w.week}`, label: `Week ${w.week}`, range: formatRange(w.from, w.to), figures: w as PeriodFigures })),
    { key: 'total', label: 'Whole stage', range: '', figures: stage.total },
    // Groups come from every kind's files; only those with operations rows belong here.
    ...stage.groups
      .filter((g) => (g.total.operations?.rows ?? 0) > 0)
      .map((g) => ({ key: `g-${g.group}`, label: g.group, range: 'whole stage', figures: g.total })),
  ];
  if (!rows.some((r) => (r.figures.operations?.rows ?? 0) > 0)) return null;
  return (
    <section className="stage-metrics" aria-labelledby={id}>
      <h3 id={id}>
        {stage.stageName}: operations
        <span className="hint"> {formatRange(stage.from, stage.to) || 'no start date'}</span>
      </h3>
      <div className="table-scroll">
        <table className="table metrics-table" aria-labelledby={id}>
          <NumericHead first="Period" heads={heads} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  {r.label}
                  {r.range && <span className="hint block">{r.range}</span>}
                </th>
                <OperationsCells figures={r.figures.operations ?? null} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OperationsCells({ figures: o }: { readonly figures: OperationsFigures | null }) {
  if (o === null || o.rows === 0) {
    return heads.map((h) => (
      <td key={h} className="num">
        {DASH}
      </td>
    ));
  }
  const shareCell = (p: OperationsFigures['errorRate']) => (p.trials === 0 ? DASH : <ShareCell value={formatShare(p)} counts={formatCounts(p)} />);
  return (
    <>
      <td className="num">{formatCount(o.requests)}</td>
      <td className="num">{shareCell(o.errorRate)}</td>
      <td className="num">{formatMean(o.meanLatencySeconds, ' s')}</td>
      <td className="num">
        {o.aggregatedLatencyRows > 0 ? <ShareCell value={DASH} counts="rows hold means" /> : formatMean(o.p95LatencySeconds, ' s')}
      </td>
      <td className="num">{o.requestsPerDay === null ? DASH : formatMean(o.requestsPerDay)}</td>
      <td className="num">{formatMean(o.costPerRequest)}</td>
      <td className="num">{shareCell(o.escalationRate)}</td>
      <td className="num">{shareCell(o.positiveFeedback)}</td>
    </>
  );
}
