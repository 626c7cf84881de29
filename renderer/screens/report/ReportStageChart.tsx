import type { StageChart } from '../../../shared/report/report-model';
import { criterionChartData } from '../../charts/metric-chart-data';
import { selectObservationLookup } from '../../store/pilot-data-selectors';
import { useAppStore } from '../../store/useAppStore';
import { PaperChart } from './PaperChart';

export type ReportStageChartProps = {
  readonly chart: StageChart;
  readonly width: number;
};

/**
 * A stage's gate metric on paper, drawn from the same pilot data and judged by the same rule
 * as the Stages tab's chart (`criterionChartData`), so a point marked "met" means the same there.
 */
export function ReportStageChart({ chart, width }: ReportStageChartProps) {
  const stage = useAppStore((s) => s.plan?.stages.find((x) => x.id === chart.stageId) ?? null);
  const confidence = useAppStore((s) => s.plan?.statisticalConfidence ?? false);
  const lookup = useAppStore(selectObservationLookup);
  const today = useAppStore((s) => s.today);
  const criterion = stage?.criteria.find((c) => c.id === chart.criterionId) ?? null;
  if (!stage || !criterion || !lookup) return null;
  const data = criterionChartData(stage, criterion, lookup(stage.id, criterion.metric), confidence, today);

  return (
    <div className="report-chart">
      <PaperChart
        title={`${chart.metric} — gate ${chart.thresholdText}${chart.judgingLabel ? `, ${chart.judgingLabel.toLowerCase()}` : ''}`}
        metric={chart.metricId}
        threshold={chart.threshold}
        thresholdText={chart.thresholdText}
        points={data.overall}
        yDomain={data.yDomain}
        judgingWeeks={chart.judgedWeeks}
        judgingLabel={chart.judgingLabel}
        width={width}
        height={76}
        legend={false}
      />
      {data.datedAfterToday !== null && <p className="report-chart-note">{data.datedAfterToday}</p>}
    </div>
  );
}
