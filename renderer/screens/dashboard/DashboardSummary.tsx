import { Icon } from '../../components/Icon';
import { ReadyBadge } from '../../components/ReadyBadge';
import { formatPercent } from '../../format/numbers';
import { selectReadiness } from '../../store/plan-edit-selectors';
import { selectThresholdTally } from '../../store/thresholds-selectors';
import { useAppStore } from '../../store/useAppStore';

/** Readiness with its weakest area and blockers, and the thresholds, each linking to its tab. */
export function DashboardSummary() {
  const summary = useAppStore(selectReadiness);
  const tally = useAppStore(selectThresholdTally);
  const showTab = useAppStore((s) => s.showTab);
  const setChecklistFilter = useAppStore((s) => s.setChecklistFilter);
  if (!summary) return null;
  const overdue = summary.blockers.filter((b) => b.overdue).length;

  return (
    <section className="dashboard-cards" aria-label="Readiness and thresholds">
      <button type="button" className="stat-card stat-button" onClick={() => showTab('readiness')}>
        <span className="stat-label">Readiness score</span>{' '}
        <span className="stat-value">{formatPercent(summary.overall)}</span>{' '}
        <ReadyBadge blockers={summary.blockers.length} />
      </button>
      <button type="button" className="stat-card stat-button" onClick={() => showTab('readiness')}>
        <span className="stat-label">Weakest area</span>{' '}
        <span className="stat-value small">{summary.weakest ? summary.weakestTitle : '—'}</span>{' '}
        <span className="stat-note">{summary.weakest ? `${formatPercent(summary.weakest.score)} done` : 'Nothing applicable yet'}</span>
      </button>
      <button
        type="button"
        className="stat-card stat-button"
        onClick={() => {
          setChecklistFilter('blockers');
          showTab('checklist');
        }}
      >
        <span className="stat-label">Blockers</span>{' '}
        <span className="stat-value">{summary.blockers.length}</span>{' '}
        <span className="stat-note">
          {summary.blockers.length === 0 ? 'No required item left open' : overdue > 0 ? `${overdue} overdue` : 'None overdue'}
        </span>
      </button>
      <button type="button" className="stat-card stat-button" onClick={() => showTab('thresholds')}>
        <span className="stat-label">Quality thresholds</span>{' '}
        <span className="stat-value small">
          {tally.met} of {tally.total} met
        </span>{' '}
        <span className="tally-badges">
          <span className="badge badge-success">
            <Icon name="check-circle" size={12} />
            {tally.met} met
          </span>{' '}
          <span className="badge badge-danger">
            <Icon name="x-circle" size={12} />
            {tally.notMet} not met
          </span>{' '}
          {tally.notEnoughData > 0 && (
            <>
              <span className="badge badge-warning">
                <Icon name="alert" size={12} />
                {tally.notEnoughData} not enough data
              </span>{' '}
            </>
          )}
          <span className="badge badge-neutral">
            <Icon name="minus-circle" size={12} />
            {tally.notMeasured} not measured
          </span>
        </span>
      </button>
    </section>
  );
}
