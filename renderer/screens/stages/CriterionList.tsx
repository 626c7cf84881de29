import { useId } from 'react';
import type { Criterion } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { criterionWords } from '../../format/stage-words';

export type CriterionListProps = {
  readonly title: string;
  readonly empty: string;
  readonly criteria: readonly Criterion[];
  readonly kind: 'gate' | 'trigger';
};

/** Gate criteria or rollback triggers as plain sentences, with their notes. */
export function CriterionList({ title, empty, criteria, kind }: CriterionListProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`criteria criteria-${kind}`}>
      <h3 id={id}>
        <Icon name={kind === 'gate' ? 'check-circle' : 'undo'} size={14} />
        {title}
      </h3>
      {criteria.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul>
          {criteria.map((criterion) => (
            <li key={criterion.id}>
              <span className="criterion-sentence">{criterionWords(criterion, { showRequired: kind === 'gate' })}</span>
              {criterion.note && <span className="criterion-note">{criterion.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
