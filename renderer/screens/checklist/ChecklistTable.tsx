import { Fragment, useId, useState } from 'react';
import { isRequired } from '../../../shared/checklist/build-checklist';
import { anyItem, checklistOwners, isOverdue, matchesTableFilter, overviewAnswer, type ChecklistTableFilter } from '../../../shared/checklist/checklist-table';
import { itemStatuses, itemStatusLabels, type ItemStatus, type RiskTier } from '../../../shared/model/enums';
import type { ChecklistItem } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';
import type { AreaView } from '../../store/checklist-selectors';
import { unsavedStatusesOf } from '../../store/ui-slice';
import { useAppStore } from '../../store/useAppStore';
import { ChecklistItemCard } from './ChecklistItemCard';

export type ChecklistTableProps = {
  readonly view: readonly AreaView[];
  readonly tier: RiskTier;
};

const ANY = '';
const NO_OWNER = '\u0000none';

/**
 * The checklist as one compact table: filters by area, status, owner and overdue, a jump link
 * per area, overdue flags, and each item opening in place for editing. Items the Overview
 * already answers offer that answer as their evidence.
 */
export function ChecklistTable({ view, tier }: ChecklistTableProps) {
  const id = useId();
  const today = useAppStore((s) => s.today);
  const system = useAppStore((s) => s.plan?.system ?? null);
  const updateChecklistItem = useAppStore((s) => s.updateChecklistItem);
  const unsaved = useAppStore(unsavedStatusesOf);
  const holdUnsavedStatus = useAppStore((s) => s.holdUnsavedStatus);
  const [filter, setFilter] = useState<ChecklistTableFilter>(anyItem);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const owners = checklistOwners(view.flatMap((a) => a.items));
  const areas = view
    .filter((a) => filter.areaId === null || a.area.id === filter.areaId)
    .map((a) => ({ ...a, shown: a.items.filter((item) => matchesTableFilter(item, filter, today)) }))
    .filter((a) => a.shown.length > 0);
  const toggle = (itemId: string): void =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(itemId)) next.add(itemId);
      return next;
    });
  const applyAnswer = (item: ChecklistItem): void => {
    const answer = system ? overviewAnswer(item, system) : null;
    if (!answer) return;
    // "Done" replaces a status that was waiting for its reason.
    holdUnsavedStatus(item.id, null);
    updateChecklistItem(item.id, { evidence: answer.evidence, status: 'done', ...(answer.owner && item.owner.trim() === '' ? { owner: answer.owner } : {}) });
  };

  return (
    <div className="checklist-table-view">
      <div className="checklist-table-filters" role="group" aria-label="Filter the checklist">
        <label className="inline-field">
          Area
          <select value={filter.areaId ?? ANY} onChange={(e) => setFilter({ ...filter, areaId: e.target.value || null })}>
            <option value={ANY}>All areas</option>
            {view.map((a) => (
              <option key={a.area.id} value={a.area.id}>
                {a.area.title}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Status
          <select value={filter.status ?? ANY} onChange={(e) => setFilter({ ...filter, status: (e.target.value || null) as ItemStatus | null })}>
            <option value={ANY}>Any status</option>
            {itemStatuses.map((s) => (
              <option key={s} value={s}>
                {itemStatusLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Owner
          <select
            value={filter.owner === null ? ANY : filter.owner === '' ? NO_OWNER : filter.owner}
            onChange={(e) => setFilter({ ...filter, owner: e.target.value === ANY ? null : e.target.value === NO_OWNER ? '' : e.target.value })}
          >
            <option value={ANY}>Anyone</option>
            <option value={NO_OWNER}>No owner yet</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })} />
          Overdue only
        </label>
      </div>
      {areas.length > 1 && (
        <nav className="checklist-jump" aria-label="Jump to an area">
          {areas.map((a) => (
            <a key={a.area.id} href={`#${id}-${a.area.id}`}>
              {a.area.title} ({a.shown.length})
            </a>
          ))}
        </nav>
      )}
      {areas.length === 0 ? (
        <p className="callout">No item matches these filters.</p>
      ) : (
        <table className="table checklist-table" aria-label="Checklist items">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Status</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          {areas.map((a) => (
            <tbody key={a.area.id}>
              <tr className="checklist-area-row">
                <th scope="colgroup" colSpan={5} id={`${id}-${a.area.id}`} tabIndex={-1}>
                  {a.area.title}
                </th>
              </tr>
              {a.shown.map((item) => {
                const overdue = isOverdue(item, today);
                const answer = system && item.evidence.trim() === '' && item.status !== 'done' ? overviewAnswer(item, system) : null;
                const expanded = open.has(item.id);
                return (
                  <Fragment key={item.id}>
                    <tr className={overdue ? 'is-overdue' : undefined}>
                      <th scope="row" className="checklist-question">
                        {item.question}{' '}
                        <span className={`badge ${isRequired(item, tier) ? 'badge-required' : 'badge-neutral'}`}>
                          {isRequired(item, tier) ? 'Required' : 'Recommended'}
                        </span>
                        {answer && (
                          <span className="checklist-answer">
                            The Overview answers this: “{answer.evidence.slice(answer.evidence.indexOf(': ') + 2)}”{' '}
                            <button type="button" className="button small" onClick={() => applyAnswer(item)}>
                              Use as evidence and mark done
                            </button>
                          </span>
                        )}
                      </th>
                      <td className={`checklist-status status-${item.status}`}>
                        {itemStatusLabels[item.status]}
                        {unsaved[item.id] && (
                          // The editor was closed before the reason was written: say what waits, unsaved.
                          <span className="field-error checklist-unsaved">
                            “{itemStatusLabels[unsaved[item.id]!]}” not saved: it needs a reason. Open the item to write one.
                          </span>
                        )}
                      </td>
                      <td>{item.owner.trim() || <span className="muted">No owner</span>}</td>
                      <td className="nowrap">
                        {item.dueDate ? formatIsoDate(item.dueDate) : <span className="muted">—</span>}
                        {overdue && (
                          <span className="badge badge-danger overdue-flag">
                            <Icon name="alert" size={12} />
                            Overdue
                          </span>
                        )}
                      </td>
                      <td>
                        <button type="button" className="button small" aria-expanded={expanded} onClick={() => toggle(item.id)}>
                          {expanded ? 'Close' : 'Edit'}
                          <span className="sr-only">: {item.question}</span>
                        </button>
                      </td>
                    </tr>
                    {expanded && (
                      <tr className="checklist-edit-row">
                        <td colSpan={5}>
                          <ChecklistItemCard item={item} tier={tier} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
}
