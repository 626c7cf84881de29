import { MetricChartLegend } from '../../charts/MetricChartLegend';

/** One key for every chart of the summary: the line styles and marker shapes, named in words. */
export function ChartKey() {
  return (
    <div className="report-chart-key stage-chart-print">
      <span className="report-note">How to read the charts:</span>
      <MetricChartLegend
        seriesLabel="Weekly value"
        thresholdLabel="The gate’s threshold"
        judgingLabel="Week the gate is judged"
        showBand
        marks={['met', 'missed', 'unjudged']}
      />
    </div>
  );
}
