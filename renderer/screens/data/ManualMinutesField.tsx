import { useId } from 'react';
import { parseNumber } from '../../format/numbers';
import { useDraft } from '../../hooks/useDraft';
import { useAppStore } from '../../store/useAppStore';

/** "Not known" is a value of its own: an empty field, never a guessed number. */
type Minutes = number | 'unknown';

const MAX_MINUTES = 100_000;
const format = (value: Minutes): string => (value === 'unknown' ? '' : String(value));
const parse = (text: string): Minutes | null => {
  if (text.trim() === '') return 'unknown';
  const value = parseNumber(text);
  return value !== null && value > 0 && value <= MAX_MINUTES ? value : null;
};

/**
 * "A task takes N minutes by hand": the time saved of outputs whose file gives an editing share
 * but no minutes by hand. Empty means unknown, and then the time saved is not measured.
 */
export function ManualMinutesField() {
  const id = useId();
  const minutes = useAppStore((s) => s.plan?.manualMinutesPerTask ?? null);
  const setManualMinutesPerTask = useAppStore((s) => s.setManualMinutesPerTask);
  const [draft, setDraft] = useDraft<Minutes>(minutes ?? 'unknown', format, parse);
  const parsed = parse(draft);
  return (
    <div className="field editing-limit">
      <label htmlFor={id}>A task takes by hand (minutes)</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        placeholder="not known"
        aria-invalid={parsed === null}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          const value = parse(event.target.value);
          if (value !== null) setManualMinutesPerTask(value === 'unknown' ? null : value);
        }}
      />
      <p id={`${id}-hint`} className={parsed === null ? 'field-error' : 'hint'}>
        {parsed === null
          ? `Enter the minutes, more than 0 and at most ${MAX_MINUTES.toLocaleString()}, or leave it empty.`
          : 'For the time saved of outputs whose file has no minutes by hand. Empty: not known, and not assumed.'}
      </p>
    </div>
  );
}
