import { useId } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatValue, thresholdText } from '../../shared/gates/wording';
import type { Comparator } from '../../shared/model/enums';
import { metricInfo, type MetricId } from '../../shared/model/metrics';
import type { MetricChartPoint } from './metric-chart-data';
import { MetricChartDot } from './MetricChartDot';
import { MetricChartLegend } from './MetricChartLegend';
import { MetricChartTable } from './MetricChartTable';
import { pointMark, pointWords, type PointMark } from './point-outcome';
import '../styles/stage-charts.css';

export type StageMetricChartVariant = 'full' | 'small';

export type StageMetricChartProps = {
  readonly stageName: string;
  readonly metric: MetricId;
  readonly comparator: Comparator;
  readonly threshold: number;
  /** Weekly points from `metricChartPoints` / `criterionChartData`. */
  readonly points: readonly MetricChartPoint[];
  /** Weeks marked as judged (the judging week, a consecutive run, or the stage's last week). */
  readonly judgingWeeks: readonly number[];
  /** What the judging mark means, e.g. "Judged at week 4"; null draws no mark. */
  readonly judgingLabel: string | null;
  /** The short tag drawn at the mark ("Judged: week 4", "Stage end"); defaults from the weeks. */
  readonly judgingTag?: string;
  /** Overrides the title "<metric> by week — <stage>". */
  readonly title?: string;
  /** A subtitle under the title (the group of a small multiple, a note). */
  readonly subtitle?: string;
  /** Fixed size in px, for print; on screen the chart fills its container's width. */
  readonly width?: number;
  readonly height?: number;
  /** 'small': a small multiple, without point labels, reference-line tags or legend. */
  readonly variant?: StageMetricChartVariant;
  /** Black and white for paper: solid series, dashed threshold, dotted judging mark, shaped markers. Give a width too. */
  readonly print?: boolean;
  /** Shared y range, so small multiples line up with the overall chart. */
  readonly yDomain?: readonly [number, number];
  /** False when a set of charts shares one legend (small multiples). */
  readonly legend?: boolean;
};

interface Row {
  readonly week: number;
  readonly value: number | null;
  readonly band: readonly [number, number] | null;
  readonly mark: PointMark | null;
  readonly label: string | null;
}

const comparatorSigns: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/** The mark's label on the plot; the legend carries the full wording. */
function judgingShort(weeks: readonly number[]): string {
  return weeks.length === 1 ? `Judged: week ${weeks[0]}` : `Judged: weeks ${weeks[0]}–${weeks.at(-1)}`;
}

/** Point labels need room: beyond this many weeks the markers and the table carry the values. */
const MAX_LABELLED_POINTS = 12;

/**
 * One gate metric of one stage by week (SPEC §6): the weekly value as a line, its 95% interval
 * as a band, the threshold as a dashed reference line, the judged week(s) marked, and every
 * point shaped by whether it meets the gate. Reused by the printable summary (variant 'print').
 */
