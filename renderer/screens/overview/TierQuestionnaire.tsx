import { useId } from 'react';
import { tierQuestions } from '../../../shared/tier/suggest-tier';
import { useAppStore } from '../../store/useAppStore';
import { TierSuggestionBox } from './TierSuggestionBox';

/** Five yes/no questions that suggest a tier; the suggestion is applied only when the user says so. */
export function TierQuestionnaire() {
  const answers = useAppStore((s) => s.plan?.tierAnswers);
  const setTierAnswer = useAppStore((s) => s.setTierAnswer);
  const id = useId();
  if (!answers) return null;

  return (
    <div className="questionnaire">
      <h3>Which tier fits?</h3>
      <ol className="question-list">
        {tierQuestions.map((q) => {
          const name = `${id}-${q.id}`;
          const answer = answers[q.id];
          return (
            <li key={q.id}>
              <fieldset className="question" aria-describedby={`${name}-help`}>
                <legend>{q.question}</legend>
                <p id={`${name}-help`} className="hint">
                  {q.help}
                </p>
                <div className="yes-no">
                  <label className={`pill-choice${answer === true ? ' is-selected' : ''}`}>
                    <input type="radio" name={name} checked={answer === true} onChange={() => setTierAnswer(q.id, true)} />
                    Yes
                  </label>
                  <label className={`pill-choice${answer === false ? ' is-selected' : ''}`}>
                    <input type="radio" name={name} checked={answer === false} onChange={() => setTierAnswer(q.id, false)} />
                    No
                  </label>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <TierSuggestionBox />
    </div>
  );
}
