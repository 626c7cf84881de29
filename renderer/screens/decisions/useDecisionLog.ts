import { useEffect } from 'react';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { selectDecisions } from '../../store/decisions-selectors';
import { useAppStore } from '../../store/useAppStore';

export interface DecisionLogView {
  readonly decisions: readonly DecisionEntry[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly retry: () => void;
}

/** The open plan's decision log, read from storage the first time a screen needs it. */
export function useDecisionLog(): DecisionLogView {
  const planId = useAppStore((s) => s.plan?.id ?? null);
  const loadedFor = useAppStore((s) => s.decisionsPlanId);
  const status = useAppStore((s) => s.decisionsStatus);
  const error = useAppStore((s) => s.decisionsError);
  const decisions = useAppStore(selectDecisions);
  const loadDecisions = useAppStore((s) => s.loadDecisions);

  useEffect(() => {
    if (planId !== null && loadedFor !== planId) void loadDecisions(planId);
  }, [planId, loadedFor, loadDecisions]);

  const current = planId !== null && loadedFor === planId;
  return {
    decisions,
    status: current ? status : 'loading',
    error: current ? error : null,
    retry: () => {
      if (planId !== null) void loadDecisions(planId);
    },
  };
}
