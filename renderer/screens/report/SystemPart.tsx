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
          // A running list, not a table: a row per file cost the summary most of a column of page 1.
          <ul className="report-sources">
            {model.dataSources.map((source, index) => (
              <li key={index}>
                <strong className="report-break">{source.fileName}</strong> {source.kind}, imported {source.importedOn}, {source.rows}
                {source.period ? `, data from ${source.period}` : ''}
                {source.unreadable && (
                  <>
                    {' '}
                    <strong>Not read: {source.unreadable}.</strong>
                  </>
                )}
              </li>
            ))}
            {model.dataWarnings.length > 0 && (
              // In the running list, not a paragraph of its own: a line more on page 1 pushed the sign-off off page 3.
              <li role="note" aria-label="Figures counted with care">
                <strong>Counted with care:</strong> {model.dataWarnings.join(' ')}
              </li>
            )}
          </ul>
        )}
        {model.handValues.total > 0 && (
          <p className="report-small">
            <strong>Recorded by hand, not from a file ({model.handValues.total}):</strong> {model.handValues.lines.join('; ')}
            {model.handValues.more ? `; ${model.handValues.more}` : '.'}
          </p>
        )}
      </ReportSection>
    </>
  );
}
