import { RequiredTextField } from '../../components/RequiredTextField';
import { useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

/** "Add area": a section of the user's own, for questions the catalogue does not cover. */
export function AddAreaForm() {
  const addChecklistArea = useAppStore((s) => s.addChecklistArea);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

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
      <RequiredTextField
        label="Area title"
        value={title}
        maxLength={200}
        error={error}
        focus="autofocus"
        onChange={(value) => {
          setTitle(value);
          setError(null);
        }}
      />
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
