import type { ReviewDecision } from './kinds';

/** The words review tools write for a decision, lower-case. */
const decisionWords = new Map<string, ReviewDecision>();
const words: Record<ReviewDecision, readonly string[]> = {
  approved: ['approved', 'approve', 'accepted', 'accept', 'as is', 'unchanged', 'ok', 'okay', 'passed', 'pass', 'genehmigt', 'freigegeben', 'akzeptiert', 'approuvé', 'approuve', 'accepté', 'aprobado', 'goedgekeurd'],
  edited: ['edited', 'edit', 'modified', 'changed', 'corrected', 'revised', 'amended', 'approved with edits', 'approved with changes', 'bearbeitet', 'geändert', 'korrigiert', 'modifié', 'modifie', 'corrigé', 'editado', 'modificado', 'bewerkt', 'aangepast'],
  rejected: ['rejected', 'reject', 'declined', 'discarded', 'refused', 'failed', 'fail', 'abgelehnt', 'verworfen', 'rejeté', 'rejete', 'refusé', 'rechazado', 'afgewezen'],
};
for (const [decision, list] of Object.entries(words) as [ReviewDecision, readonly string[]][]) for (const w of list) decisionWords.set(w, decision);

/** approved / edited / rejected from the words review tools write; null for anything else. */
export function parseDecision(text: string): ReviewDecision | null {
  return decisionWords.get(text.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

