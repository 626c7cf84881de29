import { comparatorLabels, comparators, type Comparator } from '../../../shared/model/enums';
import type { ThresholdMeasurement } from '../../../shared/thresholds/data-measurements';
import { thresholdStatus } from '../../../shared/thresholds/threshold-status';
import { Icon } from '../../components/Icon';
import { useDraft } from '../../hooks/useDraft';
import { formatWithUnit, numberMessage, parseNumber } from '../../format/numbers';
import { useAppStore } from '../../store/useAppStore';
import { MeasuredFields } from './MeasuredFields';
import { ThresholdStatusBadge } from './ThresholdStatusBadge';

export type ThresholdRowProps = {
  /** The threshold as stored, with the value it is judged on (from the pilot data when they carry it). */
  readonly measurement: ThresholdMeasurement;
  /** Why a stage gate on the same metric reads otherwise (`gateContrast`); null when none does. */
  readonly gateContrast: string | null;
};

const comparatorSigns: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };
const keepText = (text: string): string | null => (text.trim() === '' ? null : text);
const formatNumber = (value: number): string => String(value);

/** One threshold: what is measured, the target, why, and the measured value with its status. */
export function ThresholdRow({ measurement, gateContrast }: ThresholdRowProps) {
  const { threshold: judged, typed } = measurement;
  // The stored threshold: the typed measurement, not the data's, is what the fields edit.
  const threshold = { ...judged, measured: typed };
  const updateThreshold = useAppStore((s) => s.updateThreshold);
  const removeThreshold = useAppStore((s) => s.removeThreshold);
  const percent = threshold.unit.trim() === '%';
  const parseTarget = (text: string): number | null => parseNumber(text, { percent });
  const [metric, setMetric] = useDraft(threshold.metric, (v) => v, keepText);
  const [target, setTarget] = useDraft(threshold.target, formatNumber, parseTarget);
  const base = `threshold-${threshold.id}`;
  const metricMissing = metric.trim() === '';
  const targetInvalid = parseTarget(target) === null;
  const reasonMissing = threshold.reason.trim() === '';
  const invalid = metricMissing || targetInvalid || reasonMissing;
  const status = thresholdStatus(judged);
  const title = metric.trim() || threshold.metric;

  return (
    <div className={`threshold card${invalid ? ' is-invalid' : ''}`} role="group" aria-label={`Threshold: ${title}`}>
      <div className="threshold-head">
        <p className="threshold-sentence">
          {title} {comparatorLabels[threshold.comparator]} {formatWithUnit(threshold.target, threshold.unit)}
        </p>
        <ThresholdStatusBadge status={status} />
        <button type="button" className="icon-button" aria-label={`Remove threshold: ${title}`} onClick={() => removeThreshold(threshold.id)}>
          <Icon name="trash" />
        </button>
      </div>
      <div className="threshold-grid">
        <div className="field metric">
          <label htmlFor={`${base}-metric`}>Metric</label>
          <input
            id={`${base}-metric`}
            value={metric}
            maxLength={200}
            aria-invalid={metricMissing}
            aria-describedby={metricMissing ? `${base}-metric-err` : undefined}
            onChange={(event) => {
              setMetric(event.target.value);
              if (event.target.value.trim() !== '') updateThreshold(threshold.id, { metric: event.target.value });
            }}
          />
          {metricMissing && (
            <p id={`${base}-metric-err`} className="field-error">
              Name the metric; the last name is kept until you do.
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${base}-comparator`}>Comparator</label>
          <select
            id={`${base}-comparator`}
            value={threshold.comparator}
            onChange={(event) => updateThreshold(threshold.id, { comparator: event.target.value as Comparator })}
          >
            {comparators.map((c) => (
              <option key={c} value={c}>
                {comparatorSigns[c]} {comparatorLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-target`}>Target</label>
          <input
            id={`${base}-target`}
            inputMode="decimal"
            value={target}
            aria-invalid={targetInvalid}
            aria-describedby={targetInvalid ? `${base}-target-err` : undefined}
            onChange={(event) => {
              setTarget(event.target.value);
              const value = parseTarget(event.target.value);
              if (value !== null) updateThreshold(threshold.id, { target: value });
            }}
          />
          {targetInvalid && (
            <p id={`${base}-target-err`} className="field-error">
              {`${numberMessage(target)} The plan keeps ${formatWithUnit(threshold.target, threshold.unit)} until you do.`}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${base}-unit`}>Unit</label>
          <input
            id={`${base}-unit`}
            value={threshold.unit}
            maxLength={40}
            onChange={(event) => updateThreshold(threshold.id, { unit: event.target.value })}
          />
        </div>
        <div className="field reason">
          <label htmlFor={`${base}-reason`}>Reason</label>
          <textarea
            id={`${base}-reason`}
            rows={2}
            value={threshold.reason}
            maxLength={20_000}
            aria-invalid={reasonMissing}
            aria-describedby={reasonMissing ? `${base}-reason-msg` : undefined}
            placeholder="Why this target? e.g. below it, users spend more time checking than they save"
            onChange={(event) => updateThreshold(threshold.id, { reason: event.target.value })}
          />
          {reasonMissing && (
            <p id={`${base}-reason-msg`} className="field-error">
              A reason is required: say why this target was chosen.
            </p>
          )}
        </div>
      </div>
      <MeasuredFields threshold={threshold} fromData={measurement.fromData} disagrees={measurement.disagrees} cannotMeasure={measurement.cannotMeasure} {...(measurement.tooFew === undefined ? {} : { tooFew: measurement.tooFew })} />
      {gateContrast !== null && (
        <p className="callout small threshold-gate-contrast">
          <Icon name="layers" />
          <span>{gateContrast}</span>
        </p>
      )}
    </div>
  );
}
