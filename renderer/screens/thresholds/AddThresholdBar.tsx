import { useId, useState } from 'react';
import { Icon } from '../../components/Icon';
import { selectUnusedDefaults } from '../../store/thresholds-selectors';
import { useAppStore } from '../../store/useAppStore';

/** Add a blank threshold, or one of the defaults this plan does not have yet. */
export function AddThresholdBar() {
  const unused = useAppStore(selectUnusedDefaults);
  const addThreshold = useAppStore((s) => s.addThreshold);
  const [chosen, setChosen] = useState('');
  const id = useId();
  const selected = unused.some((d) => d.metric === chosen) ? chosen : (unused[0]?.metric ?? '');

  const focusNew = (newId: string | null): void => {
    if (!newId) return;
    // The new row renders on the next frame; move the user straight to its metric.
    requestAnimationFrame(() => document.getElementById(`threshold-${newId}-metric`)?.focus());
  };

  return (
    <div className="add-threshold">
      {unused.length > 0 && (
        <div className="inline-field">
          <label htmlFor={id}>Default threshold</label>
          <select id={id} value={selected} onChange={(event) => setChosen(event.target.value)}>
            {unused.map((d) => (
              <option key={d.metric} value={d.metric}>
                {d.metric}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => focusNew(addThreshold(selected))}>
            Add default
          </button>
        </div>
      )}
      <button type="button" className="button primary" onClick={() => focusNew(addThreshold(null))}>
        <Icon name="plus" />
        Add threshold
      </button>
    </div>
  );
}
