import { useId, type FocusEvent } from 'react';

export type RequiredTextFieldProps = {
  readonly label: string;
  readonly value: string;
  /** Called with the new text; the caller clears its error there. */
  readonly onChange: (value: string) => void;
  /** Shown under the field and announced with it; null when the text is acceptable. */
  readonly error: string | null;
  readonly maxLength: number;
  readonly placeholder?: string;
  /** `autofocus` focuses on mount; `modal` marks the field the dialog focuses first. */
  readonly focus?: 'autofocus' | 'modal';
  readonly selectOnFocus?: boolean;
};

/** A labelled text input that must not be left empty, with its error tied to it for screen readers. */
export function RequiredTextField({ label, value, onChange, error, maxLength, placeholder, focus, selectOnFocus }: RequiredTextFieldProps) {
  const id = useId();
  const errorId = `${id}-err`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        autoFocus={focus === 'autofocus'}
        data-autofocus={focus === 'modal' ? true : undefined}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onFocus={selectOnFocus ? (event: FocusEvent<HTMLInputElement>) => event.target.select() : undefined}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
