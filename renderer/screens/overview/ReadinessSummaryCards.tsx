import { ReadyBadge } from '../../components/ReadyBadge';
import { formatPercent, plural } from '../../format/numbers';
import { selectReadiness } from '../../store/plan-edit-selectors';
import { selectThresholdTally } from '../../store/thresholds-selectors';
import { useAppStore } from '../../store/useAppStore';

/** Score, verdict, weakest area and thresholds in one row, each linking to its section. */
export function ReadinessSummaryCards() {
  const summary = useAppStore(selectReadiness);
  const tally = useAppStore(selectThresholdTally);
  const showTab = useAppStore((s) => s.showTab);
  if (!summary) return null;

  return (
    <section className="summary-cards" aria-label="Readiness summary">
      <div className="stat-card">
        <span className="stat-label">Readiness</span>
        <span className="stat-value">{formatPercent(summary.overall)}</span>
        <ReadyBadge blockers={summary.blockers.length} />
      </div>
      <div className="stat-card">
        <span className="stat-label">Weakest area</span>
        <span className="stat-value small">{summary.weakest ? summary.weakestTitle : '—'}</span>
        <span className="stat-note">
          {summary.weakest ? `${formatPercent(summary.weakest.score)} done` : 'Nothing applicable yet'}
        </span>
      </div>
      <div className="stat-card">
        <span className="stat-label">Thresholds</span>
        <span className="stat-value small">
          {tally.met} of {tally.total} met
        </span>
        <span className="stat-note">
          {tally.notMet > 0 ? `${plural(tally.notMet, 'threshold')} not met` : 'None missed'}
          {tally.notEnoughData > 0 ? ` · ${tally.notEnoughData} not enough data` : ''} · {tally.notMeasured} not measured
        </span>
      </div>
      <div className="stat-card stat-actions">
        <button type="button" className="button" onClick={() => showTab('readiness')}>
          See readiness details
        </button>
        <button type="button" className="button" onClick={() => showTab('checklist')}>
          Open the checklist
        </button>
      </div>
    </section>
  );
}
