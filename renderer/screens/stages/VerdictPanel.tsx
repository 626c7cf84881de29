import { useId } from 'react';
import type { GatedEvaluation } from '../../../shared/decisions/stage-lock';
import { metricInfo } from '../../../shared/model/metrics';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';
import { decisionDateWords } from '../../format/gate-words';
import { useAppStore } from '../../store/useAppStore';
import { ChangedSinceDecision } from '../decisions/ChangedSinceDecision';
import { VerdictBadge } from './VerdictBadge';

export type VerdictPanelProps = {
  readonly evaluation: GatedEvaluation;
};

/**
 * The stage's recommendation, its reasons in plain language, and the dates that matter. A stage
 * the decision log does not let start yet says so first, above everything its gates say.
 */
export function VerdictPanel({ evaluation }: VerdictPanelProps) {
  const id = useId();
  const showTab = useAppStore((s) => s.showTab);
  const locked = evaluation.lockedBecause;
  // The lock is the first reason; shown once, in the callout.
  const reasons = locked === null ? evaluation.reasons : evaluation.reasons.filter((r) => r !== locked);
  return (
    <section className={`card verdict-panel${locked === null ? '' : ' is-locked'}`} aria-labelledby={id}>
      {locked !== null && (
        <div className="callout callout-warning stage-lock" role="note" aria-label="Stage may not start yet">
          <Icon name="minus-circle" />
          <p>
            <strong>{locked}</strong>{' '}
            <button type="button" className="link-button" onClick={() => showTab('decisions')}>
              Record the decision in the decision log
            </button>
          </p>
        </div>
      )}
      <div className="verdict-head">
        <h3 id={id}>Recommendation</h3>
        <VerdictBadge verdict={evaluation.verdict} large />
        <span className="verdict-date">
          <Icon name="clock" size={14} />
          {decisionDateWords(evaluation)}
        </span>
      </div>
      <ul className="verdict-reasons" aria-label="Reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {evaluation.trendingTriggers.length > 0 && (
        <div className="callout callout-warning trending" role="note" aria-label="Rollback triggers trending">
          <Icon name="alert" />
          <ul>
            {evaluation.trendingTriggers.map((t) => (
              <li key={t.triggerId}>
                <strong>
                  {metricInfo[t.metric].label}: would fire on {formatIsoDate(t.firesOn)}
                  {t.required ? '' : ' (advisory — does not roll back)'}
                </strong>{' '}
                — {t.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ChangedSinceDecision stageId={evaluation.stageId} />
      <p className="verdict-note">
        The verdict is a recommendation: the lead records the decision.{' '}
        <button type="button" className="link-button" onClick={() => showTab('decisions')}>
          Go to the decision log
        </button>
      </p>
    </section>
  );
}
