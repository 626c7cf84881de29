import { RequiredTextField } from '../../components/RequiredTextField';
import { useState, type FormEvent } from 'react';
import { riskTiers, type RiskTier } from '../../../shared/model/enums';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

export type AddItemFormProps = {
  readonly areaId: string;
  readonly areaTitle: string;
};

const tierNames: Record<RiskTier, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** "Add item" per area: a question of the user's own and the tiers that require it. */
export function AddItemForm({ areaId, areaTitle }: AddItemFormProps) {
  const addChecklistItem = useAppStore((s) => s.addChecklistItem);
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState('');
  const [requiredFor, setRequiredFor] = useState<RiskTier[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reset = (): void => {
    setOpen(false);
    setQuestion('');
    setRequiredFor([]);
    setError(null);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (question.trim() === '') {
      setError('Write the question first.');
      return;
    }
    addChecklistItem(areaId, question, requiredFor);
    reset();
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button subtle add-button"
        aria-label={`Add item to ${areaTitle}`}
        onClick={() => setOpen(true)}
      >
        <Icon name="plus" />
        Add item
      </button>
    );
  }

  return (
    <form className="inline-form" aria-label={`New item in ${areaTitle}`} onSubmit={submit}>
      <RequiredTextField
        label="Question"
        value={question}
        maxLength={1000}
        error={error}
        focus="autofocus"
        placeholder="e.g. Is the support team trained on the new escalation path?"
        onChange={(value) => {
          setQuestion(value);
          setError(null);
        }}
      />
      <fieldset className="inline-checks">
        <legend>Required for</legend>
        {riskTiers.map((tier) => (
          <label key={tier} className="check">
            <input
              type="checkbox"
              checked={requiredFor.includes(tier)}
              onChange={(event) =>
                setRequiredFor((was) => (event.target.checked ? [...was, tier] : was.filter((t) => t !== tier)))
              }
            />
            {tierNames[tier]}
          </label>
        ))}
        <span className="hint">None ticked: recommended only.</span>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={reset}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Add item
        </button>
      </div>
    </form>
  );
}
