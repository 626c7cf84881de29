import type { IncidentSection } from '../../../shared/report/incident-summary';
import { ReportSection } from './ReportSection';
import { ToneBadge } from './ToneBadge';

export type IncidentsPartProps = {
  readonly incidents: IncidentSection;
};

/** The incident register in brief: per stage by severity, open, answered within target and rollbacks; then the open ones. */
export function IncidentsPart({ incidents }: IncidentsPartProps) {
  return (
    <ReportSection title="Incidents" className="report-incidents">
      <p className="report-small report-incidents-register">
        {incidents.summary && <strong>{incidents.summary} </strong>}
        {incidents.noIncidents && `${incidents.noIncidents} `}
        {incidents.register}
      </p>
      {incidents.rows.length > 0 && (
        <table className="report-table report-incident-table">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="num">
                Critical
              </th>
              <th scope="col" className="num">
                High
              </th>
              <th scope="col" className="num">
                Medium
              </th>
              <th scope="col" className="num">
                Low
              </th>
              <th scope="col" className="num">
                Open
              </th>
              <th scope="col">Answered within target</th>
              <th scope="col" className="num">
                Rollbacks
              </th>
            </tr>
          </thead>
          <tbody>
            {incidents.rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.stage}</th>
                <td className="num">{row.bySeverity.critical}</td>
                <td className="num">{row.bySeverity.high}</td>
                <td className="num">{row.bySeverity.medium}</td>
                <td className="num">{row.bySeverity.low}</td>
                <td className="num">{row.open}</td>
                <td>{row.withinTarget}</td>
                <td className="num">{row.rollbacks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {incidents.open.length > 0 && (
        <ul className="report-open-incidents" aria-label="Open incidents">
          {incidents.open.map((incident, index) => (
            <li key={index}>
              <ToneBadge tone={incident.tone} label={`${incident.severity}, open`} />{' '}
              <span>
                <span className="report-note">
                  {incident.stage} · opened {incident.opened} · {incident.response}
                  {incident.rollback ? ' · a rollback followed' : ''}:
                </span>{' '}
                {incident.description}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(incidents.moreOpen || incidents.cutNote) && <p className="report-small">{[incidents.moreOpen, incidents.cutNote].filter(Boolean).join(' ')}</p>}
    </ReportSection>
  );
}
