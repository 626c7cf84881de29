import { useId } from 'react';
import { deploymentPatternLabels } from '../../../shared/model/enums';
import type { Stage } from '../../../shared/model/schema';
import { formatIsoDate } from '../../format/dates';
import { audienceWords, durationWords } from '../../format/stage-words';
import { CriterionList } from './CriterionList';

export type StageCardProps = {
  readonly stage: Stage;
  readonly number: number;
};

export function StageCard({ stage, number }: StageCardProps) {
  const id = useId();
  return (
    <article className="card stage" aria-labelledby={`${id}-h`}>
      <header className="stage-header">
        <span className="stage-number" aria-hidden="true">
          {number}
        </span>
        <div>
          <h2 id={`${id}-h`}>
            <span className="sr-only">Stage {number}: </span>
            {stage.name}
          </h2>
          {stage.description && <p className="stage-description">{stage.description}</p>}
        </div>
      </header>
      <dl className="facts">
        <div>
          <dt>Audience</dt>
          <dd>{audienceWords(stage.audience)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{durationWords(stage)}</dd>
        </div>
        <div>
          <dt>Pattern</dt>
          <dd>{deploymentPatternLabels[stage.pattern]}</dd>
        </div>
        <div>
          <dt>Planned start</dt>
          <dd>{stage.plannedStart ? formatIsoDate(stage.plannedStart) : 'Not set'}</dd>
        </div>
      </dl>
      <div className="stage-rules">
        <CriterionList title="Gate criteria" empty="No gate criteria: the stage proceeds on the lead’s decision." criteria={stage.criteria} kind="gate" />
        <CriterionList title="Rollback triggers" empty="No rollback triggers." criteria={stage.triggers} kind="trigger" />
      </div>
    </article>
  );
}
