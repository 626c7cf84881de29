import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';
import { CommunicationRowEditor } from './CommunicationRowEditor';
import '../../styles/decisions.css';

/** The communication plan (SPEC §8): who hears what, when, how, and from whom. Printed in the summary. */
export function CommunicationScreen() {
  const rows = useAppStore((s) => s.plan?.communicationPlan ?? null);
  const addRow = useAppStore((s) => s.addCommunicationRow);
  const addDefaults = useAppStore((s) => s.addDefaultCommunicationRows);
  if (!rows) return null;

  const addButton = (
    <button type="button" className="button" onClick={() => addRow()}>
      <Icon name="plus" size={14} />
      Add row
    </button>
  );

  return (
    <div className="page communication-page">
      <div className="toolbar">
        <p className="lede">Who hears about the rollout, what they receive, when, through which channel, and who sends it.</p>
        {rows.length > 0 && addButton}
      </div>
      {rows.length === 0 ? (
        <EmptyState
          icon="file"
          title="No communication plan yet"
          actions={
            <>
              <button type="button" className="button primary" onClick={addDefaults}>
                Add the suggested rows
              </button>
              {addButton}
            </>
          }
        >
          <p>Start from the suggested rows for the executive sponsor, risk, engineering, support and users, or add your own.</p>
        </EmptyState>
      ) : (
        <div className="card flush table-scroll">
          <table className="table comm-table" aria-label="Communication plan">
            <colgroup>
              <col className="comm-col-audience" />
              <col className="comm-col-what" />
              <col className="comm-col-when" />
              <col className="comm-col-channel" />
              <col className="comm-col-owner" />
              <col className="comm-col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Audience</th>
                <th scope="col">What they receive</th>
                <th scope="col">When</th>
                <th scope="col">Channel</th>
                <th scope="col">Owner</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <CommunicationRowEditor key={row.id} row={row} number={index + 1} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
