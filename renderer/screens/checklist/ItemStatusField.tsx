import { useId, useState } from 'react';
import { itemStatuses, itemStatusLabels, statusesNeedingReason, type ItemStatus } from '../../../shared/model/enums';
import type { ChecklistItem } from '../../../shared/model/schema';
import { unsavedStatusesOf } from '../../store/ui-slice';
import { useAppStore } from '../../store/useAppStore';

export type ItemStatusFieldProps = {
  readonly item: ChecklistItem;
};

const needsReason = (status: ItemStatus): boolean => statusesNeedingReason.includes(status);

const reasonLabels: Partial<Record<ItemStatus, string>> = {
  not_applicable: 'Why does this item not apply?',
  cannot_measure: 'Why can it not be measured yet?',
};

/**
 * The status select and, for "not applicable" and "cannot be measured yet", the reason.
 * Such a status is held in the store, unsaved, until a reason is typed: the plan is never left
 * invalid, and closing the editor before writing one neither loses the choice nor hides it.
 */
export function ItemStatusField({ item }: ItemStatusFieldProps) {
  const updateChecklistItem = useAppStore((s) => s.updateChecklistItem);
  const pending = useAppStore((s) => unsavedStatusesOf(s)[item.id] ?? null);
  const holdUnsavedStatus = useAppStore((s) => s.holdUnsavedStatus);
  const setPending = (status: ItemStatus | null): void => holdUnsavedStatus(item.id, status);
  const [reason, setReason] = useState(item.statusReason);
  const [seenReason, setSeenReason] = useState(item.statusReason);
  const id = useId();

  // Follow the stored reason when it changes elsewhere (undo, another window), unless we are typing it.
  if (item.statusReason !== seenReason) {
    setSeenReason(item.statusReason);
    if (reason.trim() !== '') setReason(item.statusReason);
  }

  const shown = pending ?? item.status;
  const showReason = needsReason(shown);
  const reasonMissing = showReason && reason.trim() === '';

  const changeStatus = (status: ItemStatus): void => {
    if (!needsReason(status)) {
      setPending(null);
      updateChecklistItem(item.id, { status });
    } else if (reason.trim() !== '') {
      setPending(null);
      updateChecklistItem(item.id, { status, statusReason: reason });
    } else {
      setPending(status);
    }
  };

  const changeReason = (text: string): void => {
    setReason(text);
    if (text.trim() === '') return; // The stored reason stays until a new one is written.
    if (pending) {
      updateChecklistItem(item.id, { status: pending, statusReason: text });
      setPending(null);
    } else {
      updateChecklistItem(item.id, { statusReason: text });
    }
  };

  return (
    <div className="item-status">
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          className={`status-select status-${shown}`}
          value={shown}
          onChange={(event) => changeStatus(event.target.value as ItemStatus)}
        >
          {itemStatuses.map((status) => (
            <option key={status} value={status}>
              {itemStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      {showReason && (
        <div className="field reason-field">
          <label htmlFor={`${id}-reason`}>Reason</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            maxLength={20_000}
            autoFocus={pending !== null}
            placeholder={reasonLabels[shown]}
            aria-invalid={reasonMissing}
            aria-describedby={`${id}-reason-msg`}
            onChange={(event) => changeReason(event.target.value)}
          />
          <p id={`${id}-reason-msg`} className={reasonMissing ? 'field-error' : 'hint'}>
            {reasonMissing
              ? pending
                ? `A reason is required: “${itemStatusLabels[shown]}” is saved once you write it.`
                : 'A reason is required; the last saved reason is kept until you write a new one.'
              : reasonLabels[shown]}
          </p>
        </div>
      )}
    </div>
  );
}
