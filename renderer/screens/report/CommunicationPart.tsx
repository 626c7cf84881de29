import type { CommunicationRowText } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';

export type CommunicationPartProps = {
  readonly rows: readonly CommunicationRowText[];
  readonly emptyText: string;
};

/**
 * Who hears what, when, how and from whom ("audience: what — when · channel · owner", the second half in grey). Three columns of
 * short running entries rather than a five-column table or a line of its own for "when": both pushed the sign-off to a fourth
 * page. When no row names an owner yet, one line says so instead of "No owner yet" on every entry.
 */
export function CommunicationPart({ rows, emptyText }: CommunicationPartProps) {
  const noOwners = rows.length > 1 && rows.every((row) => row.owner === null);
  return (
    <ReportSection title="Communication plan">
      {rows.length === 0 ? (
        <p className="report-empty">{emptyText}</p>
      ) : (
        <ul className="report-comm">
          {rows.map((row, index) => (
            <li key={index}>
              <strong>{row.audience}</strong>: {row.what}{' '}
              <span className="report-note">
                — {row.when} · {row.channel}
                {!noOwners && (
                  <>
                    {' · '}
                    <span className="nowrap">
                      <span className="report-comm-label">Owner</span> {row.owner ?? 'No owner yet'}
                    </span>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {noOwners && <p className="report-small">No owner is named yet for any of these {rows.length} entries.</p>}
    </ReportSection>
  );
}
