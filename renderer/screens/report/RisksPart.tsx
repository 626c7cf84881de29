import type { RiskRow } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';
import { ToneBadge } from './ToneBadge';

export type RisksPartProps = {
  readonly risks: readonly RiskRow[];
  readonly emptyText: string;
};

export function RisksPart({ risks, emptyText }: RisksPartProps) {
  return (
    <ReportSection title="Open risks">
      {risks.length === 0 ? (
        <p className="report-empty">{emptyText}</p>
      ) : (
        <ul className="report-risks">
          {risks.map((risk, index) => (
            <li key={index}>
              <ToneBadge tone={risk.tone} label={risk.kind} /> <span>{risk.text}</span>
            </li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
