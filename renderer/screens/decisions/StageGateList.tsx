import { useId } from 'react';
import { Icon } from '../../components/Icon';
import { selectDecisionsLoaded, selectStageDecisionsTaken, selectStageUnlocks } from '../../store/decisions-selectors';
import { selectStageEvaluations } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { StageVerdictPair } from '../stages/StageVerdictPair';
import { ChangedSinceDecision } from './ChangedSinceDecision';

/** Per stage: the app's recommendation now, and whether the stage may start according to the log. */
export function StageGateList() {
  const id = useId();
  const unlocks = useAppStore(selectStageUnlocks);
  const evaluations = useAppStore(selectStageEvaluations);
  const loaded = useAppStore(selectDecisionsLoaded);
  const taken = useAppStore(selectStageDecisionsTaken);
  if (unlocks.length === 0) return null;

  return (
    <section className="card stage-gates" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Stage gates</h2>
      <ol className="stage-gate-list">
        {unlocks.map((unlock) => {
          const verdict = evaluations.find((e) => e.stageId === unlock.stageId)?.verdict ?? null;
          return (
            <li key={unlock.stageId} className={`stage-gate${unlock.mayStart ? ' is-open' : ''}`}>
              <span className="stage-gate-name">
                Stage {unlock.number}: {unlock.stageName}
              </span>
              <span className="stage-gate-verdict">
                <StageVerdictPair recommendation={verdict} decision={loaded ? (taken.get(unlock.stageId) ?? null) : undefined} />
              </span>
              <span className="stage-gate-why">
                <Icon name={unlock.mayStart ? 'check-circle' : 'minus-circle'} size={14} />
                {unlock.why}
              </span>
              <ChangedSinceDecision stageId={unlock.stageId} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

