import { thresholdText } from '../../shared/gates/wording';
import type { Comparator } from '../../shared/model/enums';
import { metricInfo, type MetricId } from '../../shared/model/metrics';
import type { GroupPoints } from './metric-chart-data';
import { MetricChartLegend } from './MetricChartLegend';
import { StageMetricChart } from './StageMetricChart';

export type StageGroupChartsProps = {
  readonly stageName: string;
  readonly metric: MetricId;
  readonly comparator: Comparator;
  readonly threshold: number;
  readonly groups: readonly GroupPoints[];
  readonly judgingWeeks: readonly number[];
  readonly judgingLabel: string | null;
  readonly yDomain: readonly [number, number];
  /** Fixed width of each small chart, for print; on screen they share the row. */
  readonly width?: number;
  readonly print?: boolean;
};

/** Group breakdown as small multiples: one small chart per group, same axes, one shared legend. */
export function StageGroupCharts({
  stageName,
  metric,
  comparator,
  threshold,
  groups,
  judgingWeeks,
  judgingLabel,
  yDomain,
  width,
  print = false,
}: StageGroupChartsProps) {
  const info = metricInfo[metric];
  return (
    <section className={`small-multiples${print ? ' stage-chart-print' : ''}`} aria-label={`${info.label} by group — ${stageName}`}>
      <MetricChartLegend
        seriesLabel={`${info.label} per group, weekly (${info.unit})`}
        thresholdLabel={`Gate: ${thresholdText(comparator, threshold, info.unit)}`}
        judgingLabel={judgingWeeks.length > 0 ? judgingLabel : null}
        showBand={info.kind === 'proportion'}
        marks={['met', 'missed', 'unjudged']}
      />
      <div className="small-multiples-grid">
        {groups.map((g) => (
          <StageMetricChart
            key={g.group}
            stageName={stageName}
            metric={metric}
            comparator={comparator}
            threshold={threshold}
            points={g.points}
            judgingWeeks={judgingWeeks}
            judgingLabel={judgingLabel}
            title={g.group}
            subtitle={`${info.label} (${info.unit})`}
            variant="small"
            print={print}
            width={width}
            height={170}
            yDomain={yDomain}
            legend={false}
          />
        ))}
      </div>
    </section>
  );
}
