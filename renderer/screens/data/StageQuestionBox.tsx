import type { StageQuestion } from '../../../shared/csv';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

export type StageQuestionBoxProps = {
  readonly question: StageQuestion;
};

/** Rows that would count in no stage: the user says which stage the file belongs to, or "by date". */
export function StageQuestionBox({ question }: StageQuestionBoxProps) {
  const setImportSettings = useAppStore((s) => s.setImportSettings);
  return (
    <fieldset className="callout callout-warning question-box">
      <legend className="question-legend">
        <Icon name="alert" />
        Which stage does this file belong to?
      </legend>
      <div className="question-body">
        <p>{question.message}</p>
        {question.answer === undefined && <p className="hint">An answer is required before importing. A stage named in the file always wins.</p>}
        <div className="question-choices">
          {question.stages.map((name) => (
            <label key={name} className="check-field">
              <input
                type="radio"
                name="file-stage"
                checked={question.answer === name}
                onChange={() => setImportSettings({ fileStage: name })}
              />
              {name}
            </label>
          ))}
          {question.byDate && (
            <label className="check-field">
              <input type="radio" name="file-stage" checked={question.answer === ''} onChange={() => setImportSettings({ fileStage: '' })} />
              By date (rows dated outside every stage are reported and not counted)
            </label>
          )}
        </div>
      </div>
    </fieldset>
  );
}
