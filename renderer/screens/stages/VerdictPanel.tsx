import { useId } from 'react';
import type { StageEvaluation } from '../../../shared/gates';
import { metricInfo } from '../../../shared/model/metrics';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';
import { decisionDateWords } from '../../format/gate-words';
import { useAppStore } from '../../store/useAppStore';
import { VerdictBadge } from './VerdictBadge';

export type VerdictPanelProps = {
  readonly evaluation: StageEvaluation;
};

/** The stage's recommendation, its reasons in plain language, and the dates that matter. */
export function VerdictPanel({ evaluation }: VerdictPanelProps) {
  const id = useId();
  const showTab = useAppStore((s) => s.showTab);
  return (
    <section className="card verdict-panel" aria-labelledby={id}>
      <div className="verdict-head">
        <h3 id={id}>Recommendation</h3>
        <VerdictBadge verdict={evaluation.verdict} large />
        <span className="verdict-date">
          <Icon name="clock" size={14} />
          {decisionDateWords(evaluation)}
        </span>
      </div>
      <ul className="verdict-reasons" aria-label="Reasons">
        {evaluation.reasons.map((reason) => (
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
      <p className="verdict-note">
        The verdict is a recommendation: the lead records the decision.{' '}
        <button type="button" className="link-button" onClick={() => showTab('decisions')}>
          Go to the decision log
        </button>
      </p>
    </section>
  );
}
