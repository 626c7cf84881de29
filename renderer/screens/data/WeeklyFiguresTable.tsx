import { useId } from 'react';
import { formatValue } from '../../../shared/gates/wording';
import type { FigureEntry, StageMetrics } from '../../../shared/metrics';
import { metricIds, metricInfo, type MetricId } from '../../../shared/model/metrics';
import { formatCount } from './figures';

export type WeeklyFiguresTableProps = {
  readonly stage: StageMetrics;
  readonly figures: readonly FigureEntry[];
  /** Import id → file name. */
  readonly files: ReadonlyMap<string, string>;
};

const isMetric = (id: string): id is MetricId => (metricIds as readonly string[]).includes(id);

/**
 * A stage's figures from weekly-figures files, as the files give them (issue 10): each with its week,
 * group, counts or sample and file. Shown apart from the figures computed from rows, because they are
 * not computed here: they are labelled "from a weekly-figures file" in the gates too.
 */
export function WeeklyFiguresTable({ stage, figures, files }: WeeklyFiguresTableProps) {
  const id = useId();
  const mine = figures
    .filter((f) => f.stageId === stage.stageId && isMetric(f.metric))
    .sort((a, b) => a.week - b.week || a.metric.localeCompare(b.metric) || (a.group ?? '').localeCompare(b.group ?? ''));
  if (mine.length === 0) return null;
  return (
    <section className="stage-metrics" aria-labelledby={id}>
      <h3 id={id}>{stage.stageName}: weekly figures from files</h3>
      <div className="table-scroll">
        <table className="table metrics-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Metric</th>
              <th scope="col">Group</th>
              <th scope="col" className="num">
                Figure
              </th>
              <th scope="col" className="num">
                Sample
              </th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((f) => {
              const info = metricInfo[f.metric as MetricId];
              const counted = f.numerator !== null && f.denominator !== null;
              const value = counted ? (100 * f.numerator!) / f.denominator! : f.value;
              return (
                <tr key={`${f.importId}:${f.line}`}>
                  <th scope="row">Week {f.week}</th>
                  <td>{info.label}</td>
                  <td>{f.group ?? 'all'}</td>
                  <td className="num">
                    {value === null ? '—' : formatValue(value, info.unit)}
                    {counted ? ` (${formatCount(f.numerator!)} of ${formatCount(f.denominator!)})` : ''}
                  </td>
                  <td className="num">{f.sample === null ? 'not given' : formatCount(f.sample)}</td>
                  <td>
                    {files.get(f.importId) ?? 'a removed file'}, line {f.line}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
