import { useState } from 'react';
import type { Threshold } from '../../../shared/model/schema';
import { useDraft } from '../../hooks/useDraft';
import { parseNumber } from '../../format/numbers';
import { useAppStore } from '../../store/useAppStore';

export type MeasuredFieldsProps = {
  readonly threshold: Threshold;
};

const formatValue = (value: number | null): string => (value === null ? '' : String(value));
// An empty field means "not measured": null, like an unparseable one, so neither replaces the draft.
const parseValue = (text: string): number | null => parseNumber(text);

/**
 * The measured value, its date and source. Stored only as a whole: a value needs a date
 * (today when none is given); clearing the value clears the measurement.
 */
export function MeasuredFields({ threshold }: MeasuredFieldsProps) {
  const updateThreshold = useAppStore((s) => s.updateThreshold);
  const today = useAppStore((s) => s.today);
  const measured = threshold.measured;
  const [value, setValue] = useDraft(measured?.value ?? null, formatValue, parseValue);
  const [date, setDate] = useState(measured?.date ?? '');
  const [source, setSource] = useState(measured?.source ?? '');
  const base = `threshold-${threshold.id}`;
  const number = parseNumber(value);
  const valueInvalid = value.trim() !== '' && number === null;

  const commit = (next: { value: string; date: string; source: string }): void => {
    const parsed = parseNumber(next.value);
    if (next.value.trim() === '') {
      if (measured !== null) updateThreshold(threshold.id, { measured: null });
      return;
    }
    if (parsed === null) return;
    const when = /^\d{4}-\d{2}-\d{2}$/.test(next.date) ? next.date : today;
    updateThreshold(threshold.id, { measured: { value: parsed, date: when, source: next.source } });
    if (when !== next.date) setDate(when);
  };

  return (
    <div className="measured-grid">
      <div className="field">
        <label htmlFor={`${base}-value`}>Measured value</label>
        <input
          id={`${base}-value`}
          inputMode="decimal"
          value={value}
          placeholder="Not measured"
          aria-invalid={valueInvalid}
          aria-describedby={valueInvalid ? `${base}-value-err` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            commit({ value: event.target.value, date, source });
          }}
        />
        {valueInvalid && (
          <p id={`${base}-value-err`} className="field-error">
            Enter a number, or leave empty when not measured.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${base}-date`}>Measured on</label>
        <input
          id={`${base}-date`}
          type="date"
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
            commit({ value, date: event.target.value, source });
          }}
        />
      </div>
      <div className="field source">
        <label htmlFor={`${base}-source`}>Source</label>
        <input
          id={`${base}-source`}
          value={source}
          maxLength={500}
          placeholder="e.g. test run of 12 May, 500 cases"
          onChange={(event) => {
            setSource(event.target.value);
            commit({ value, date, source: event.target.value });
          }}
        />
      </div>
    </div>
  );
}
