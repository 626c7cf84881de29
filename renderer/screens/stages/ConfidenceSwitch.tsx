import { useId } from 'react';
import { selectStatisticalConfidence } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';

/** The plan-wide choice between judging proportions on their value or on their whole 95% interval. */
export function ConfidenceSwitch() {
  const id = useId();
  const on = useAppStore(selectStatisticalConfidence);
  const setStatisticalConfidence = useAppStore((s) => s.setStatisticalConfidence);
  return (
    <div className="confidence-switch">
      <label className="switch" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={`${id}-help`}
          onChange={(event) => setStatisticalConfidence(event.target.checked)}
        />
        <span className="switch-track" aria-hidden="true" />
        <span className="switch-label">Statistical confidence</span>
        <span className="switch-state" aria-hidden="true">{on ? 'On' : 'Off'}</span>
      </label>
      <p id={`${id}-help`} className="hint">
        {on
          ? 'On: a proportion passes only when its whole 95% interval clears the threshold, and fails only when the whole interval misses it; in between it is “not enough data”.'
          : 'Off: the measured value alone decides. Turn on to require the whole 95% interval to clear the threshold — stricter with a handful of users.'}
      </p>
    </div>
  );
}
