import type { DecisionInput } from '../../../shared/decisions/new-entry';
import { decisionKindLabels } from '../../../shared/decisions/schema';
import type { StageVerdict } from '../../../shared/gates/stage-verdict';

export type DecisionKind = DecisionInput['decision'];
export const decisionKinds: readonly DecisionKind[] = ['proceed', 'hold', 'roll_back', 'note'];

export type DecisionKindChoiceProps = {
  /** The radio group's name, unique in the page. */
  readonly name: string;
  readonly kind: DecisionKind;
  readonly recommendation: StageVerdict | null;
  /** Outside a stage only a note fits. */
  readonly noteOnly: boolean;
  readonly onChoose: (kind: DecisionKind) => void;
};

/** The decision's kind, as a segmented choice that marks the app's recommendation. */
export function DecisionKindChoice({ name, kind, recommendation, noteOnly, onChoose }: DecisionKindChoiceProps) {
  return (
    <fieldset className="decision-kinds">
      <legend>Decision</legend>
      <div className="segmented">
        {decisionKinds.map((k) => (
          <label key={k} className={`segment${kind === k ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={k} checked={kind === k} disabled={noteOnly && k !== 'note'} onChange={() => onChoose(k)} />
            {decisionKindLabels[k]}
            {k === recommendation && (
              // The recommendation line above says it to screen readers; here it marks the choice for the eye.
              <span className="segment-note" aria-hidden="true">
                {' '}
                (recommended)
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
