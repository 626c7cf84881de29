import { formatDate, formatTimestamp } from '../../../shared/format/format';
import { useId } from 'react';
import { responseTimeWords, responseMinutes, responseShare, responseShareWords, responseStatus, severityLabels, targetWords, unknownResponseWords, type ResponseStatus } from '../../../shared/incidents';
import type { Incident, Stage } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { localMoment } from '../../store/records-slice';
import { useAppStore } from '../../store/useAppStore';
import { IncidentForm } from './IncidentForm';

export type IncidentRegisterProps = {
  readonly stage: Stage;
};

const NO_INCIDENTS: readonly Incident[] = [];

const statusWords: Record<ResponseStatus, string> = {
  within: 'Within target',
  late: 'Late',
  overdue: 'Overdue — not acknowledged',
  waiting: 'Not acknowledged yet',
  unknown: 'Cannot tell',
};

function responseWords(incident: Incident, now: string): string {
  const minutes = responseMinutes(incident);
  const found = responseStatus(incident, now);
  if (found === 'unknown') return unknownResponseWords(incident);
  const status = statusWords[found];
  return minutes === null ? status : `${status} (${responseTimeWords(minutes)}; target ${targetWords(incident.severity)})`;
}

/**
 * The stage's incidents (SPEC §5), next to its verdict: severity, response against its target,
 * resolution and rollback. Critical incidents feed the "critical incidents" gate metric, for
 * the weeks the register is said to be kept.
 */
export function IncidentRegister({ stage }: IncidentRegisterProps) {
  const id = useId();
  const all = useAppStore((s) => s.plan?.incidents ?? NO_INCIDENTS);
  const keptSince = useAppStore((s) => s.plan?.incidentsKeptSince ?? null);
  const today = useAppStore((s) => s.today);
  const setKept = useAppStore((s) => s.setIncidentsKeptSince);
  const mark = useAppStore((s) => s.markIncident);
  const remove = useAppStore((s) => s.removeIncident);
  const incidents = all.filter((i) => i.stageId === stage.id).sort((a, b) => (a.openedAt < b.openedAt ? -1 : 1));
  // For "overdue" against "not yet": the clock of this machine; the register itself stores only typed times.
  const now = localMoment(new Date());
  const share = responseShare(incidents, now);
  const critical = incidents.filter((i) => i.severity === 'critical').length;

  return (
    <section aria-labelledby={`${id}-h`} className="result-section incident-register">
      <h3 id={`${id}-h`}>Incidents</h3>
      <label className="check">
        <input type="checkbox" checked={keptSince !== null} onChange={(e) => setKept(e.target.checked ? (stage.plannedStart ?? today) : null)} />
        Every incident is recorded here{keptSince === null ? '' : ` from ${formatDate(keptSince)}`} (weeks without one then count as none)
      </label>
      <p className="hint">
        {incidents.length === 0
          ? 'No incidents recorded for this stage.'
          : `${incidents.length} ${incidents.length === 1 ? 'incident' : 'incidents'}, ${critical} critical; answered within target: ${responseShareWords(share, true)}.`}
      </p>
      {incidents.length > 0 && (
        <table className="table hand-values-table">
          <caption className="sr-only">Incidents of {stage.name}</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Opened</th>
              <th scope="col">Response</th>
              <th scope="col">Resolved</th>
              <th scope="col">Rollback</th>
              <th scope="col">What happened</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id}>
                <th scope="row">{severityLabels[i.severity]}</th>
                <td>{formatTimestamp(i.openedAt)}</td>
                {/* The state is text of its own and the action a button on its own line, named for the incident (the visible words first, as voice control users say them): read together they ran into "OpenResolved now". */}
                <td>
                  <span>{responseWords(i, now)}</span>
                  {i.acknowledgedAt === null && (
                    <button
                      type="button"
                      className="link-button cell-action"
                      aria-label={`Mark acknowledged now: the incident opened ${formatTimestamp(i.openedAt)}`}
                      onClick={() => mark(i.id, 'acknowledgedAt')}
                    >
                      Mark acknowledged now
                    </button>
                  )}
                </td>
                <td>
                  <span>{i.resolvedAt === null ? 'Open' : formatTimestamp(i.resolvedAt)}</span>
                  {i.resolvedAt === null && (
                    <button
                      type="button"
                      className="link-button cell-action"
                      aria-label={`Mark resolved now: the incident opened ${formatTimestamp(i.openedAt)}`}
                      onClick={() => mark(i.id, 'resolvedAt')}
                    >
                      Mark resolved now
                    </button>
                  )}
                </td>
                <td>{i.rollback ? 'Yes' : 'No'}</td>
                <td>{i.description}</td>
                <td>
                  <button type="button" className="icon-button" aria-label={`Remove the incident opened ${formatTimestamp(i.openedAt)}`} onClick={() => remove(i.id)}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <IncidentForm stageId={stage.id} />
    </section>
  );
}
