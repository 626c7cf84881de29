import type { CriterionStatus, GroupResult } from '../../../shared/gates';
import type { MetricId } from '../../../shared/model/metrics';
import { intervalWords, sampleWords, valueWords } from '../../format/gate-words';
import { StatusBadge } from './StatusBadge';

export type GroupResultsTableProps = {
  readonly metric: MetricId;
  /** The threshold the values are judged against (null for a difference from a baseline). */
  readonly threshold: number | null;
  readonly groups: readonly GroupResult<CriterionStatus>[];
};

/** "Must hold in every group": each group's result; groups with too little data are skipped, never failed. */
export function GroupResultsTable({ metric, threshold, groups }: GroupResultsTableProps) {
  return (
    <div className="table-scroll">
      <table className="table group-table">
        <caption className="group-caption">In every group with enough data</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Result</th>
            <th scope="col">Value</th>
            <th scope="col">Sample</th>
            <th scope="col">95% interval</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              <td>
                <StatusBadge kind="criterion" status={g.status} />
                {g.skipped && <span className="hint skipped"> skipped</span>}
              </td>
              <td className="nowrap">{valueWords(g.evidence, metric, threshold)}</td>
              <td className="nowrap">{sampleWords(g.evidence, metric)}</td>
              <td className="nowrap">{intervalWords(g.evidence, threshold)}</td>
              <td className="group-reason">{g.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
