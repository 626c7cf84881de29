import { RequiredTextField } from './RequiredTextField';
import { useState, type FormEvent } from 'react';
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
        <RequiredTextField
          label="Plan name"
          value={name}
          maxLength={200}
          error={error}
          focus="modal"
          selectOnFocus
          onChange={(value) => {
            setName(value);
            setError(null);
          }}
        />
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
