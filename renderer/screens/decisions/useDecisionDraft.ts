import { useEffect, useRef, useState } from 'react';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { decisionDraftOf } from '../../store/decision-draft-slice';
import { useAppStore, useStoreApi } from '../../store/useAppStore';
import { decisionKinds, type DecisionKind } from './DecisionKindChoice';

/** The decision a correction starts from: the corrected entry's, when it is one the form offers. */
function correctableKind(entry: DecisionEntry): DecisionKind | null {
  return decisionKinds.find((k) => k === entry.decision) ?? null;
}

/**
 * The fields of the decision form, kept in the store per plan as they are typed, so leaving the tab (or the plan) and
 * coming back finds them as they were. A draft for another correction than the one open is not used.
 */
export function useDecisionDraft(correcting: DecisionEntry | null, currentStage: string) {
  const storeApi = useStoreApi();
  const keepDecisionDraft = useAppStore((s) => s.keepDecisionDraft);
  const corrects = correcting?.id ?? null;
  const [draft] = useState(() => {
    const kept = decisionDraftOf(storeApi.getState());
    return kept !== null && kept.corrects === corrects ? kept : null;
  });
  const [stageId, setStageId] = useState<string>(draft?.stageId ?? (correcting ? (correcting.stageId ?? '') : currentStage));
  // null follows the recommendation: the form starts on what the evidence says (SPEC §7).
  const [chosen, setChosen] = useState<DecisionKind | null>(draft ? draft.chosen : correcting ? correctableKind(correcting) : null);
  const [rationale, setRationale] = useState(draft?.rationale ?? correcting?.rationale ?? '');
  const [approvedBy, setApprovedBy] = useState(draft?.approvedBy ?? correcting?.approvedBy ?? '');
  const [author, setAuthor] = useState(draft?.author ?? '');
  // Only what the user typed or chose is kept: an untouched form leaves no draft behind.
  const touched = useRef(draft !== null);

  useEffect(() => {
    if (touched.current) keepDecisionDraft({ corrects, stageId, chosen, rationale, approvedBy, author });
  }, [keepDecisionDraft, corrects, stageId, chosen, rationale, approvedBy, author]);

  const edited =
    <T>(set: (value: T) => void) =>
    (value: T): void => {
      touched.current = true;
      set(value);
    };

  return {
    stageId,
    chosen,
    rationale,
    approvedBy,
    author,
    setStageId: edited(setStageId),
    setChosen: edited(setChosen),
    setRationale: edited(setRationale),
    setApprovedBy: edited(setApprovedBy),
    setAuthor: edited(setAuthor),
    /** Recorded: the next decision starts from the recommendation, with empty text, and nothing is kept. */
    clear(): void {
      touched.current = false;
      setRationale('');
      setApprovedBy('');
      setChosen(null);
      keepDecisionDraft(null);
    },
    /** The correction given up: its draft goes with it. */
    forget(): void {
      touched.current = false;
      keepDecisionDraft(null);
    },
  };
}
