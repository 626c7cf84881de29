import type { PointMark } from './point-outcome';

export type MetricChartDotProps = {
  readonly cx: number;
  readonly cy: number;
  readonly mark: PointMark;
  /** Printed beside the marker ("60% met"); omitted in small multiples. */
  readonly label?: string | null;
  readonly size?: number;
  /** Labels go below the point when it sits near the top edge. */
  readonly labelBelow?: boolean;
};

/**
 * A week's marker: filled circle with a check when the week meets the gate, hollow circle with
 * a cross when it misses, hollow diamond when there is too little data. The shapes carry the
 * meaning in black and white; colour only repeats it.
 */
export function MetricChartDot({ cx, cy, mark, label, size = 6, labelBelow = false }: MetricChartDotProps) {
  const s = size;
  return (
    <g className={`chart-dot chart-dot-${mark}`}>
      {mark === 'met' && (
        <>
          <circle cx={cx} cy={cy} r={s} className="chart-dot-shape" />
          <path
            d={`M${cx - s * 0.5} ${cy + s * 0.05}l${s * 0.35} ${s * 0.35} ${s * 0.65}-${s * 0.7}`}
            className="chart-dot-glyph"
            fill="none"
            strokeWidth={1.6}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {mark === 'missed' && (
        <>
          <circle cx={cx} cy={cy} r={s} className="chart-dot-shape" strokeWidth={2} />
          <path
            d={`M${cx - s * 0.42} ${cy - s * 0.42}l${s * 0.84} ${s * 0.84}M${cx + s * 0.42} ${cy - s * 0.42}l-${s * 0.84} ${s * 0.84}`}
            className="chart-dot-glyph"
            fill="none"
            strokeWidth={1.6}
            strokeLinecap="round"
          />
        </>
      )}
      {mark === 'unjudged' && (
        <path
          d={`M${cx} ${cy - s}L${cx + s} ${cy}L${cx} ${cy + s}L${cx - s} ${cy}Z`}
          className="chart-dot-shape"
          strokeWidth={1.6}
        />
      )}
      {label && (
        <text x={cx} y={labelBelow ? cy + s + 13 : cy - s - 5} textAnchor="middle" className="chart-dot-label">
          {label}
        </text>
      )}
    </g>
  );
}
