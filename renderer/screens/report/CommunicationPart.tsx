import type { CommunicationRowText } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';

export type CommunicationPartProps = {
  readonly rows: readonly CommunicationRowText[];
  readonly emptyText: string;
};

/**
 * Who hears what, when, how and from whom ("audience: what", then "when · channel · owner"). Two columns of short entries rather than a
 * five-column table: its cells wrapped onto two lines each and pushed the sign-off to a fourth page.
 */
export function CommunicationPart({ rows, emptyText }: CommunicationPartProps) {
  return (
    <ReportSection title="Communication plan">
      {rows.length === 0 ? (
        <p className="report-empty">{emptyText}</p>
      ) : (
        <ul className="report-comm">
          {rows.map((row, index) => (
            <li key={index}>
              <p>
                <strong>{row.audience}</strong>: {row.what}
              </p>
              <p className="report-note">
                {row.when} · {row.channel} ·{' '}
                <span className="nowrap">
                  <span className="report-comm-label">Owner</span> {row.owner}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
