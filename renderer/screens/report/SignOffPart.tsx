import type { SignOffRow } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';

export type SignOffPartProps = {
  readonly rows: readonly SignOffRow[];
};

/** Boxes to sign on paper, one per role: name, date and signature lines, kept together on one page. */
export function SignOffPart({ rows }: SignOffPartProps) {
  return (
    <ReportSection title="Sign-off" className="report-signoff">
      <p className="report-small">By signing, I confirm I have read this summary and agree with the decision recorded for the current stage.</p>
      <div className="report-signoff-boxes">
        {rows.map((row) => (
          <div key={row.role} className="report-signoff-box" role="group" aria-label={`Sign-off: ${row.role}`}>
            <p className="report-signoff-role">{row.role}</p>
            <p className="report-sign-line">
              <span className="report-note">Name</span> {row.name}
            </p>
            <div className="report-sign-pair">
              <p className="report-sign-line">
                <span className="report-note">Date</span>
              </p>
              <p className="report-sign-line">
                <span className="report-note">Signature</span>
              </p>
            </div>
          </div>
        ))}
      </div>
    </ReportSection>
  );
}
