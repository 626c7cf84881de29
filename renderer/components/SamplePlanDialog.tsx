import { useId, useState, type FormEvent } from 'react';
import { samplePlans } from '../../shared/model/sample-plans';
import { findTemplate, type TemplateId } from '../../shared/model/templates';
import { useAppStore } from '../store/useAppStore';
import { Modal } from './Modal';

export type SamplePlanDialogProps = {
  readonly onClose: () => void;
};

const choices = samplePlans.map((s) => ({
  id: s.templateId,
  name: findTemplate(s.templateId)?.name ?? s.templateId,
  summary: s.summary,
  files: s.files.map((f) => f.name).join(', '),
}));

/** Which template's sample plan "Try with sample data" creates: one complete plan per template. */
export function SamplePlanDialog({ onClose }: SamplePlanDialogProps) {
  const trySampleData = useAppStore((s) => s.trySampleData);
  const [choice, setChoice] = useState<TemplateId>('team-workflow-pilot');
  const id = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    // Closed at once: the plan opens, and its files import in the background.
    onClose();
    void trySampleData(choice);
  };

  return (
    <Modal title="Try with sample data" onClose={onClose}>
      <form onSubmit={submit}>
        <p className="hint">
          A complete example plan with its pilot data imported, so you can see every screen with real figures. Your own plans are not
          touched.
        </p>
        <fieldset className="choice-list">
          <legend>Sample plan for the template</legend>
          {choices.map((c) => (
            <label key={c.id} className={`choice-card${choice === c.id ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="sample-template"
                value={c.id}
                checked={choice === c.id}
                onChange={() => setChoice(c.id)}
                aria-label={c.name}
                aria-describedby={`${id}-${c.id} ${id}-${c.id}-files`}
                data-autofocus={choice === c.id ? true : undefined}
              />
              <span className="choice-text">
                <span className="choice-title">{c.name}</span>
                <span id={`${id}-${c.id}`} className="choice-summary">
                  {c.summary}
                </span>
                <span id={`${id}-${c.id}-files`} className="choice-summary">
                  Files: {c.files}.
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Create sample plan
          </button>
        </div>
      </form>
    </Modal>
  );
}
