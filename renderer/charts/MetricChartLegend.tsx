import type { ReactNode } from 'react';
import { MetricChartDot } from './MetricChartDot';
import { markLegend, type PointMark } from './point-outcome';

export type MetricChartLegendProps = {
  readonly seriesLabel: string;
  readonly thresholdLabel: string;
  readonly judgingLabel: string | null;
  readonly showBand: boolean;
  readonly marks: readonly PointMark[];
};

function Swatch({ children }: { readonly children: ReactNode }) {
  return (
    <svg width={26} height={14} viewBox="0 0 26 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/**
 * The legend as HTML beside the plot: every line style and marker shape named in words, so
 * the chart reads the same on a black-and-white printout.
 */
export function MetricChartLegend({ seriesLabel, thresholdLabel, judgingLabel, showBand, marks }: MetricChartLegendProps) {
  return (
    <ul className="chart-legend">
      <li>
        <Swatch>
          <line x1={1} y1={7} x2={25} y2={7} className="legend-series" />
        </Swatch>
        {seriesLabel}
      </li>
      {showBand && (
        <li>
          <Swatch>
            <rect x={1} y={2} width={24} height={10} className="legend-band" />
          </Swatch>
          Likely range <span className="legend-detail">(95% Wilson interval)</span>
        </li>
      )}
      <li>
        <Swatch>
          <line x1={1} y1={7} x2={25} y2={7} className="legend-threshold" />
        </Swatch>
        {thresholdLabel}
      </li>
      {judgingLabel && (
        <li>
          <Swatch>
            <line x1={13} y1={0} x2={13} y2={14} className="legend-judging" />
          </Swatch>
          {judgingLabel}
        </li>
      )}
      {marks.map((mark) => (
        <li key={mark}>
          <Swatch>
            <MetricChartDot cx={13} cy={7} mark={mark} size={5} />
          </Swatch>
          {markLegend[mark]}
        </li>
      ))}
    </ul>
  );
}
