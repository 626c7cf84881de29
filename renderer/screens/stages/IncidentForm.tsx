import { useId, useState } from 'react';
import { responseTargetMinutes, severityLabels, targetWords } from '../../../shared/incidents';
import { incidentSeverities, type IncidentSeverity } from '../../../shared/model/schema';
import { useAppStore } from '../../store/useAppStore';

export type IncidentFormProps = {
  readonly stageId: string;
};

/** Adds an incident to the register: what happened, how severe, when it was opened, acknowledged and resolved. */
export function IncidentForm({ stageId }: IncidentFormProps) {
  const id = useId();
  const save = useAppStore((s) => s.saveIncident);
  const [severity, setSeverity] = useState<IncidentSeverity>('critical');
  const [openedAt, setOpenedAt] = useState('');
  const [acknowledgedAt, setAcknowledgedAt] = useState('');
  const [resolvedAt, setResolvedAt] = useState('');
  const [description, setDescription] = useState('');
  const [rollback, setRollback] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);

  const submit = (): void => {
    const result = save({
      stageId,
      severity,
      openedAt,
      acknowledgedAt: acknowledgedAt === '' ? null : acknowledgedAt,
      resolvedAt: resolvedAt === '' ? null : resolvedAt,
      description,
      rollback,
    });
    setProblems(result ?? []);
    if (result === null) {
      setOpenedAt('');
      setAcknowledgedAt('');
      setResolvedAt('');
      setDescription('');
      setRollback(false);
    }
  };

  return (
    <details className="card hand-value-form">
      <summary>Add an incident</summary>
      <div className="rule-grid" role="group" aria-label="Add an incident">
        <div className="field">
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as IncidentSeverity)}>
            {incidentSeverities.map((s) => (
              <option key={s} value={s}>
                {severityLabels[s]} — {targetWords(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-opened`}>Opened</label>
          <input id={`${id}-opened`} type="datetime-local" value={openedAt} onChange={(e) => setOpenedAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ack`}>Acknowledged</label>
          <input id={`${id}-ack`} type="datetime-local" value={acknowledgedAt} onChange={(e) => setAcknowledgedAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-resolved`}>Resolved</label>
          <input id={`${id}-resolved`} type="datetime-local" value={resolvedAt} onChange={(e) => setResolvedAt(e.target.value)} />
        </div>
        <div className="field span-3">
          <label htmlFor={`${id}-what`}>What happened</label>
          <input id={`${id}-what`} value={description} maxLength={5000} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <label className="check field">
          <input type="checkbox" checked={rollback} onChange={(e) => setRollback(e.target.checked)} />
          A rollback followed
        </label>
        <div className="form-actions">
          <button type="button" className="button" onClick={submit}>
            Add incident
          </button>
          <span className="hint">Response target: {responseTargetMinutes[severity]} minutes from opened to acknowledged.</span>
        </div>
      </div>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
