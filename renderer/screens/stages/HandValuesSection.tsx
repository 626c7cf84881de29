import { useId, useState } from 'react';
import { handFigureWords, handWhenWords } from '../../../shared/decisions/hand-value-changes';
import { handValuesUsed } from '../../../shared/metrics';
import { localDateOf } from '../../../shared/model/dates';
import { metricIds, metricInfo, type MetricId } from '../../../shared/model/metrics';
import type { HandFigure, HandValue, Stage } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';
import { parseNumber } from '../../format/numbers';
import { selectFileLookup } from '../../store/pilot-data-selectors';
import { useAppStore } from '../../store/useAppStore';

export type HandValuesSectionProps = {
  readonly stage: Stage;
};

const NO_VALUES: readonly HandValue[] = [];

/** Reads the form's numbers into a figure, or says what is wrong. */
function readFigure(counts: boolean, first: string, sample: string, percent: boolean): HandFigure | string {
  // "1.5%" in a field labelled "Value (%)" is 1.5, as in every other percentage field.
  const a = parseNumber(first, { percent: percent && !counts });
  const n = parseNumber(sample);
  if (counts) {
    if (a === null || n === null || !Number.isInteger(a) || !Number.isInteger(n) || a < 0 || n < 1) return 'Enter whole numbers: how many of how many.';
    if (a > n) return 'There cannot be more than the sample.';
    return { kind: 'counts', successes: a, trials: n };
  }
  if (a === null) return 'Enter the value.';
  if (n === null || !Number.isInteger(n) || n < 0) return 'Enter the sample as a whole number (0 if unknown).';
  return { kind: 'value', value: a, sample: n };
}

/**
 * Figures measured elsewhere (monitoring, a review tool, a spreadsheet), recorded by hand for a
 * metric and a stage week (SPEC §5). Each is labelled "hand-recorded" wherever it is used and
 * is written to the decision log. A metric an imported file measures is taken from the file.
 */
export function HandValuesSection({ stage }: HandValuesSectionProps) {
  const id = useId();
  const all = useAppStore((s) => s.plan?.handValues ?? NO_VALUES);
  const values = all.filter((v) => v.stageId === stage.id);
  const fileLookup = useAppStore(selectFileLookup);
  const record = useAppStore((s) => s.recordHandValue);
  const remove = useAppStore((s) => s.removeHandValue);
  const [metric, setMetric] = useState<MetricId>('error_rate');
  const [week, setWeek] = useState('');
  const [useCounts, setUseCounts] = useState(true);
  const [first, setFirst] = useState('');
  const [sample, setSample] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const info = metricInfo[metric];
  const counts = useCounts && info.kind === 'proportion';
  const weeks = Math.max(stage.durationWeeks ?? 0, 12);

  const submit = (): void => {
    const figure = readFigure(counts, first, sample, info.unit === '%');
    if (typeof figure === 'string') return setProblems([figure]);
    const result = record({ stageId: stage.id, metric, week: week === '' ? null : Number(week), figure, source, note });
    setProblems(result ?? []);
    if (result === null) {
      setFirst('');
      setSample('');
      setNote('');
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="result-section hand-values">
      <h3 id={`${id}-h`}>Hand-recorded values</h3>
      <p className="hint">
        For figures measured elsewhere — error rates from monitoring, reviewer approval, incidents. They are labelled “hand-recorded” in
        the evidence, the charts and the report, and every entry is written to the decision log. A metric an imported file measures is
        taken from the file.
      </p>
      {values.length > 0 && (
        <table className="table hand-values-table">
          <caption className="sr-only">Hand-recorded values of {stage.name}</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">For</th>
              <th scope="col">Figure and source</th>
              <th scope="col">Recorded</th>
              <th scope="col">Used</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => {
              const used = fileLookup === null || handValuesUsed(fileLookup, stage.id, v.metric);
              const label = metricInfo[v.metric].label;
              return (
                <tr key={v.id}>
                  <th scope="row">{label}</th>
                  <td>{handWhenWords(v)}</td>
                  <td>{handFigureWords(v)}</td>
                  <td>{formatIsoDate(localDateOf(v.recordedAt))}</td>
                  <td>{used ? 'Yes' : 'No — an imported file measures it'}</td>
                  <td>
                    <button type="button" className="icon-button" aria-label={`Remove hand-recorded ${label} for ${handWhenWords(v)}`} onClick={() => remove(v.id)}>
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <details className="card hand-value-form">
        <summary>Record a value</summary>
        <div className="rule-grid" role="group" aria-label="Record a hand-recorded value">
          <div className="field span-2">
            <label htmlFor={`${id}-metric`}>Metric</label>
            <select id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value as MetricId)}>
              {metricIds.map((m) => (
                <option key={m} value={m}>
                  {metricInfo[m].label} ({metricInfo[m].unit})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-week`}>For</label>
            <select id={`${id}-week`} value={week} onChange={(e) => setWeek(e.target.value)}>
              <option value="">The whole stage</option>
              {Array.from({ length: weeks }, (_, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  Week {i + 1}
                </option>
              ))}
            </select>
          </div>
          {info.kind === 'proportion' && (
            <label className="check field">
              <input type="checkbox" checked={useCounts} onChange={(e) => setUseCounts(e.target.checked)} />
              As counts (gives the 95% interval)
            </label>
          )}
          <div className="field">
            <label htmlFor={`${id}-first`}>{counts ? `How many (${info.label.toLowerCase()})` : `Value (${info.unit})`}</label>
            <input id={`${id}-first`} inputMode="decimal" value={first} onChange={(e) => setFirst(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-sample`}>{counts ? `Of (${info.sampleUnit})` : `Sample (${info.sampleUnit})`}</label>
            <input id={`${id}-sample`} inputMode="numeric" value={sample} onChange={(e) => setSample(e.target.value)} />
          </div>
          <div className="field span-2">
            <label htmlFor={`${id}-source`}>Source</label>
            <input id={`${id}-source`} value={source} maxLength={500} placeholder="Where the figure comes from" onChange={(e) => setSource(e.target.value)} />
          </div>
          <div className="field span-2">
            <label htmlFor={`${id}-note`}>Note</label>
            <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={submit}>
              Record value
            </button>
          </div>
        </div>
        {problems.length > 0 && (
          <ul className="field-error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
