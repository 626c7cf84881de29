import { riskTierLabels } from '../../../shared/model/enums';
import type { ReadinessSummary } from '../../../shared/readiness/score';
import { readinessWeights } from '../../../shared/readiness/weights';
import { Icon } from '../../components/Icon';
import { ReadyBadge } from '../../components/ReadyBadge';
import { formatPercent } from '../../format/numbers';

export type ScoreOverviewProps = {
  readonly summary: ReadinessSummary;
};

/** The overall score never stands alone: the weakest area and the blockers sit beside it. */
export function ScoreOverview({ summary }: ScoreOverviewProps) {
  return (
    <section className="card score-overview" aria-label="Overall readiness">
      <div className="score-main">
        <span className="stat-label">Overall readiness</span>
        <span className="score-figure">{formatPercent(summary.overall)}</span>
        <ReadyBadge blockers={summary.blockers.length} />
      </div>
      <div className="score-weakest">
        <span className="stat-label">Weakest area</span>
        {summary.weakest ? (
          <>
            <span className="score-weakest-title">{summary.weakestTitle}</span>
            <span className="score-weakest-figure">{formatPercent(summary.weakest.score)} done</span>
          </>
        ) : (
          <span className="stat-note">No applicable items yet</span>
        )}
      </div>
      <div className="score-explain">
        <p>
          The score is the share of applicable checklist items that are done. Required items count{' '}
          <strong>{readinessWeights.required}×</strong>, recommended {readinessWeights.recommended}×. “Not applicable” items are
          left out; “cannot be measured yet” counts as not done.
        </p>
        <p>A plan with blockers (required items not done) is not ready, whatever its score.</p>
        {summary.tierAssumed ? (
          <p className="callout callout-warning small">
            <Icon name="alert" size={14} />
            <span>No tier chosen yet: requirements are shown for High.</span>
          </p>
        ) : (
          <p className="stat-note">Tier: {riskTierLabels[summary.tier]}</p>
        )}
      </div>
    </section>
  );
}
