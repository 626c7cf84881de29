import { useId } from 'react';
import { parseNumber } from '../../format/numbers';
import { useDraft } from '../../hooks/useDraft';
import { useAppStore } from '../../store/useAppStore';

const format = (value: number): string => String(value);
const parse = (text: string): number | null => {
  const value = parseNumber(text, { percent: true });
  return value !== null && value >= 0 && value <= 100 ? value : null;
};

/** The plan's editing limit: changing it recomputes the quality figures from the stored rows, without re-importing. */
export function EditingLimitField() {
  const id = useId();
  const limit = useAppStore((s) => s.plan?.editingShareLimit ?? 15);
  const setEditingShareLimit = useAppStore((s) => s.setEditingShareLimit);
  const [draft, setDraft] = useDraft(limit, format, parse);
  const invalid = parse(draft) === null;
  return (
    <div className="field editing-limit">
      <label htmlFor={id}>Editing limit (%)</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          const value = parse(event.target.value);
          if (value !== null) setEditingShareLimit(value);
        }}
      />
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'hint'}>
        {invalid ? 'Enter a percentage from 0 to 100.' : 'An output needs little editing when its editing share is below this.'}
      </p>
    </div>
  );
}
