import { useId } from 'react';
import type { BottomLine } from '../../../shared/report/bottom-line';
import type { RiskRow } from '../../../shared/report/report-model';
import { ToneBadge } from './ToneBadge';

export type BottomLinePartProps = {
  readonly bottomLine: BottomLine;
  /** Open risks close the box: one line each, so page 1 says everything that could still go wrong. */
  readonly risks: readonly RiskRow[];
  readonly risksEmptyText: string;
};

/**
 * The box page 1 opens with (SPEC §8): per stage what the app recommends and what was decided,
 * the reasons that decide it and what happens next; then the open risks (blockers, open incidents,
 * triggers), one line each. They were a section of their own near the end, repeating this box and
 * costing the third page its room. The detail follows.
 */
export function BottomLinePart({ bottomLine, risks, risksEmptyText }: BottomLinePartProps) {
  const id = useId();
  const risksId = useId();
  return (
    <section className="report-bottom-line" aria-labelledby={id}>
      <h2 id={id} className="report-h2">
        Bottom line
      </h2>
      {bottomLine.rows.length === 0 ? (
        <p className="report-empty">{bottomLine.emptyText}</p>
      ) : (
        <table className="report-table report-bottom-table">
          <colgroup>
            <col className="col-stage" />
            <col className="col-verdicts" />
            <col className="col-why" />
            <col className="col-next" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Recommended / decided / incidents</th>
              <th scope="col">Why</th>
              <th scope="col">Next</th>
            </tr>
          </thead>
          <tbody>
            {bottomLine.rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.stage}</th>
                <td>
                  <span className="report-bottom-pair">
                    <span className="report-note">Recommended</span> <ToneBadge tone={row.tone} label={row.recommendation} />
                  </span>
                  <span className="report-bottom-pair">
                    <span className="report-note">Decided</span>{' '}
                    <span className={row.decided ? 'report-decided' : 'report-undecided'}>{row.decision}</span>
                  </span>
                  <span className="report-bottom-pair">
                    <span className="report-note">Open incidents</span>{' '}
                    {row.incidentTone === 'bad' || row.incidentTone === 'warn' ? <ToneBadge tone={row.incidentTone} label={row.incidents} /> : row.incidents}
                  </span>
                </td>
                <td>
                  {row.reasons.map((reason, index) => (
                    <span key={index} className="report-bottom-reason">
                      {reason}
                    </span>
                  ))}
                  {row.caveat !== null && <span className="report-bottom-reason report-caveat">{row.caveat}</span>}
                </td>
                <td>{row.next}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="report-bottom-risks" aria-labelledby={risksId}>
        <h3 id={risksId} className="report-bottom-risks-title">
          Open risks
        </h3>
        {risks.length === 0 ? (
          <p>{risksEmptyText}</p>
        ) : (
          <ul>
            {risks.map((risk, index) => (
              <li key={index} className={`is-${risk.tone}`}>
                <strong>{risk.kind}:</strong> {risk.text}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
