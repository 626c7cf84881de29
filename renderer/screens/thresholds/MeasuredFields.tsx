import { useState } from 'react';
import type { Threshold } from '../../../shared/model/schema';
import type { DataMeasurement } from '../../../shared/thresholds/data-measurements';
import { fractionReading, type FractionReading } from '../../../shared/thresholds/fraction-reading';
import { Icon } from '../../components/Icon';
import { useDraft } from '../../hooks/useDraft';
import { formatIsoDate } from '../../format/dates';
import { formatWithUnit, parseNumber } from '../../format/numbers';
import { useAppStore } from '../../store/useAppStore';

export type MeasuredFieldsProps = {
  /** The threshold as stored: `measured` is the value typed by hand. */
  readonly threshold: Threshold;
  /** The value the imported pilot data give, which the status uses; null when they do not carry the metric. */
  readonly fromData: DataMeasurement | null;
  readonly disagrees: boolean;
  /** Why the pilot data cannot measure it (a listed file's rows are missing or damaged); the status then ignores a typed value. */
  readonly cannotMeasure: string | null;
  /** Why the data's value is too little to judge (fewer test cases than the risk tier asks for); the status is then "not enough data". */
  readonly tooFew?: string;
};

const formatValue = (value: number | null): string => (value === null ? '' : String(value));

/**
 * The measured value, its date and source. Stored only as a whole: a value needs a date
 * (today when none is given); clearing the value clears the measurement.
 */
export function MeasuredFields({ threshold, fromData, disagrees, cannotMeasure, tooFew }: MeasuredFieldsProps) {
  const updateThreshold = useAppStore((s) => s.updateThreshold);
  const today = useAppStore((s) => s.today);
  const measured = threshold.measured;
  const percent = threshold.unit.trim() === '%';
  // An empty field means "not measured": null, like an unparseable one, so neither replaces the draft.
  const parseValue = (text: string): number | null => parseNumber(text, { percent });
  const [value, setValue] = useDraft(measured?.value ?? null, formatValue, parseValue);
  const [date, setDate] = useState(measured?.date ?? '');
  const [source, setSource] = useState(measured?.source ?? '');
  const base = `threshold-${threshold.id}`;
  const number = parseValue(value);
  const valueInvalid = value.trim() !== '' && number === null;
  // "0.97" against "above 95%": 0.97% or 97%? Asked, and nothing stored, until the user says (a "%" typed says it).
  const [asking, setAsking] = useState<FractionReading | null>(null);

  const store = (parsed: number, next: { date: string; source: string }): void => {
    const when = /^\d{4}-\d{2}-\d{2}$/.test(next.date) ? next.date : today;
    updateThreshold(threshold.id, { measured: { value: parsed, date: when, source: next.source } });
    if (when !== next.date) setDate(when);
  };

  const commit = (next: { value: string; date: string; source: string }): void => {
    const parsed = parseValue(next.value);
    setAsking(null);
    if (next.value.trim() === '') {
      if (measured !== null) updateThreshold(threshold.id, { measured: null });
      return;
    }
    if (parsed === null) return;
    const question = percent && !next.value.includes('%') ? fractionReading(parsed, threshold) : null;
    // Already stored as this value (asked before, or read back): no second question.
    if (question !== null && measured?.value !== parsed) {
      setAsking(question);
      return;
    }
    store(parsed, next);
  };

  const answer = (chosen: number): void => {
    setAsking(null);
    setValue(`${String(chosen)}%`);
    store(chosen, { date, source });
  };

  const typedLabel = fromData ? 'Value typed by hand' : 'Measured value';
  const judged = tooFew === undefined && cannotMeasure === null;
  return (
    <div className="measured">
      {fromData && (
        <p className={judged ? 'measured-from-data' : 'measured-from-data not-judged'} id={`${base}-data`}>
          {/* The check says "measured and judged": a figure on too few cases (or one the status cannot use) gets none. */}
          <Icon name={judged ? 'check-circle' : 'minus-circle'} size={14} className={judged ? 'judged' : 'not-judged'} />
          <span>
            <strong>Measured from the pilot data: {formatWithUnit(fromData.value, threshold.unit)}</strong> ({fromData.basis}
            {fromData.datedAfterToday === undefined ? '' : `; ${fromData.datedAfterToday}`}).{' '}
            {/* The source names each file with its import date already: no second date in another format. */}
            <span className="measured-source">Source: {fromData.source}.</span>
          </span>
        </p>
      )}
      {tooFew !== undefined && (
        <p className="callout callout-warning measured-too-few" role="status" id={`${base}-too-few`}>
          <Icon name="alert" />
          <span>
            <strong>Not enough data.</strong> {tooFew} Import a larger test set, or confirm the risk tier on the Overview tab if it is not
            the right one.
          </span>
        </p>
      )}
      {cannotMeasure !== null && (
        <p className="callout callout-warning measured-cannot" role="status" id={`${base}-cannot`}>
          <Icon name="alert" />
          <span>
            <strong>Cannot measure.</strong> {cannotMeasure}
            {measured ? ' The value typed by hand is kept, but not used until the file is read again.' : ''}
          </span>
        </p>
      )}
      {fromData && disagrees && measured && (
        <p className="callout callout-warning measured-disagree" role="status">
          <Icon name="alert" />
          <span>
            The value typed by hand ({formatWithUnit(measured.value, threshold.unit)}, {formatIsoDate(measured.date)}) does not match
            the pilot data ({formatWithUnit(fromData.value, threshold.unit)}). The status uses the pilot data; check which is right,
            and clear the typed value if it is out of date.
          </span>
        </p>
      )}
      <div className="measured-grid">
        <div className="field">
          <label htmlFor={`${base}-value`}>{typedLabel}</label>
          <input
            id={`${base}-value`}
            inputMode="decimal"
            value={value}
            placeholder={fromData ? 'Optional' : 'Not measured'}
            aria-invalid={valueInvalid}
            aria-describedby={valueInvalid ? `${base}-value-err` : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              commit({ value: event.target.value, date, source });
            }}
          />
          {valueInvalid && (
            <p id={`${base}-value-err`} className="field-error">
              Enter a number{percent ? ' (a “%” may follow it)' : ''}, or leave empty when not measured.
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
      {asking && (
        <div className="callout callout-warning measured-fraction" role="group" aria-labelledby={`${base}-fraction`}>
          <p id={`${base}-fraction`}>
            <Icon name="alert" /> {asking.question} Not stored until you choose.
          </p>
          <div className="form-actions">
            <button type="button" className="button small" onClick={() => answer(asking.asTyped)}>
              {formatWithUnit(asking.asTyped, '%')}
            </button>
            <button type="button" className="button small" onClick={() => answer(asking.asFraction)}>
              {formatWithUnit(asking.asFraction, '%')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
