import { useId, useState } from 'react';
import { metricInfo } from '../../../shared/model/metrics';
import type { Baseline, Criterion } from '../../../shared/model/schema';

export type BaselineFieldsProps = {
  readonly criterion: Criterion;
  readonly onChange: (patch: Pick<Partial<Criterion>, 'baseline' | 'threshold' | 'everyGroup'>) => void;
};

type BaselineKind = Baseline['kind'] | 'fixed';

const kindLabels: Record<BaselineKind, string> = {
  fixed: 'A fixed number',
  previous_stage: 'The previous stage',
  control_group: 'A control group',
};

/** Whether a metric can be compared with a baseline: shares (Newcombe) and means with a spread (Welch). */
export function canHaveBaseline(criterion: Pick<Criterion, 'metric'>): boolean {
  return metricInfo[criterion.metric].kind !== 'count' && criterion.metric !== 'median_editing_share';
}

/**
 * What a gate criterion compares with: a fixed number, the previous stage, or a control group.
 * Choosing a baseline turns the threshold into the allowed difference, starting at 0 ("not
 * worse than the baseline"), so a former 50% never silently becomes "+50 points".
 */
export function BaselineFields({ criterion, onChange }: BaselineFieldsProps) {
  const id = useId();
  const baseline = criterion.baseline ?? null;
  const kind: BaselineKind = baseline?.kind ?? 'fixed';
  // The group name is a draft until it is not blank: the schema refuses an unnamed control group.
  const [group, setGroup] = useState(baseline?.kind === 'control_group' ? baseline.group : '');
  const allowed = canHaveBaseline(criterion);

  const choose = (next: BaselineKind): void => {
    if (next === kind) return;
    if (next === 'fixed') onChange({ baseline: null });
    else {
      // A baseline is compared over the whole audience: "in every group" does not combine with it.
      const fromFixed = kind === 'fixed' ? { threshold: 0, everyGroup: false } : {};
      if (next === 'previous_stage') onChange({ baseline: { kind: next }, ...fromFixed });
      else {
        const name = group.trim() === '' ? 'Control' : group.trim();
        setGroup(name);
        onChange({ baseline: { kind: next, group: name }, ...fromFixed });
      }
    }
  };

  return (
    <>
      <div className="field span-2">
        <label htmlFor={`${id}-baseline`}>Compare with</label>
        <select
          id={`${id}-baseline`}
          value={kind}
          aria-describedby={allowed ? undefined : `${id}-baseline-hint`}
          onChange={(event) => choose(event.target.value as BaselineKind)}
        >
          {(Object.keys(kindLabels) as BaselineKind[]).map((k) => (
            <option key={k} value={k} disabled={k !== 'fixed' && !allowed && k !== kind}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
        {!allowed && (
          <span className="hint" id={`${id}-baseline-hint`}>
            Only shares and means can be compared with a baseline.
          </span>
        )}
      </div>
      {baseline?.kind === 'control_group' && (
        <div className="field span-2">
          <label htmlFor={`${id}-group`}>Control group (a value of the group column)</label>
          <input
            id={`${id}-group`}
            value={group}
            maxLength={200}
            aria-invalid={group.trim() === ''}
            onChange={(event) => {
              setGroup(event.target.value);
              const name = event.target.value.trim();
              if (name !== '') onChange({ baseline: { kind: 'control_group', group: name } });
            }}
          />
          {group.trim() === '' && <span className="field-error">Name the control group; “{baseline.group}” is kept until you do.</span>}
        </div>
      )}
    </>
  );
}
