import { useId } from 'react';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { evidenceText } from '../../../shared/report/decision-rows';
import type { DecisionRow } from '../../../shared/report/report-model';
import { Icon } from '../../components/Icon';
import { ToneBadge } from '../report/ToneBadge';
import { EvidenceView } from './EvidenceView';
import { decisionTones } from './verdict-tone';

export type DecisionEntryCardProps = {
  readonly entry: DecisionEntry;
  readonly row: DecisionRow;
  /** Absent for an entry a later one already corrects: only the latest word can be corrected. */
  readonly onCorrect?: () => void;
};

/**
 * One log entry: the decision beside the app's recommendation, who took and approved it, why,
 * and the evidence frozen at that moment. There is no edit and no delete, by design (SPEC §7).
 */
export function DecisionEntryCard({ entry, row, onCorrect }: DecisionEntryCardProps) {
  const id = useId();
  return (
    <article
      className={`card decision-entry${row.correctedBy ? ' is-corrected' : ''}`}
      aria-labelledby={`${id}-h`}
      data-entry-id={entry.id}
      // Focus lands here after recording, so the reader sees (and hears) what was stored.
      tabIndex={-1}
    >
      <header className="decision-entry-head">
        <h3 id={`${id}-h`} className="decision-entry-title">
          <ToneBadge tone={decisionTones[entry.decision]} label={row.decision} />
          <span>{row.stage}</span>
          <span className="decision-date">{row.date}</span>
        </h3>
        <div className="decision-flags">
          {row.override && (
            <span className="badge badge-warn">
              <Icon name="alert" size={12} />
              Override
            </span>
          )}
          {row.automatic && (
            <span className="badge badge-neutral">
              <Icon name="clock" size={12} />
              Logged automatically
            </span>
          )}
        </div>
      </header>
      <dl className="decision-facts">
        <div>
          <dt>Recommendation then</dt>
          <dd>{row.recommendation}</dd>
        </div>
        <div>
          <dt>Decided by</dt>
          <dd>{row.author}</dd>
        </div>
        {row.approvedBy && (
          <div>
            <dt>Approved by</dt>
            <dd>{row.approvedBy}</dd>
          </div>
        )}
      </dl>
      {row.change && <p className="decision-change">{row.change}</p>}
      <p className="decision-rationale">{row.rationale}</p>
      {row.corrects && (
        <p className="decision-link">
          <Icon name="undo" size={13} />
          {row.corrects}
        </p>
      )}
      {row.correctedBy && (
        <p className="decision-link is-strong">
          <Icon name="pencil" size={13} />
          {row.correctedBy}
        </p>
      )}
      <details className="decision-evidence">
        <summary>Evidence at the time</summary>
        <EvidenceView evidence={evidenceText(entry.evidence)} />
      </details>
      {onCorrect && (
        <div className="decision-actions">
          <button type="button" className="button small" onClick={onCorrect}>
            <Icon name="pencil" size={14} />
            Correct this entry
          </button>
        </div>
      )}
    </article>
  );
}
