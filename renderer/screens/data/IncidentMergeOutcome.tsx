import { useId } from 'react';
import type { IncidentMerge } from '../../../shared/incidents';
import { formatCount } from './figures';

export type IncidentMergeOutcomeProps = {
  readonly merge: IncidentMerge;
};

const plural = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * What an incidents import did to the plan's register: added, completed, already there, or not added with
 * the reason, row by row. Every change is also in the decision log (audit trail).
 */
export function IncidentMergeOutcome({ merge }: IncidentMergeOutcomeProps) {
  const id = useId();
  const listed = merge.rows.filter((r) => r.outcome !== 'added');
  return (
    <section aria-labelledby={id} className="outcome-part">
      <h3 id={id}>Incident register</h3>
      <p>
        {plural(merge.added, 'incident', 'incidents')} added to the register; {plural(merge.completed, 'completed', 'completed')};{' '}
        {plural(merge.unchanged, 'was', 'were')} already there; {plural(merge.notAdded, 'row', 'rows')} not added. Each change is written to the
        decision log.
      </p>
      {listed.length > 0 && (
        <ul aria-label="Incident rows not simply added">
          {listed.map((r) => (
            <li key={r.line}>
              Line {r.line}: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
