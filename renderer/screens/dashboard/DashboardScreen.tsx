import '../../styles/dashboard.css';
import { DecisionChainStatus } from '../../components/DecisionChainStatus';
import { useDecisionLog } from '../decisions/useDecisionLog';
import { AttentionList } from './AttentionList';
import { DashboardSummary } from './DashboardSummary';
import { IncidentsCard } from './IncidentsCard';
import { StageTimeline } from './StageTimeline';
import { ValueCard } from './ValueCard';

/** The plan at a glance (SPEC §6): readiness and blockers, thresholds, the stage timeline, and what needs attention next. */
export function DashboardScreen() {
  // Whether a stage may start, and which decisions are due, read the decision log.
  useDecisionLog();
  return (
    <div className="page dashboard">
      <DecisionChainStatus place="dashboard" />
      <DashboardSummary />
      <div className="dashboard-pair">
        <IncidentsCard />
        <ValueCard />
      </div>
      <div className="dashboard-columns">
        <AttentionList />
        <StageTimeline />
      </div>
    </div>
  );
}
