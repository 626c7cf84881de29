import { useId } from 'react';
import { deploymentPatternLabels } from '../../../shared/model/enums';
import type { Stage } from '../../../shared/model/schema';
import { audienceWords, durationWords } from '../../format/stage-words';
import { stageDates } from '../../format/gate-words';
import type { StageView } from '../../store/stages-slice';
import { evaluationFor, selectStageDates, selectStageEvaluations, selectStages } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { StageEditor } from './StageEditor';
import { StageResults } from './StageResults';
import { VerdictBadge } from './VerdictBadge';

export type StageDetailProps = {
  readonly stage: Stage;
};

const views: ReadonlyArray<{ view: StageView; label: string }> = [
  { view: 'results', label: 'Gate results' },
  { view: 'edit', label: 'Edit stage' },
];

/** The chosen stage: its facts and verdict, then either its gate results or its editor. */
export function StageDetail({ stage }: StageDetailProps) {
  const id = useId();
  const stages = useAppStore(selectStages);
  const dates = useAppStore(selectStageDates);
  const evaluations = useAppStore(selectStageEvaluations);
  const view = useAppStore((s) => s.stageView);
  const setStageView = useAppStore((s) => s.setStageView);
  const index = stages.findIndex((s) => s.id === stage.id);
  const evaluation = evaluationFor(evaluations, stage.id);

  return (
    <section className="stage-detail" aria-labelledby={`${id}-h`}>
      <header className="stage-detail-head">
        <div className="stage-detail-title">
          <h2 id={`${id}-h`}>
            Stage {index + 1}: {stage.name}
          </h2>
          {evaluation && <VerdictBadge verdict={evaluation.verdict} large />}
        </div>
        <p className="stage-facts">
          {stageDates(stage, dates[index]?.to ?? null)} · {durationWords(stage)} · {audienceWords(stage.audience)} ·{' '}
          {deploymentPatternLabels[stage.pattern]} · {stage.enrolledUsers === null ? 'Enrolled users not set' : `${stage.enrolledUsers} enrolled`}
        </p>
        <fieldset className="segmented stage-view-switch">
          <legend className="sr-only">Show</legend>
          {views.map((v) => (
            <label key={v.view} className={`segment${view === v.view ? ' is-selected' : ''}`}>
              <input type="radio" name={`${id}-view`} checked={view === v.view} onChange={() => setStageView(v.view)} />
              {v.label}
            </label>
          ))}
        </fieldset>
      </header>
      {view === 'edit' ? (
        <StageEditor key={stage.id} stage={stage} />
      ) : (
        evaluation && <StageResults key={stage.id} stage={stage} evaluation={evaluation} />
      )}
    </section>
  );
}
