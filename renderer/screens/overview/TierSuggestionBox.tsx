import { riskTierLabels } from '../../../shared/model/enums';
import { selectTierSuggestion } from '../../store/plan-edit-selectors';
import { useAppStore } from '../../store/useAppStore';

/** The questionnaire's suggestion with its reasons, and the one button that applies it. */
export function TierSuggestionBox() {
  const suggestion = useAppStore(selectTierSuggestion);
  const riskTier = useAppStore((s) => s.plan?.riskTier ?? null);
  const setRiskTier = useAppStore((s) => s.setRiskTier);
  if (!suggestion) return null;
  const { tier, reasons } = suggestion;

  return (
    <div className="suggestion" role="region" aria-label="Suggested tier">
      <p className="suggestion-title">
        {tier ? (
          <>
            Suggested tier: <strong>{riskTierLabels[tier]}</strong>
          </>
        ) : (
          'No suggestion yet'
        )}
      </p>
      {reasons.length > 0 && (
        <ul className="reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {tier && (
        <button type="button" className="button primary" disabled={riskTier === tier} onClick={() => setRiskTier(tier)}>
          {riskTier === tier ? 'Suggested tier in use' : 'Use suggested tier'}
        </button>
      )}
    </div>
  );
}
