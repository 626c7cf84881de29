import { useId } from 'react';
import type { DamagedPlan } from '../../shared/api';
import { formatTimestamp } from '../format/dates';
import { Icon } from './Icon';

export type DamagedPlanItemProps = {
  readonly plan: DamagedPlan;
  readonly onRestore: (key: string) => void;
};

/** A plan that could not be opened: shown as damaged, with its previous version offered, never restored unasked. */
export function DamagedPlanItem({ plan, onRestore }: DamagedPlanItemProps) {
  const noteId = useId();
  return (
    <li className="damaged-plan">
      <span className="damaged-plan-name" title={plan.name}>
        <Icon name="alert" size={14} />
        <span className="plan-link-name">{plan.name}</span>
      </span>
      <span id={noteId} className="damaged-plan-note">
        Damaged: could not be opened and was set aside, not deleted.
      </span>
      <button type="button" className="button small block damaged-plan-restore" aria-describedby={noteId} onClick={() => onRestore(plan.key)}>
        Restore previous version (saved {formatTimestamp(plan.savedAt)})
      </button>
    </li>
  );
}
