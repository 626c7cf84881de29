import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { ScoreSnapshot } from '../../shared/model/schema';
import { formatIsoDate } from '../format/dates';
import { formatPercent } from '../format/numbers';

export type ScoreHistoryChartProps = {
  readonly history: readonly ScoreSnapshot[];
};

/** The overall score by day, from the plan's score history; with a hidden table for screen readers. */
export function ScoreHistoryChart({ history }: ScoreHistoryChartProps) {
  const id = useId();
  const data = history.map((s) => ({ date: s.date, overall: Math.round(s.overall * 100), blockers: s.blockers }));
  const first = history[0];
  const last = history.at(-1);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        Readiness over time
        {first && last && (
          <span className="chart-subtitle">
            {' '}
            — from {formatPercent(first.overall)} on {formatIsoDate(first.date)} to {formatPercent(last.overall)} on{' '}
            {formatIsoDate(last.date)}
          </span>
        )}
      </figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <LineChart
          responsive
          style={{ width: '100%', height: 220 }}
          data={data}
          margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatIsoDate(d)} minTickGap={24} label={{ value: 'Date', position: 'insideBottom', offset: -14 }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={48} />
          <Legend verticalAlign="top" align="right" height={28} />
          <Line type="monotone" dataKey="overall" name="Overall readiness (%)" className="line-accent" dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </div>
      {/* A table ignores a 1 px width and would stretch the page: the wrapper hides it instead. */}
      <div className="sr-only">
        <table>
          <caption>Overall readiness by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Overall readiness</th>
              <th scope="col">Blockers</th>
            </tr>
          </thead>
          <tbody>
            {history.map((s) => (
              <tr key={s.date}>
                <th scope="row">{formatIsoDate(s.date)}</th>
                <td>{formatPercent(s.overall)}</td>
                <td>{s.blockers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
