import type { CommunicationRowText } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';

export type CommunicationPartProps = {
  readonly rows: readonly CommunicationRowText[];
  readonly emptyText: string;
};

export function CommunicationPart({ rows, emptyText }: CommunicationPartProps) {
  return (
    <ReportSection title="Communication plan">
      {rows.length === 0 ? (
        <p className="report-empty">{emptyText}</p>
      ) : (
        <table className="report-table report-comm">
          <colgroup>
            <col className="col-audience" />
            <col className="col-what" />
            <col className="col-when" />
            <col className="col-channel" />
            <col className="col-owner" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Audience</th>
              <th scope="col">What they receive</th>
              <th scope="col">When</th>
              <th scope="col">Channel</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.audience}</th>
                <td>{row.what}</td>
                <td>{row.when}</td>
                <td>{row.channel}</td>
                <td>{row.owner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}
