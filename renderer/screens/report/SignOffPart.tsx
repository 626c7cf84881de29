import type { SignOffRow } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';

export type SignOffPartProps = {
  readonly rows: readonly SignOffRow[];
};

/**
 * Lines to sign on paper, one row per signer: role, name, date and signature. Rows rather than three stacked boxes: the
 * boxes took a role line on top of two writing lines, and the sign-off went to a fourth page on Letter.
 */
export function SignOffPart({ rows }: SignOffPartProps) {
  return (
    <ReportSection title="Sign-off" className="report-signoff">
      <p className="report-small">By signing, I confirm I have read this summary and agree with the decision recorded for the current stage.</p>
      <div className="report-signoff-rows">
        {rows.map((row) => (
          <div key={row.role} className="report-signoff-row" role="group" aria-label={`Sign-off: ${row.role}`}>
            <p className="report-signoff-role">{row.role}</p>
            <p className="report-sign-line">
              <span className="report-note">Name</span> {row.name}
            </p>
            <p className="report-sign-line">
              <span className="report-note">Date</span>
            </p>
            <p className="report-sign-line">
              <span className="report-note">Signature</span>
            </p>
          </div>
        ))}
      </div>
    </ReportSection>
  );
}
