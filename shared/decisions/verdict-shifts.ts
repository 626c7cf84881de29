import { stageVerdictLabels, type StageVerdict } from '../gates/stage-verdict';
import type { VerdictShift } from './schema';

/** Each stage's verdict at one moment, by stage id; null when it could not be worked out then. */
export type VerdictsByStage = ReadonlyMap<string, StageVerdict>;

/**
 * The stages whose verdict differs between two moments, in `stages` order. A stage present at
 * one moment only counts as changed (its verdict appears or goes). Null when either moment is
 * unknown: "no verdict changed" would then be a guess.
 */
export function verdictShifts(
  stages: readonly { readonly id: string; readonly name: string }[],
  before: VerdictsByStage | null,
  after: VerdictsByStage | null,
): VerdictShift[] | null {
  if (before === null || after === null) return null;
  const shifts: VerdictShift[] = [];
  stages.forEach((stage, index) => {
    const from = before.get(stage.id) ?? null;
    const to = after.get(stage.id) ?? null;
    if (from !== to) shifts.push({ stage: `Stage ${index + 1} “${stage.name}”`, before: from, after: to });
  });
  return shifts;
}

const label = (verdict: StageVerdict | null): string => (verdict === null ? 'no verdict' : stageVerdictLabels[verdict].toLowerCase());

/** The sentence an entry's rationale carries about the verdicts its change moved. */
export function verdictShiftSentence(shifts: readonly VerdictShift[] | null): string {
  if (shifts === null) return 'Whether this changed a verdict could not be checked: the pilot data was still being worked out.';
  if (shifts.length === 0) return 'No stage verdict changed.';
  return `Verdicts changed: ${shifts.map((s) => `${s.stage} ${label(s.before)} → ${label(s.after)}`).join('; ')}.`;
}
