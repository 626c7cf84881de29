import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { AreaScore } from '../../shared/readiness/score';
import { formatPercent } from '../format/numbers';

export type AreaProgressChartProps = {
  readonly areas: readonly AreaScore[];
};

const BAR_HEIGHT = 34;

/** Progress per area as horizontal bars; a hidden table carries the same figures for screen readers. */
export function AreaProgressChart({ areas }: AreaProgressChartProps) {
  const id = useId();
  const data = areas.map((area) => ({
    area: area.title,
    percent: area.score === null ? 0 : Math.round(area.score * 100),
  }));

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        Progress per area
      </figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <BarChart
          responsive
          style={{ width: '100%', height: areas.length * BAR_HEIGHT + 90 }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 24, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} className="chart-grid" />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            label={{ value: '% of applicable items done (weighted)', position: 'insideBottom', offset: -14 }}
          />
          <YAxis type="category" dataKey="area" width={200} tickLine={false} />
          <Legend verticalAlign="top" align="right" height={28} />
          <Bar dataKey="percent" name="Done (weighted %)" className="bar-accent" isAnimationActive={false} barSize={16} minPointSize={2} radius={[0, 3, 3, 0]}>
            <LabelList dataKey="percent" position="right" formatter={(v: unknown) => `${String(v)}%`} className="bar-label" />
          </Bar>
        </BarChart>
      </div>
      {/* A table ignores a 1 px width and would stretch the page: the wrapper hides it instead. */}
      <div className="sr-only">
        <table>
          <caption>Progress per area: share of applicable items done, weighted</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Done (weighted)</th>
              <th scope="col">Items done</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.areaId}>
                <th scope="row">{area.title}</th>
                <td>{area.score === null ? 'Nothing applicable' : formatPercent(area.score)}</td>
                <td>
                  {area.done} of {area.applicable}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
