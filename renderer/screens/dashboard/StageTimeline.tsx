import { useId } from 'react';
import { formatIsoDate } from '../../format/dates';
import { stageDates } from '../../format/gate-words';
import { selectDecisionsLoaded, selectStageDecisionsTaken, selectStageUnlocks } from '../../store/decisions-selectors';
import { evaluationFor, selectStageDates, selectStageEvaluations, selectStages } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { StageVerdictPair } from '../stages/StageVerdictPair';

/** Where a stage stands in time, by comparing calendar dates (YYYY-MM-DD sorts as it reads). */
function phase(from: string | null, to: string | null, today: string): string {
  if (from === null) return 'Not scheduled';
  if (today < from) return 'Planned';
  if (to !== null && today > to) return 'Ended';
  return 'Running now';
}

/** The stages in order with their dates and verdicts; each opens its stage view. */
export function StageTimeline() {
  const id = useId();
  const stages = useAppStore(selectStages);
  const dates = useAppStore(selectStageDates);
  const evaluations = useAppStore(selectStageEvaluations);
  const today = useAppStore((s) => s.today);
  const focusStage = useAppStore((s) => s.focusStage);
  const addStage = useAppStore((s) => s.addStage);
  const showTab = useAppStore((s) => s.showTab);
  const unlocks = useAppStore(selectStageUnlocks);
  const decisionsLoaded = useAppStore(selectDecisionsLoaded);
  const taken = useAppStore(selectStageDecisionsTaken);

  return (
    <section className="card timeline" aria-labelledby={id}>
      <h2 id={id}>Stage timeline</h2>
      {stages.length === 0 ? (
        <div className="timeline-empty">
          <p>No stages yet. Add a stage or start from a template to plan who gets the system, when, and on what evidence.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              addStage();
              showTab('stages');
            }}
          >
            Add a stage
          </button>
          <button type="button" className="button subtle" onClick={() => showTab('stages')}>
            Start from a template
          </button>
        </div>
      ) : (
        <ol className="timeline-list">
          {stages.map((stage, index) => {
            const evaluation = evaluationFor(evaluations, stage.id);
            const range = dates[index];
            const now = phase(range?.from ?? null, range?.to ?? null, today);
            const unlock = index > 0 && decisionsLoaded ? unlocks[index] : undefined;
            return (
              <li key={stage.id} className={now === 'Running now' ? 'is-running' : undefined}>
                <button type="button" className="timeline-item" onClick={() => focusStage(stage.id, 'results')}>
                  <span className="stage-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="timeline-text">
                    <span className="timeline-name">
                      <span className="sr-only">Stage {index + 1}: </span>
                      {stage.name}
                    </span>{' '}
                    <span className="timeline-dates">
                      {stageDates(stage, range?.to ?? null)} · {now}
                    </span>{' '}
                    {evaluation?.earliestDecisionDate && (
                      <span className="timeline-dates">Earliest decision {formatIsoDate(evaluation.earliestDecisionDate)} </span>
                    )}
                    {unlock && (
                      <span className={`timeline-unlock${unlock.mayStart ? '' : ' is-locked'}`}>
                        {unlock.mayStart ? `May start: stage ${index} was allowed to proceed` : `Waiting for a decision to proceed on stage ${index}`}
                      </span>
                    )}
                    <StageVerdictPair
                      recommendation={evaluation?.verdict ?? null}
                      decision={decisionsLoaded ? (taken.get(stage.id) ?? null) : undefined}
                    />
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
