import { useRef, useState } from 'react';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { Icon } from '../../components/Icon';
import { decisionDraftOf } from '../../store/decision-draft-slice';
import { useAppStore, useStoreApi } from '../../store/useAppStore';
import { DecisionLog } from './DecisionLog';
import { RecordDecisionForm } from './RecordDecisionForm';
import { StageGateList } from './StageGateList';
import { useDecisionLog } from './useDecisionLog';
import '../../styles/decisions.css';
import '../../styles/report-screen.css';
import '../../styles/report-tables.css';
import '../../styles/report-stages.css';
import '../../styles/report-signoff-appendix.css';
import '../../styles/report-stage-results.css';
import '../../styles/report-sections.css';

/** The decision log (SPEC §7): record decisions beside the recommendation, see which stage may start, read the log. */
export function DecisionsScreen() {
  const { status, error, retry } = useDecisionLog();
  const showToast = useAppStore((s) => s.showToast);
  const planId = useAppStore((s) => s.plan?.id);
  const storeApi = useStoreApi();
  // A correction half written when the user left the tab opens again with it.
  const [correcting, setCorrecting] = useState<DecisionEntry | null>(() => {
    const state = storeApi.getState();
    const corrects = decisionDraftOf(state)?.corrects ?? null;
    return corrects === null || state.decisionsPlanId !== state.plan?.id ? null : (state.decisions.find((e) => e.id === corrects) ?? null);
  });
  const formRef = useRef<HTMLDivElement>(null);

  const correct = (entry: DecisionEntry): void => {
    setCorrecting(entry);
    // The form remounts for the entry: focusing its first field once it is there also scrolls it into view.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('select, textarea')?.focus());
  };

  return (
    <div className="page decisions-page">
      <p className="lede">
        The app recommends; you decide. Each decision is kept with the evidence of that moment and can never be edited or
        deleted — a correction is a new entry that refers to the old one.
      </p>
      <StageGateList />
      <div ref={formRef}>
        <RecordDecisionForm
          key={correcting?.id ?? 'new'}
          correcting={correcting}
          onCancelCorrection={() => setCorrecting(null)}
          onRecorded={(entry) => {
            setCorrecting(null);
            // Focus goes to the entry just stored (or, when the log's filter hides it, the form's heading),
            // never to the page body.
            requestAnimationFrame(() => {
              const stored = [...document.querySelectorAll<HTMLElement>('[data-entry-id]')].find((el) => el.dataset['entryId'] === entry.id);
              (stored ?? formRef.current?.querySelector<HTMLElement>('h2'))?.focus();
            });
            showToast({ message: entry.corrects ? 'Correction recorded' : entry.override ? 'Override recorded' : 'Decision recorded', planId });
          }}
        />
      </div>
      {status === 'error' ? (
        <p className="callout callout-warning" role="alert">
          <Icon name="alert" />
          <span>The decision log could not be read: {error}</span>
          <button type="button" className="button small" onClick={retry}>
            Retry
          </button>
        </p>
      ) : status === 'ready' ? (
        <DecisionLog onCorrect={correct} />
      ) : (
        <p className="loading">Reading the decision log…</p>
      )}
    </div>
  );
}
