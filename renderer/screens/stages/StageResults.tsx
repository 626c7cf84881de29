import { useId } from 'react';
import type { GatedEvaluation } from '../../../shared/decisions/stage-lock';
import type { Stage } from '../../../shared/model/schema';
import { selectObservationLookup } from '../../store/pilot-data-selectors';
import { selectStatisticalConfidence } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { CriterionResultCard } from './CriterionResultCard';
import { HandValuesSection } from './HandValuesSection';
import { IncidentRegister } from './IncidentRegister';
import { TriggerResultList } from './TriggerResultList';
import { VerdictPanel } from './VerdictPanel';

export type StageResultsProps = {
  readonly stage: Stage;
  readonly evaluation: GatedEvaluation;
};

/** May this stage proceed? The verdict with its reasons, then every criterion and trigger with its evidence. */
export function StageResults({ stage, evaluation }: StageResultsProps) {
  const id = useId();
  const lookup = useAppStore(selectObservationLookup);
  const confidence = useAppStore(selectStatisticalConfidence);
  const setStageView = useAppStore((s) => s.setStageView);
  const isLast = useAppStore((s) => s.plan?.stages.at(-1)?.id === stage.id);
  if (!lookup) return null;

  return (
    <div className="stage-results">
      <VerdictPanel evaluation={evaluation} />
      <IncidentRegister stage={stage} />
      <section aria-labelledby={`${id}-gates`} className="result-section">
        <h3 id={`${id}-gates`}>Gate criteria</h3>
        {stage.criteria.length === 0 ? (
          <div className="callout">
            <span>
              {isLast
                ? 'No gate criteria: as the last stage, it runs on once it may start, monitored by its rollback triggers.'
                : 'No gate criteria yet: the stage cannot proceed until it has at least one required criterion.'}{' '}
              <button type="button" className="link-button" onClick={() => setStageView('edit')}>
                Add a gate criterion
              </button>
            </span>
          </div>
        ) : (
          <div className="result-list">
            {stage.criteria.map((criterion) => {
              const result = evaluation.criteria.find((r) => r.id === criterion.id);
              return result ? (
                <CriterionResultCard
                  key={criterion.id}
                  stage={stage}
                  criterion={criterion}
                  result={result}
                  observations={lookup(stage.id, criterion.metric)}
                  confidence={confidence}
                />
              ) : null;
            })}
          </div>
        )}
      </section>
      <section aria-labelledby={`${id}-triggers`} className="result-section">
        <h3 id={`${id}-triggers`}>Rollback triggers</h3>
        {stage.triggers.length === 0 ? (
          <p className="hint">No rollback triggers: nothing rolls this stage back automatically.</p>
        ) : (
          <TriggerResultList triggers={stage.triggers} results={evaluation.triggers} />
        )}
      </section>
      <HandValuesSection stage={stage} />
    </div>
  );
}
