import { useId } from 'react';
import { formatValue } from '../../../shared/gates/wording';
import { metricInfo, type MetricId } from '../../../shared/model/metrics';
import type { MetricChartPoint } from '../../charts/metric-chart-data';
import { MetricChartDot } from '../../charts/MetricChartDot';
import { MetricChartLegend } from '../../charts/MetricChartLegend';
import { MetricChartTable } from '../../charts/MetricChartTable';
import { pointMark, type PointMark } from '../../charts/point-outcome';
import '../../styles/stage-charts.css';

export type PaperChartProps = {
  readonly title: string;
  readonly metric: MetricId;
  readonly threshold: number;
  readonly thresholdText: string;
  readonly points: readonly MetricChartPoint[];
  readonly yDomain: readonly [number, number];
  readonly judgingWeeks: readonly number[];
  readonly judgingLabel: string | null;
  /** Size in CSS pixels: fixed, so a page break can never squeeze or cut it. */
  readonly width: number;
  readonly height: number;
  /** False when the page shows one key for all charts (the summary does). */
  readonly legend?: boolean;
};

const pad = { top: 10, right: 12, left: 40 };

/**
 * A value-axis label: the number with a short unit ("50%", "2 s"); a unit in words ("incidents", "requests/day") is
 * left to the chart's title, for "2 incidents" does not fit the 40 px left of the plot and printed as "ncidents".
 */
function tickText(value: number, unit: string): string {
  return /^[a-z]{4,}/i.test(unit.trim()) ? formatValue(value, '').trim() : formatValue(value, unit);
}

/** Up to this many weeks, each week's name and value share one line under the plot: the plot keeps its height. */
const ONE_ROW_WEEKS = 6;

/**
 * A gate metric by week, drawn for paper. The same points (judged by the gate's own rule), the
 * same marker shapes and legend as the Stages tab's chart, but laid out so nothing collides or
 * runs off the page at print size: each week's value is printed under its tick instead of
 * beside its marker, and the judged week is named in the legend, not inside the plot.
 */
export function PaperChart({
  title,
  metric,
  threshold,
  thresholdText,
  points,
  yDomain,
  judgingWeeks,
  judgingLabel,
  width,
  height,
  legend = true,
}: PaperChartProps) {
  const id = useId();
  const info = metricInfo[metric];
  const [y0, y1] = yDomain;
  const oneRow = points.length <= ONE_ROW_WEEKS;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - (oneRow ? 22 : 34);
  const weeks = Math.max(1, points.length);
  const x = (week: number): number => pad.left + ((week - 0.5) / weeks) * plotW;
  const y = (value: number): number => pad.top + plotH - ((Math.min(Math.max(value, y0), y1) - y0) / (y1 - y0 || 1)) * plotH;
  // A short plot gets three labelled lines: five would print on top of each other.
  const ticks = (plotH < 48 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).map((f) => y0 + f * (y1 - y0));
  const drawn = points.filter((p): p is MetricChartPoint & { value: number } => p.value !== null);
  const band = drawn.filter((p) => p.band !== null);
  const bandPath =
    band.length > 1
      ? `M${band.map((p) => `${x(p.week)},${y(p.band?.[1] ?? p.value)}`).join('L')}L${[...band]
          .reverse()
          .map((p) => `${x(p.week)},${y(p.band?.[0] ?? p.value)}`)
          .join('L')}Z`
      : null;
  // A gap week breaks the line: a missing week is never drawn as if it were data.
  const segments: string[] = [];
  let run: string[] = [];
  for (const p of points) {
    if (p.value === null) {
      if (run.length > 1) segments.push(`M${run.join('L')}`);
      run = [];
    } else run.push(`${x(p.week)},${y(p.value)}`);
  }
  if (run.length > 1) segments.push(`M${run.join('L')}`);
  // Hand-recorded weeks carry a "*" after their value and are named under the plot with their source.
  const hand = points.filter((p) => p.hand !== undefined && p.value !== null);
  const valueText = (p: MetricChartPoint): string =>
    p.value === null ? '–' : `${formatValue(Number(p.value.toFixed(p.value < 10 ? 1 : 0)), info.unit)}${p.hand !== undefined ? '*' : ''}`;
  const marks = (['met', 'missed', 'unjudged'] as const).filter((m) => m !== 'unjudged' || drawn.some((p) => pointMark(p.outcome) === m));

  return (
    <figure className="chart stage-chart stage-chart-print paper-chart" aria-labelledby={`${id}-t`} style={{ width }}>
      <figcaption id={`${id}-t`} className="chart-title">
        {title}
      </figcaption>
      {legend && (
        <MetricChartLegend
          seriesLabel={`${info.label}, weekly`}
          thresholdLabel={`Gate: ${thresholdText}`}
          judgingLabel={judgingWeeks.length > 0 ? judgingLabel : null}
          showBand={bandPath !== null}
          marks={marks}
        />
      )}
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="paper-chart-plot">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} className="paper-grid" />
            <text x={pad.left - 4} y={y(t) + 3} textAnchor="end" className="paper-tick">
              {tickText(t, info.unit)}
            </text>
          </g>
        ))}
        {bandPath && <path d={bandPath} className="paper-band" />}
        <line x1={pad.left} x2={width - pad.right} y1={y(threshold)} y2={y(threshold)} className="paper-threshold" />
        {judgingWeeks.map((w) => (
          <line key={w} x1={x(w)} x2={x(w)} y1={pad.top} y2={pad.top + plotH} className="paper-judging" />
        ))}
        {segments.map((d) => (
          <path key={d} d={d} className="paper-line" />
        ))}
        {drawn.map((p) => {
          const mark: PointMark | null = pointMark(p.outcome);
          return mark ? <MetricChartDot key={p.week} cx={x(p.week)} cy={y(p.value)} mark={mark} size={4.5} /> : null;
        })}
        <line x1={pad.left} x2={width - pad.right} y1={pad.top + plotH} y2={pad.top + plotH} className="paper-axis" />
        {points.map((p) => (
          <g key={p.week}>
            <text x={x(p.week)} y={pad.top + plotH + 11} textAnchor="middle" className="paper-tick">
              W{p.week}
              {oneRow && (
                <tspan className="paper-value" dx={4}>
                  {valueText(p)}
                </tspan>
              )}
            </text>
            {!oneRow && (
              <text x={x(p.week)} y={pad.top + plotH + 23} textAnchor="middle" className="paper-value">
                {valueText(p)}
              </text>
            )}
          </g>
        ))}
      </svg>
      {hand.length > 0 && (
        <p className="paper-chart-hand">
          * Recorded by hand: {hand.map((p) => `W${p.week} from “${p.hand}”`).join('; ')}
        </p>
      )}
      {/* A hidden table still widens the printed page unless a clipped box holds it (print would shrink to fit). */}
      <div className="sr-only">
        <MetricChartTable caption={`${title}: weekly values against the gate (${thresholdText})`} metric={metric} points={points} />
      </div>
    </figure>
  );
}
