import { entryDate } from '../../../shared/decisions/decision-log';
import { decisionKindLabels, type DecisionEntry } from '../../../shared/decisions/schema';
import type { StageVerdict } from '../../../shared/gates';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';
import { VerdictBadge } from './VerdictBadge';

export type StageVerdictPairProps = {
  /** The app's recommendation now; null while it cannot be worked out. */
  readonly recommendation: StageVerdict | null;
  /** The decision taken on the stage; null when none is recorded; undefined while the log is unread. */
  readonly decision: DecisionEntry | null | undefined;
};

/**
 * What the app recommends and what the lead decided, side by side and labelled, so a green
 * recommendation never reads as a decision that was not taken (or the other way round).
 */
export function StageVerdictPair({ recommendation, decision }: StageVerdictPairProps) {
  return (
    <span className="verdict-pair">
      {recommendation && (
        <span className="verdict-pair-part">
          <span className="verdict-pair-label">Recommended</span>
          <VerdictBadge verdict={recommendation} />
        </span>
      )}
      {decision !== undefined && (
        <span className="verdict-pair-part">
          <span className="verdict-pair-label">Decided</span>
          {decision === null ? (
            <span className="badge badge-neutral decision-taken is-none">
              <Icon name="clock" size={13} />
              Not yet
            </span>
          ) : (
            <span className={`badge decision-taken is-${decision.decision}${decision.override ? ' is-override' : ''}`}>
              <Icon name={decision.override ? 'alert' : 'pencil'} size={13} />
              {decisionKindLabels[decision.decision]}
              {decision.override ? ' (override)' : ''}
              <span className="decision-taken-date"> · {formatIsoDate(entryDate(decision))}</span>
            </span>
          )}
        </span>
      )}
    </span>
  );
}
