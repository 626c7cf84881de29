import { chainSummary, type ChainCheck } from '../../../shared/decisions/chain';
import type { DecisionRow } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';

export type DecisionsPartProps = {
  readonly decisions: readonly DecisionRow[];
  readonly emptyText: string;
  /** What the table leaves out, in words (the logged changes). */
  readonly note?: string | null;
  readonly title?: string;
  /** Printed under the table, so the page can be checked against the plan file later. */
  readonly chain?: ChainCheck | null;
};

/** Decisions beside the app's recommendation; an override is said in words, not only marked. */
export function DecisionsPart({ decisions, emptyText, note = null, title = 'Latest decisions', chain = null }: DecisionsPartProps) {
  return (
    <ReportSection title={title}>
      {decisions.length === 0 ? (
        <p className="report-empty">{emptyText}</p>
      ) : (
        <table className="report-table report-decisions">
          <colgroup>
            <col className="col-date" />
            <col className="col-stage" />
            <col className="col-decision" />
            <col className="col-recommended" />
            <col className="col-by" />
            <col className="col-rationale" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Stage</th>
              <th scope="col">Decision</th>
              <th scope="col">Recommended</th>
              <th scope="col">By / approved by</th>
              <th scope="col">Rationale</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td>{d.date}</td>
                <td>{d.stage}</td>
                <td>
                  <strong>{d.decision}</strong>
                  {d.override && <span className="report-flag">Override</span>}
                  {d.automatic && <span className="report-flag">Automatic</span>}
                </td>
                <td>{d.recommendation}</td>
                <td>
                  {d.author}
                  {d.approvedBy && <span className="report-note"> / {d.approvedBy}</span>}
                </td>
                <td>
                  {d.change && <span className="report-change">{d.change}. </span>}
                  {d.rationale}
                  {d.corrects && <span className="report-note"> {d.corrects}.</span>}
                  {d.correctedBy && <span className="report-note"> {d.correctedBy}.</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {note && <p className="report-small">{note}</p>}
      {chain && (
        <p className={`report-chain${chain.breaks.length > 0 ? ' is-broken' : ''}`}>
          {chainSummary(chain)}
          {chain.head !== null && (
            <>
              {' '}
              Last entry’s SHA-256: <code>{chain.head}</code>.
            </>
          )}
        </p>
      )}
    </ReportSection>
  );
}
