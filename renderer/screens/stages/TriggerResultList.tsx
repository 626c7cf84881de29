import type { TriggerResult } from '../../../shared/gates';
import type { Criterion } from '../../../shared/model/schema';
import { formatIsoDate } from '../../format/dates';
import { criterionWords } from '../../format/stage-words';
import { StatusBadge } from './StatusBadge';

export type TriggerResultListProps = {
  readonly triggers: readonly Criterion[];
  readonly results: readonly TriggerResult[];
};

/** Each rollback trigger: whether it fired, is trending (and when it would fire), or cannot be checked. */
export function TriggerResultList({ triggers, results }: TriggerResultListProps) {
  return (
    <ul className="trigger-results">
      {triggers.map((trigger) => {
        const result = results.find((r) => r.id === trigger.id);
        if (!result) return null;
        const headingId = `trigger-${trigger.id}`;
        return (
          <li key={trigger.id}>
            <article className={`card trigger-card trigger-${result.status}`} aria-labelledby={headingId}>
              <div className="result-head">
                <h4 id={headingId}>{criterionWords(trigger, { showRequired: false })}</h4>
                <StatusBadge kind="trigger" status={result.status} />
                {!trigger.required && <span className="badge badge-neutral advisory-tag">Advisory — does not roll back</span>}
              </div>
              <p className="result-reason">{result.reason}</p>
              {/* A firing on a sample whose range holds the threshold: said beside it; the trigger still fires. */}
              {result.caveat !== null && <p className="result-caveat">{result.caveat}</p>}
              {result.firesOn && (
                <p className="trigger-date">
                  {result.status === 'fired' ? 'Fired on' : 'Would fire on'} {formatIsoDate(result.firesOn)}
                </p>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
