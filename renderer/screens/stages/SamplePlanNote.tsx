import { useId, useState } from 'react';
import { samplePlan } from '../../../shared/gates';
import { metricInfo } from '../../../shared/model/metrics';
import type { Criterion, Stage } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../../shared/gates/wording';
import { readNumber } from './number-input';

export type SamplePlanNoteProps = {
  readonly stage: Stage;
  readonly criterion: Criterion;
};

/**
 * What the planned sample allows, said before the pilot starts (SPEC §4): how many successes
 * a conclusive result needs, and how many users (outputs…) to plan for at the expected rate.
 */
export function SamplePlanNote({ stage, criterion }: SamplePlanNoteProps) {
  const id = useId();
  // The expected rate is a planning what-if, not part of the plan: it stays local to this note.
  const [expectedText, setExpectedText] = useState('');
  const expected = readNumber(expectedText, { min: 0, max: 100, emptyMeansNull: true, percent: true });
  const plan = samplePlan(stage, criterion, expected.ok && expected.value !== null ? expected.value : undefined);
  if (!plan) return null;

  return (
    <div className={`sample-plan${plan.tooSmall ? ' is-too-small' : ''}`} role="note" aria-label="What the planned sample allows">
      <Icon name={plan.tooSmall ? 'alert' : 'layers'} size={14} />
      <div className="sample-plan-text">
        <p>
          <strong>What the planned sample allows: </strong>
          {plan.sentence}
        </p>
        {plan.tooSmall && (
          <p className="sample-plan-warning">
            The result will depend on a handful of {metricInfo[criterion.metric].sampleUnit}: only a perfect result can be
            conclusive.
          </p>
        )}
      </div>
      <div className="field expected-rate">
        <label htmlFor={`${id}-expected`}>Expected rate (%)</label>
        <input
          id={`${id}-expected`}
          inputMode="decimal"
          value={expectedText}
          placeholder={formatNumber(plan.expectedRate)}
          aria-invalid={!expected.ok}
          onChange={(event) => setExpectedText(event.target.value)}
        />
      </div>
    </div>
  );
}
