import { Icon } from '../../components/Icon';
import { selectSelectedStage, selectStages } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import '../../styles/stages-layout.css';
import '../../styles/stages-verdict.css';
import '../../styles/stages-editor.css';
import '../../styles/stages-hand-values.css';
import { useDecisionLog } from '../decisions/useDecisionLog';
import { ConfidenceSwitch } from './ConfidenceSwitch';
import { StageDetail } from './StageDetail';
import { StageNav } from './StageNav';
import { StagesEmptyState } from './StagesEmptyState';

/** Rollout stages and their gates: may this stage proceed, answered with evidence — and the editor behind it. */
export function StagesScreen() {
  const hasPlan = useAppStore((s) => s.plan !== null);
  const stages = useAppStore(selectStages);
  const selected = useAppStore(selectSelectedStage);
  const addStage = useAppStore((s) => s.addStage);
  // Whether a stage may start is in the decision log: read it, so the verdicts can say so.
  useDecisionLog();
  if (!hasPlan) return null;

  return (
    <div className="page stages-page">
      <div className="toolbar stages-toolbar">
        <ConfidenceSwitch />
        {stages.length > 0 && (
          <button type="button" className="button" onClick={() => addStage()}>
            <Icon name="plus" />
            Add stage
          </button>
        )}
      </div>
      {stages.length === 0 || !selected ? (
        <StagesEmptyState />
      ) : (
        <div className="stages-layout">
          <StageNav />
          <StageDetail stage={selected} />
        </div>
      )}
    </div>
  );
}
