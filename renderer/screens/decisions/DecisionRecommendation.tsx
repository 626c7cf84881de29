import { stageVerdictLabels, type StageEvaluation } from '../../../shared/gates/stage-verdict';
import { ToneBadge } from '../report/ToneBadge';
import { verdictTones } from './verdict-tone';

export type DecisionRecommendationProps = {
  readonly evaluation: Pick<StageEvaluation, 'verdict' | 'reasons'>;
};

/** What the app recommends for the chosen stage, with its first three reasons, beside the decision form. */
export function DecisionRecommendation({ evaluation }: DecisionRecommendationProps) {
  return (
    <div className="recommendation" aria-live="polite">
      <p className="recommendation-line">
        <span>The app recommends</span>
        <ToneBadge tone={verdictTones[evaluation.verdict]} label={stageVerdictLabels[evaluation.verdict]} />
      </p>
      <ul className="recommendation-reasons">
        {evaluation.reasons.slice(0, 3).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
