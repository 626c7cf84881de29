import { memo, useId } from 'react';
import { isCustomItem, isRequired } from '../../../shared/checklist/build-checklist';
import { isOverdue } from '../../../shared/checklist/checklist-table';
import type { RiskTier } from '../../../shared/model/enums';
import type { ChecklistItem } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';
import { ItemStatusField } from './ItemStatusField';

export type ChecklistItemCardProps = {
  readonly item: ChecklistItem;
  readonly tier: RiskTier;
};

/**
 * One checklist question with its status, owner, due date, evidence and notes. Memoised: an edit
 * replaces only its own item object, so typing in one card does not re-render the other fifty.
 */
export const ChecklistItemCard = memo(function ChecklistItemCard({ item, tier }: ChecklistItemCardProps) {
  const updateChecklistItem = useAppStore((s) => s.updateChecklistItem);
  const removeChecklistItem = useAppStore((s) => s.removeChecklistItem);
  const id = useId();
  const required = isRequired(item, tier);
  const overdue = useAppStore((s) => isOverdue(item, s.today));
  const custom = isCustomItem(item);

  return (
    <article className={`item status-${item.status}`} aria-labelledby={`${id}-q`}>
      <div className="item-head">
        <div className="item-question-block">
          <h3 id={`${id}-q`} className="item-question">
            {item.question}
          </h3>
          <div className="item-badges">
            <span className={`badge ${required ? 'badge-required' : 'badge-neutral'}`}>{required ? 'Required' : 'Recommended'}</span>
            {custom && <span className="badge badge-neutral">Your item</span>}
            {overdue && (
              <span className="badge badge-danger overdue-flag">
                <Icon name="alert" size={12} />
                Overdue
              </span>
            )}
          </div>
        </div>
        <ItemStatusField item={item} />
      </div>
      {item.help && (
        <details className="item-help">
          <summary>Why it matters and what counts as evidence</summary>
          <p>{item.help}</p>
        </details>
      )}
      <div className="item-fields">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input
            id={`${id}-owner`}
            value={item.owner}
            maxLength={500}
            onChange={(event) => updateChecklistItem(item.id, { owner: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input
            id={`${id}-due`}
            type="date"
            value={item.dueDate ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) updateChecklistItem(item.id, { dueDate: value || null });
            }}
          />
        </div>
        <div className="field span-2">
          <label htmlFor={`${id}-evidence`}>Evidence</label>
          <textarea
            id={`${id}-evidence`}
            rows={2}
            value={item.evidence}
            maxLength={20_000}
            placeholder="What shows it is done: a summary, links, file names"
            onChange={(event) => updateChecklistItem(item.id, { evidence: event.target.value })}
          />
        </div>
        <div className="field span-2">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            value={item.notes}
            maxLength={20_000}
            onChange={(event) => updateChecklistItem(item.id, { notes: event.target.value })}
          />
        </div>
      </div>
      {custom && (
        <div className="item-foot">
          <button type="button" className="button small subtle" onClick={() => removeChecklistItem(item.id)}>
            <Icon name="trash" size={14} />
            Remove item
          </button>
        </div>
      )}
    </article>
  );
});
