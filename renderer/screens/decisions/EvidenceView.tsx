import type { AppendixEvidence } from '../../../shared/report/report-model';
import { ToneBadge } from '../report/ToneBadge';

export type EvidenceViewProps = {
  readonly evidence: AppendixEvidence;
};

/** The evidence frozen with a decision, as plain text: the same on screen, in the log and on paper. */
export function EvidenceView({ evidence }: EvidenceViewProps) {
  return (
    <div className="frozen-evidence">
      <dl className="frozen-evidence-facts">
        {evidence.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {evidence.verdict && (
        <p className="frozen-evidence-verdict">
          <strong>Stage verdict then:</strong> {evidence.verdict}
        </p>
      )}
      {evidence.reasons.length > 0 && (
        <ul className="frozen-evidence-reasons">
          {evidence.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {evidence.results.length > 0 && (
        <table className="frozen-evidence-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Result</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {evidence.results.map((result, index) => (
              <tr key={index}>
                <td>
                  <span className="frozen-evidence-kind">{result.kind}: </span>
                  {result.label}
                </td>
                <td>
                  <ToneBadge tone={result.tone} label={result.status} />
                </td>
                <td>
                  {result.reason}
                  {result.caveat !== null && <em className="report-caveat"> {result.caveat}</em>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
