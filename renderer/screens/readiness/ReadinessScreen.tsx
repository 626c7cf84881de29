import { AreaProgressChart } from '../../charts/AreaProgressChart';
import { ScoreHistoryChart } from '../../charts/ScoreHistoryChart';
import { selectReadiness, selectScoreHistory } from '../../store/plan-edit-selectors';
import { useAppStore } from '../../store/useAppStore';
import { BlockersTable } from './BlockersTable';
import { ScoreOverview } from './ScoreOverview';

/** The readiness score, what holds it back, and how it moved over time. */
export function ReadinessScreen() {
  const summary = useAppStore(selectReadiness);
  const history = useAppStore(selectScoreHistory);
  if (!summary) return null;

  return (
    <div className="page">
      <ScoreOverview summary={summary} />
      <div className="card">
        <AreaProgressChart areas={summary.areas} />
      </div>
      <BlockersTable blockers={summary.blockers} />
      {history.length >= 2 && (
        <div className="card">
          <ScoreHistoryChart history={history} />
        </div>
      )}
    </div>
  );
}
