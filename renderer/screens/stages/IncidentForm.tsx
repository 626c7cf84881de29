import { useId, useState } from 'react';
import { responseTargetMinutes, severityLabels, targetWords } from '../../../shared/incidents';
import { incidentSeverities, type IncidentSeverity } from '../../../shared/model/schema';
import { useFormDraft } from '../../hooks/useFormDraft';
import { useAppStore } from '../../store/useAppStore';

const emptyIncident = {
  severity: 'critical' as IncidentSeverity,
  openedAt: '',
  acknowledgedAt: '',
  resolvedAt: '',
  description: '',
  rollback: false,
  /** Whether the form is unfolded: a draft that waits folded away would go unseen. */
  open: false,
};

export type IncidentFormProps = {
  readonly stageId: string;
};

/** Adds an incident to the register: what happened, how severe, when it was opened, acknowledged and resolved. */
export function IncidentForm({ stageId }: IncidentFormProps) {
  const id = useId();
  const save = useAppStore((s) => s.saveIncident);
  // Kept per stage while the user looks elsewhere (the time an incident was acknowledged, on another tab).
  const [draft, edit, clear] = useFormDraft(`incident:${stageId}`, emptyIncident);
  const { severity, openedAt, acknowledgedAt, resolvedAt, description, rollback } = draft;
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
    // Added: the form empties and stays unfolded for the next one.
    if (result === null) clear({ ...emptyIncident, open: true });
  };

  return (
    <details className="card hand-value-form" open={draft.open} onToggle={(e) => draft.open !== e.currentTarget.open && edit({ open: e.currentTarget.open })}>
      <summary>Add an incident</summary>
      <div className="rule-grid" role="group" aria-label="Add an incident">
        <div className="field">
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select id={`${id}-severity`} value={severity} onChange={(e) => edit({ severity: e.target.value as IncidentSeverity })}>
            {incidentSeverities.map((s) => (
              <option key={s} value={s}>
                {severityLabels[s]} — {targetWords(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-opened`}>Opened</label>
          <input id={`${id}-opened`} type="datetime-local" value={openedAt} onChange={(e) => edit({ openedAt: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ack`}>Acknowledged</label>
          <input id={`${id}-ack`} type="datetime-local" value={acknowledgedAt} onChange={(e) => edit({ acknowledgedAt: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-resolved`}>Resolved</label>
          <input id={`${id}-resolved`} type="datetime-local" value={resolvedAt} onChange={(e) => edit({ resolvedAt: e.target.value })} />
        </div>
        <div className="field span-3">
          <label htmlFor={`${id}-what`}>What happened</label>
          <input id={`${id}-what`} value={description} maxLength={5000} onChange={(e) => edit({ description: e.target.value })} />
        </div>
        <label className="check field">
          <input type="checkbox" checked={rollback} onChange={(e) => edit({ rollback: e.target.checked })} />
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
