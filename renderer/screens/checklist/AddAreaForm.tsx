import { useId, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

/** "Add area": a section of the user's own, for questions the catalogue does not cover. */
export function AddAreaForm() {
  const addChecklistArea = useAppStore((s) => s.addChecklistArea);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const close = (): void => {
    setOpen(false);
    setTitle('');
    setError(null);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the area a title.');
      return;
    }
    addChecklistArea(title);
    close();
  };

  if (!open) {
    return (
      <button type="button" className="button add-area" onClick={() => setOpen(true)}>
        <Icon name="plus" />
        Add area
      </button>
    );
  }
  return (
    <form className="inline-form card" aria-label="New area" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>Area title</label>
        <input
          id={id}
          autoFocus
          value={title}
          maxLength={200}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-err`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Add area
        </button>
      </div>
    </form>
  );
}
