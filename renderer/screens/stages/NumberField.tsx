import { useDraft } from '../../hooks/useDraft';
import { readNumber, type NumberRules } from './number-input';

export type NumberFieldProps = {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly onCommit: (value: number | null) => void;
  readonly rules: NumberRules;
  /** Shown after the field: "%", "weeks", "users". */
  readonly suffix?: string;
  readonly hint?: string;
  /** Ids of more text that describes the field (e.g. where its value came from). */
  readonly describedBy?: string;
  /** What the last valid value means, for the "kept until you do" message. */
  readonly describeKept?: (value: number | null) => string;
  readonly className?: string;
};

const format = (value: number | null): string => (value === null ? '' : String(value));

/**
 * A number the plan only takes when it is valid. Anything else stays in the field as a draft
 * with a message, and the plan keeps its last valid value, so a stored plan never fails its schema.
 */
export function NumberField({ id, label, value, onCommit, rules, suffix, hint, describedBy: more, describeKept, className }: NumberFieldProps) {
  const [draft, setDraft] = useDraft<number | null>(value, format, (text) => {
    const read = readNumber(text, rules);
    // NaN never equals the committed value, so an invalid draft yields to a change made elsewhere (undo).
    return read.ok ? read.value : Number.NaN;
  });
  const read = readNumber(draft, rules);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const kept = describeKept ? describeKept(value) : value === null ? 'empty' : String(value);
  const describedBy = [hint ? hintId : null, more ?? null, read.ok ? null : errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className={suffix ? 'input-with-suffix' : undefined}>
        <input
          id={id}
          inputMode={rules.integer ? 'numeric' : 'decimal'}
          value={draft}
          aria-invalid={!read.ok}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDraft(event.target.value);
            const next = readNumber(event.target.value, rules);
            if (next.ok && next.value !== value) onCommit(next.value);
          }}
        />
        {suffix && <span className="input-suffix" aria-hidden="true">{suffix}</span>}
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {!read.ok && (
        <p id={errorId} className="field-error">
          {read.message} The plan keeps {kept} until you do.
        </p>
      )}
    </div>
  );
}
