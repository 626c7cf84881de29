import type { ReportModel } from '../../../shared/report/report-model';
import { FactList } from './FactList';
import { ReportSection } from './ReportSection';

export type SystemPartProps = {
  readonly model: ReportModel;
};

/** The system and its purpose, the risk tier, and the data the summary rests on. */
export function SystemPart({ model }: SystemPartProps) {
  return (
    <>
      <ReportSection title="The system and its purpose">
        <FactList facts={model.system.facts} className="report-facts-wide" />
        <p className="report-tier">
          <strong>Risk tier: {model.tier.label}.</strong> {model.tier.text}
        </p>
      </ReportSection>
      <ReportSection title="Data sources">
        {model.dataSources.length === 0 ? (
          <p className="report-empty">{model.dataEmptyText}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col">Imported</th>
                <th scope="col">Rows</th>
                <th scope="col">Period</th>
              </tr>
            </thead>
            <tbody>
              {model.dataSources.map((source, index) => (
                <tr key={index}>
                  <td className="report-break">{source.fileName}</td>
                  <td>{source.kind}</td>
                  <td className="nowrap">{source.importedOn}</td>
                  <td>{source.rows}</td>
                  <td>{source.period ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ReportSection>
    </>
  );
}
