import { useId } from 'react';
import { minTestSetSize } from '../../../shared/model/enums';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';
import { TierChoice } from './TierChoice';
import { TierQuestionnaire } from './TierQuestionnaire';

/** The risk tier: chosen directly or suggested by five questions, always confirmed by the user. */
export function TierSection() {
  const riskTier = useAppStore((s) => s.plan?.riskTier ?? null);
  const id = useId();

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Risk tier</h2>
      <p className="lede">
        The tier decides which checklist items are required and how large the labelled test set must be.
      </p>
      {riskTier === null ? (
        <p className="callout callout-warning">
          <Icon name="alert" />
          <span>
            No tier chosen yet, so requirements are shown for <strong>High</strong>, the strictest tier. Answer the questions
            or choose a tier below.
          </span>
        </p>
      ) : (
        <p className="callout">
          <Icon name="check-circle" />
          <span>
            The {riskTier} tier requires a labelled test set of at least <strong>{minTestSetSize[riskTier]} cases</strong>.
          </span>
        </p>
      )}
      <div className="tier-layout">
        <TierQuestionnaire />
        <TierChoice />
      </div>
    </section>
  );
}
