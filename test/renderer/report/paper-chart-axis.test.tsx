// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../../shared/model/metrics';
import { PaperChart } from '../../../renderer/screens/report/PaperChart';

/** The value-axis labels of a printed chart, bottom to top. */
function axisLabels(metric: MetricId, yDomain: readonly [number, number], threshold: number): string[] {
  const { container } = render(
    <PaperChart
      title="Chart"
      metric={metric}
      threshold={threshold}
      thresholdText="at most 0"
      points={[{ week: 1, value: 0, band: null, sample: 1, successes: null, trials: null, outcome: 'meets' }]}
      yDomain={yDomain}
      judgingWeeks={[1]}
      judgingLabel={null}
      width={300}
      height={80}
    />,
  );
  const labels = [...container.querySelectorAll('svg.paper-chart-plot text.paper-tick')].map((t) => t.textContent ?? '');
  return labels.filter((l) => !/^W\d/.test(l));
}

// The traffic sample's printed "Critical incidents" chart read "incident", "ncidents", "ncidents" down its axis:
// "2 incidents" does not fit left of the plot, so the numbers were cut off.
describe('printed chart value axis', () => {
  it.each<[MetricId, readonly [number, number], number, string[]]>([
    ['critical_incidents', [0, 2], 0, ['0', '0.5', '1', '1.5', '2']],
    ['throughput', [0, 2000], 100, ['0', '500', '1000', '1500', '2000']],
    ['adoption_rate', [0, 100], 50, ['0%', '25%', '50%', '75%', '100%']],
    ['mean_latency', [0, 4], 3, ['0 s', '1 s', '2 s', '3 s', '4 s']],
  ])('%s: numbers, with the unit only when it is short', (metric, domain, threshold, labels) => {
    expect(axisLabels(metric, domain, threshold)).toEqual(labels);
  });
});
