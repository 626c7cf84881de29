import { useId } from 'react';
import type { Stage } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import type { RuleList } from '../../store/stages-slice';
import { useAppStore } from '../../store/useAppStore';
import { CriterionEditor } from './CriterionEditor';

export type RuleEditorListProps = {
  readonly stage: Stage;
  readonly list: RuleList;
};

const words = {
  criteria: {
    title: 'Gate criteria',
    add: 'Add gate criterion',
    intro: 'The stage may proceed when every required criterion passes. Advisory criteria are shown and never block: a way to trial a threshold.',
    empty: 'No gate criteria yet: a stage without a required criterion never proceeds.',
  },
  triggers: {
    title: 'Rollback triggers',
    add: 'Add rollback trigger',
    intro: 'A required trigger that fires recommends rolling the stage back, whatever the criteria say.',
    empty: 'No rollback triggers yet.',
  },
} as const;

/** The gate criteria or the rollback triggers of a stage, editable, with add and remove. */
export function RuleEditorList({ stage, list }: RuleEditorListProps) {
  const id = useId();
  const addCriterion = useAppStore((s) => s.addCriterion);
  const w = words[list];
  const rules = stage[list];
  return (
    <section className="rule-list" aria-labelledby={id}>
      <div className="rule-list-head">
        <div>
          <h3 id={id}>{w.title}</h3>
          <p className="hint">{w.intro}</p>
        </div>
        <button type="button" className="button" onClick={() => addCriterion(stage.id, list)}>
          <Icon name="plus" />
          {w.add}
        </button>
      </div>
      {rules.length === 0 ? (
        <p className="hint empty-rules">{w.empty}</p>
      ) : (
        <ol className="rule-editors">
          {rules.map((criterion, index) => (
            <li key={criterion.id}>
              <CriterionEditor stage={stage} criterion={criterion} list={list} number={index + 1} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
