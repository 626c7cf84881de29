import { useId } from 'react';
import type { TestFigures, TestMetrics } from '../../../shared/metrics';
import { metricsMeasuredBy } from '../../../shared/thresholds/data-measurements';
import { formatCount, formatCounts, formatMean, formatShare } from './figures';

export type TestResultsTableProps = {
  readonly tests: TestMetrics;
};

/** Accuracy, hallucination rate and mean latency of the test-results files, overall and per group; feeds the thresholds. */
export function TestResultsTable({ tests }: TestResultsTableProps) {
  const id = useId();
  return (
    <section className="stage-metrics" aria-labelledby={id}>
      <div className="outcome-part-head">
        <h3 id={id}>Test results</h3>
      </div>
      <p className="hint">
        Judged on the whole file. The thresholds “{metricsMeasuredBy('test_results').join('”, “')}” take their measured values from these
        files by themselves, with the file and date as the source.
      </p>
      <div className="table-scroll">
        <table className="table metrics-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" className="num">
                Cases
              </th>
              <th scope="col" className="num">
                Accuracy
              </th>
              <th scope="col" className="num">
                Hallucination rate
              </th>
              <th scope="col" className="num">
                Mean latency
              </th>
            </tr>
          </thead>
          <tbody>
            {tests.groups.map((g) => (
              <TestRow key={g.group} label={g.group} figures={g.figures} />
            ))}
          </tbody>
          <tfoot>
            <TestRow label="All cases" figures={tests.overall} />
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function TestRow({ label, figures }: { readonly label: string; readonly figures: TestFigures }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{formatCount(figures.cases)}</td>
      <td className="num">
        {formatShare(figures.accuracy)}
        <span className="hint block">{formatCounts(figures.accuracy)}</span>
      </td>
      <td className="num">
        {formatShare(figures.hallucination)}
        <span className="hint block">{formatCounts(figures.hallucination)}</span>
      </td>
      <td className="num">{formatMean(figures.meanLatencySeconds, ' s')}</td>
    </tr>
  );
}
