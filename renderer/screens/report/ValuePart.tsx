import type { ValueSection } from '../../../shared/report/value-section';
import { ReportSection } from './ReportSection';

export type ValuePartProps = {
  readonly value: ValueSection;
};

/** Hours saved against the manual process and cost per interaction, for the plan and per stage. */
export function ValuePart({ value }: ValuePartProps) {
  return (
    <ReportSection title="Value delivered">
      <p className="report-lead">{value.lead}</p>
      {value.rows.length > 0 && (
        <table className="report-table report-value">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Hours saved</th>
              <th scope="col">Per output</th>
              <th scope="col">Per active user per week</th>
              <th scope="col">Cost per interaction</th>
            </tr>
          </thead>
          <tbody>
            {value.rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.stage}</th>
                <td>{row.hoursSaved}</td>
                <td>{row.perOutput}</td>
                <td>{row.perUserWeek}</td>
                <td>{row.cost}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="report-note report-value-method">{value.method}</p>
    </ReportSection>
  );
}