export function StageMetricChart({
  stageName,
  metric,
  comparator,
  threshold,
  points,
  judgingWeeks,
  judgingLabel,
  judgingTag,
  title,
  subtitle,
  width,
  height,
  variant = 'full',
  print = false,
  yDomain,
  legend = variant !== 'small',
}: StageMetricChartProps) {
  const id = useId();
  const info = metricInfo[metric];
  const small = variant === 'small';
  const labelled = !small && points.length <= MAX_LABELLED_POINTS;
  const rows: Row[] = points.map((p) => {
    const mark = p.value === null ? null : pointMark(p.outcome);
    return {
      week: p.week,
      value: p.value,
      band: p.band,
      mark,
      label: labelled && p.value !== null && p.outcome ? `${formatValue(p.value, info.unit)} ${pointWords[p.outcome]}` : null,
    };
  });
  const showBand = info.kind === 'proportion' && rows.some((r) => r.band !== null);
  const marks = (['met', 'missed', 'unjudged'] as const).filter((m) => m !== 'unjudged' || rows.some((r) => r.mark === m));
  const weeks = Math.max(1, points.length);
  const domain = yDomain ?? (info.kind === 'proportion' ? [0, 100] : undefined);
  const chartHeight = height ?? (small ? 170 : 280);
  const heading = title ?? `${info.label} by week — ${stageName}`;
  const needs = thresholdText(comparator, threshold, info.unit);
  const fixed = width !== undefined;
  const topOfDomain = domain?.[1];

  return (
    <figure className={`chart stage-chart stage-chart-${variant}${print ? ' stage-chart-print' : ''}`} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {heading}
        {subtitle && <span className="chart-subtitle"> — {subtitle}</span>}
      </figcaption>
      {legend && (
        <MetricChartLegend
          seriesLabel={`${info.label}, weekly (${info.unit})`}
          thresholdLabel={`Gate: ${needs}`}
          judgingLabel={judgingWeeks.length > 0 ? judgingLabel : null}
          showBand={showBand}
          marks={marks}
        />
      )}
      <div className="chart-canvas" aria-hidden="true">
        <ComposedChart
          responsive={!fixed}
          width={fixed ? width : undefined}
          height={fixed ? chartHeight : undefined}
          style={fixed ? undefined : { width: '100%', height: chartHeight }}
          data={rows}
          margin={{ top: small ? 10 : 26, right: small ? 12 : 84, bottom: small ? 22 : 26, left: small ? 0 : 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis
            dataKey="week"
            type="number"
            domain={[0.5, weeks + 0.5]}
            ticks={rows.map((r) => r.week)}
            allowDecimals={false}
            tickFormatter={(w: number) => String(w)}
            label={{ value: 'Week of the stage', position: 'insideBottom', offset: -14 }}
          />
          <YAxis
            domain={domain ? [domain[0], domain[1]] : [0, 'auto']}
            tickFormatter={(v: number) => formatValue(v, info.unit)}
            width={small ? 44 : 60}
            label={small ? undefined : { value: `${info.label} (${info.unit})`, angle: -90, position: 'insideLeft', offset: 10, style: { textAnchor: 'middle' } }}
          />
          {showBand && (
            <Area
              dataKey="band"
              name="95% interval"
              className="chart-band"
              isAnimationActive={false}
              connectNulls={false}
              dot={false}
              activeDot={false}
              stroke="none"
            />
          )}
          <ReferenceLine
            y={threshold}
            className="chart-threshold"
            strokeDasharray="7 4"
            strokeWidth={1.5}
            label={small ? undefined : { value: `Gate ${comparatorSigns[comparator]} ${formatValue(threshold, info.unit)}`, position: 'right', className: 'chart-ref-label' }}
          />
          {judgingWeeks.map((week) => (
            <ReferenceLine
              key={week}
              x={week}
              className="chart-judging"
              strokeDasharray="2 3"
              strokeWidth={1.5}
              label={small || week !== judgingWeeks.at(-1) ? undefined : { value: judgingTag ?? judgingShort(judgingWeeks), position: 'top', className: 'chart-ref-label' }}
            />
          ))}
          <Line
            dataKey="value"
            name={info.label}
            className="chart-series"
            type="linear"
            isAnimationActive={false}
            connectNulls={false}
            strokeWidth={2}
            activeDot={false}
            dot={(props) => {
              const row = props.payload as Row;
              const { cx, cy } = props;
              if (row.mark === null || typeof cx !== 'number' || typeof cy !== 'number') return <g key={props.index} />;
              const nearTop = topOfDomain !== undefined && cy < 30;
              return (
                <MetricChartDot key={props.index} cx={cx} cy={cy} mark={row.mark} label={row.label} size={small ? 4.5 : 6} labelBelow={nearTop} />
              );
            }}
          />
        </ComposedChart>
      </div>
      <MetricChartTable caption={`${heading}${subtitle ? ` — ${subtitle}` : ''}: weekly values against the gate (${needs})`} metric={metric} points={points} />
    </figure>
  );
}
