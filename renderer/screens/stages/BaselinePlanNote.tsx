import { useId, useState } from 'react';
import { baselinePlan, defaultAssumption } from '../../../shared/gates';
import { formatNumber } from '../../../shared/gates/wording';
import { metricInfo } from '../../../shared/model/metrics';
import type { Criterion } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { readNumber } from './number-input';

export type BaselinePlanNoteProps = {
  readonly criterion: Criterion;
};

/**
 * For a criterion with a baseline: how many users (outputs, ratings…) each side needs for the
 * margin to be conclusive, before the pilot starts (SPEC §4). The assumption (expected rate, or
 * spread of a mean) is a planning what-if kept local to the note.
 */
export function BaselinePlanNote({ criterion }: BaselinePlanNoteProps) {
  const id = useId();
  const [text, setText] = useState('');
  const proportion = metricInfo[criterion.metric].kind === 'proportion';
  const read = readNumber(text, proportion ? { min: 0, max: 100, emptyMeansNull: true } : { min: 0, emptyMeansNull: true });
  const plan = baselinePlan(criterion, read.ok && read.value !== null ? read.value : undefined);
  if (!plan) return null;
  return (
    <div className={`sample-plan${plan.perSide === null ? ' is-too-small' : ''}`} role="note" aria-label="What the baseline comparison needs">
      <Icon name={plan.perSide === null ? 'alert' : 'layers'} size={14} />
      <div className="sample-plan-text">
        <p>
          <strong>What the baseline comparison needs: </strong>
          {plan.sentence}
        </p>
      </div>
      <div className="field expected-rate">
        <label htmlFor={`${id}-assumed`}>{proportion ? 'Expected rate (%)' : 'Expected spread (SD)'}</label>
        <input
          id={`${id}-assumed`}
          inputMode="decimal"
          value={text}
          placeholder={formatNumber(defaultAssumption(criterion))}
          aria-invalid={!read.ok}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
    </div>
  );
}
