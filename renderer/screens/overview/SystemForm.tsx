import { useId } from 'react';
import type { SystemDescription } from '../../../shared/model/schema';
import { useAppStore } from '../../store/useAppStore';

type FieldSpec = {
  readonly field: keyof SystemDescription;
  readonly label: string;
  readonly hint: string;
  readonly multiline: boolean;
};

const fields: readonly FieldSpec[] = [
  { field: 'name', label: 'System name', hint: 'What people call it, e.g. “Reply assistant”.', multiline: false },
  { field: 'owner', label: 'Owner (accountable person)', hint: 'One named person who answers for it.', multiline: false },
  { field: 'purpose', label: 'Purpose', hint: 'The work it does and for whom.', multiline: true },
  { field: 'forbiddenUses', label: 'Forbidden uses', hint: 'What it must never be used for.', multiline: true },
  {
    field: 'autonomousDecisions',
    label: 'Decisions the AI may take alone',
    hint: 'Everything it may do without a person checking.',
    multiline: true,
  },
  {
    field: 'humanApprovalPoints',
    label: 'Where a human must approve',
    hint: 'The points at which a person reviews or signs off.',
    multiline: true,
  },
];

/** What the system is: the first thing a risk officer asks. Saved as the user types. */
export function SystemForm() {
  const system = useAppStore((s) => s.plan?.system);
  const setSystemField = useAppStore((s) => s.setSystemField);
  const id = useId();
  if (!system) return null;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>The system</h2>
      <div className="form-grid">
        {fields.map((spec) => {
          const fieldId = `${id}-${spec.field}`;
          const props = {
            id: fieldId,
            value: system[spec.field],
            'aria-describedby': `${fieldId}-hint`,
            maxLength: spec.multiline ? 20_000 : 500,
          };
          return (
            <div key={spec.field} className="field">
              <label htmlFor={fieldId}>{spec.label}</label>
              {spec.multiline ? (
                <textarea {...props} rows={3} onChange={(event) => setSystemField(spec.field, event.target.value)} />
              ) : (
                <input {...props} onChange={(event) => setSystemField(spec.field, event.target.value)} />
              )}
              <p id={`${fieldId}-hint`} className="hint">
                {spec.hint}
              </p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
