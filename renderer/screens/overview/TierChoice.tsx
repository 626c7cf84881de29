import { useId } from 'react';
import { minTestSetSize, riskTierLabels, riskTiers } from '../../../shared/model/enums';
import { useAppStore } from '../../store/useAppStore';

/** The confirmed tier, chosen directly. */
export function TierChoice() {
  const riskTier = useAppStore((s) => s.plan?.riskTier ?? null);
  const setRiskTier = useAppStore((s) => s.setRiskTier);
  const id = useId();

  return (
    <fieldset className="tier-choice">
      <legend>Risk tier of this plan</legend>
      {riskTiers.map((tier) => (
        <label key={tier} className={`choice-card compact${riskTier === tier ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name={`${id}-tier`}
            value={tier}
            checked={riskTier === tier}
            onChange={() => setRiskTier(tier)}
            aria-label={riskTierLabels[tier]}
            aria-describedby={`${id}-${tier}`}
          />
          <span className="choice-text">
            <span className="choice-title">{riskTierLabels[tier]}</span>
            <span id={`${id}-${tier}`} className="choice-summary">
              Test set of at least {minTestSetSize[tier]} labelled cases
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
