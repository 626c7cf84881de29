import { formatValue, handWords } from '../../shared/gates/wording';
import { metricInfo, type MetricId } from '../../shared/model/metrics';
import type { MetricChartPoint } from './metric-chart-data';
import { pointSentences } from './point-outcome';

export type MetricChartTableProps = {
  readonly caption: string;
  readonly metric: MetricId;
  readonly points: readonly MetricChartPoint[];
};

/** The chart's text alternative: the weekly values it draws, as a table screen readers can walk. */
export function MetricChartTable({ caption, metric, points }: MetricChartTableProps) {
  const info = metricInfo[metric];
  const proportion = info.kind === 'proportion';
  // A table ignores a 1 px width and would stretch the page: the wrapper hides it instead.
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">{info.label}</th>
            {proportion && <th scope="col">95% interval</th>}
            <th scope="col">Sample ({info.sampleUnit})</th>
            <th scope="col">Against the gate</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.week}>
              <th scope="row">Week {p.week}</th>
              <td>
                {p.value === null ? '—' : formatValue(p.value, info.unit)}
                {p.successes !== null && p.trials !== null ? ` (${p.successes} of ${p.trials})` : ''}
                {p.hand === undefined ? '' : ` — ${handWords(p.hand)}`}
              </td>
              {proportion && <td>{p.band ? `${Math.round(p.band[0])}–${Math.round(p.band[1])}%` : '—'}</td>}
              <td>{p.outcome === null ? 0 : p.sample}</td>
              <td>{pointSentences[p.outcome ?? 'no_data']}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
