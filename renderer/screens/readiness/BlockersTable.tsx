import { useState } from 'react';
import { itemStatusLabels } from '../../../shared/model/enums';
import type { Blocker } from '../../../shared/readiness/score';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';

export type BlockersTableProps = {
  readonly blockers: readonly Blocker[];
};

/** Enough to see what is urgent; the rest is one click away. */
const FIRST_ROWS = 12;

/** Required items not done, overdue first, with who owns them and by when. */
export function BlockersTable({ blockers }: BlockersTableProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? blockers : blockers.slice(0, FIRST_ROWS);
  const overdue = blockers.filter((b) => b.overdue).length;

  return (
    <section className="card flush" aria-labelledby="blockers-title">
      <div className="card-title-padded card-title-row">
        <h2 id="blockers-title">Blockers ({blockers.length})</h2>
        {overdue > 0 && (
          <span className="badge badge-danger">
            <Icon name="clock" size={12} />
            {overdue} overdue
          </span>
        )}
      </div>
      {blockers.length === 0 ? (
        <EmptyState icon="check-circle" title="No blockers">
          <p>Every required item is done or marked not applicable with a reason.</p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="sr-only">Required items not done yet, overdue first</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Area</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Due date</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b) => (
                <tr key={b.itemId} className={b.overdue ? 'is-overdue' : undefined}>
                  <td className="cell-question">{b.question}</td>
                  <td>{b.areaTitle}</td>
                  <td className="nowrap">{itemStatusLabels[b.status]}</td>
                  <td className="nowrap">{b.owner || <span className="muted">No owner</span>}</td>
                  <td className="nowrap">
                    {b.dueDate ? formatIsoDate(b.dueDate) : <span className="muted">No date</span>}
                    {b.overdue && (
                      <span className="badge badge-danger overdue">
                        <Icon name="clock" size={12} />
                        OVERDUE
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {blockers.length > FIRST_ROWS && (
            <div className="table-more">
              <button type="button" className="button small" onClick={() => setShowAll((was) => !was)}>
                {showAll ? `Show the first ${FIRST_ROWS} only` : `Show all ${blockers.length} blockers`}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
