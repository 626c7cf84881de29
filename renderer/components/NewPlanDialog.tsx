import { useId, useState, type FormEvent } from 'react';
import { planTemplates, type TemplateId } from '../../shared/model/templates';
import { useAppStore } from '../store/useAppStore';
import { Modal } from './Modal';

export type NewPlanDialogProps = {
  readonly onClose: () => void;
};

type Choice = TemplateId | 'empty';

const choices: ReadonlyArray<{ id: Choice; name: string; summary: string }> = [
  { id: 'empty', name: 'Empty plan', summary: 'The readiness checklist and default thresholds, no stages yet.' },
  ...planTemplates.map((t) => ({ id: t.id, name: t.name, summary: t.summary })),
];

/** Name and starting point of a new plan. */
export function NewPlanDialog({ onClose }: NewPlanDialogProps) {
  const createNewPlan = useAppStore((s) => s.createNewPlan);
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<Choice>('empty');
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const hintId = useId();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const created = await createNewPlan(name, choice === 'empty' ? null : choice);
    setBusy(false);
    if (created) onClose();
  };

  return (
    <Modal title="New plan" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={nameId}>Plan name</label>
          <input
            id={nameId}
            data-autofocus
            value={name}
            maxLength={200}
            aria-describedby={hintId}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. Support reply assistant"
          />
          <p id={hintId} className="hint">
            Usually the AI system and where it is rolled out. Left empty, the template’s name is used.
          </p>
        </div>
        <fieldset className="choice-list">
          <legend>Start from</legend>
          {choices.map((c) => (
            <label key={c.id} className={`choice-card${choice === c.id ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="template"
                value={c.id}
                checked={choice === c.id}
                onChange={() => setChoice(c.id)}
                aria-label={c.name}
                aria-describedby={`${nameId}-${c.id}`}
              />
              <span className="choice-text">
                <span className="choice-title">{c.name}</span>
                <span id={`${nameId}-${c.id}`} className="choice-summary">
                  {c.summary}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            Create plan
          </button>
        </div>
      </form>
    </Modal>
  );
}
