import { useId, useState } from 'react';
import { correctionsByEntry } from '../../../shared/decisions/decision-log';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { decisionRow } from '../../../shared/report/decision-rows';
import { selectDecisionsNewestFirst, selectStageNames } from '../../store/decisions-selectors';
import { DecisionChainStatus } from '../../components/DecisionChainStatus';
import { selectStages } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { DecisionEntryCard } from './DecisionEntryCard';

const ALL = '*';
const WHOLE_PLAN = '';

export type DecisionLogProps = {
  readonly onCorrect: (entry: DecisionEntry) => void;
};

/** The log, newest first, filtered by stage. Entries are read-only: a correction is a new entry. */
export function DecisionLog({ onCorrect }: DecisionLogProps) {
  const id = useId();
  const entries = useAppStore(selectDecisionsNewestFirst);
  const stageNames = useAppStore(selectStageNames);
  const stages = useAppStore(selectStages);
  const [filter, setFilter] = useState(ALL);
  const corrected = correctionsByEntry(entries);
  const shown = filter === ALL ? entries : entries.filter((e) => (e.stageId ?? WHOLE_PLAN) === filter);
  // Stages removed since keep their entries: the filter offers them by the name the evidence froze.
  const removed = new Map<string, string>();
  for (const e of entries) {
    if (e.stageId !== null && !stageNames.has(e.stageId)) removed.set(e.stageId, e.evidence.stage?.name ?? 'A stage removed since');
  }
  return (
    <section className="decision-log" aria-labelledby={`${id}-h`}>
      <div className="decision-log-head">
        <h2 id={`${id}-h`}>Decision log</h2>
        <div className="inline-field">
          <label htmlFor={`${id}-filter`}>Show</label>
          <select id={`${id}-filter`} value={filter} onChange={(event) => setFilter(event.target.value)}>
            <option value={ALL}>All stages</option>
            {stages.map((stage, index) => (
              <option key={stage.id} value={stage.id}>
                Stage {index + 1}: {stage.name}
              </option>
            ))}
            {[...removed].map(([stageId, name]) => (
              <option key={stageId} value={stageId}>
                {name} (removed)
              </option>
            ))}
            <option value={WHOLE_PLAN}>Whole plan</option>
          </select>
        </div>
      </div>
      <DecisionChainStatus place="log" />
      {entries.length === 0 ? (
        <p className="muted">No decisions recorded yet. Record the first one above when a stage reaches its gate.</p>
      ) : shown.length === 0 ? (
        <p className="muted">No decisions for this stage yet.</p>
      ) : (
        <ol className="decision-list" aria-label="Decisions, newest first">
          {shown.map((entry) => (
            <li key={entry.id}>
              <DecisionEntryCard
                entry={entry}
                row={decisionRow(entry, entries, stageNames)}
                onCorrect={corrected.has(entry.id) ? undefined : () => onCorrect(entry)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
