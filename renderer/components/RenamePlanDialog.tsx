import { useId, useState, type FormEvent } from 'react';
import { useAppStore } from '../store/useAppStore';
import { Modal } from './Modal';

export type RenamePlanDialogProps = {
  readonly onClose: () => void;
};

export function RenamePlanDialog({ onClose }: RenamePlanDialogProps) {
  const currentName = useAppStore((s) => s.plan?.name ?? '');
  const renameCurrentPlan = useAppStore((s) => s.renameCurrentPlan);
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('A plan needs a name.');
      return;
    }
    if (await renameCurrentPlan(name)) onClose();
  };

  return (
    <Modal title="Rename plan" onClose={onClose} size="small">
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={id}>Plan name</label>
          <input
            id={id}
            data-autofocus
            value={name}
            maxLength={200}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            onFocus={(event) => event.target.select()}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
