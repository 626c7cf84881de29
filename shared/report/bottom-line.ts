import { formatDate } from '../format/format';
import { gateChangesSince } from '../decisions/changes-since';
import { dataChangedNote, type ImportRef } from '../decisions/data-since';
import { entryDate, latestStageDecision } from '../decisions/decision-log';
import { decisionKindLabels, type DecisionEntry } from '../decisions/schema';
import type { StageUnlock } from '../decisions/stage-unlocks';
import { eitherSideSummary } from '../gates/either-side';
import { stageVerdictLabels, uncheckedTriggers, type StageEvaluation, type StageVerdict } from '../gates/stage-verdict';
import type { Plan } from '../model/schema';
import type { Tone } from './report-model';
import { openIncidentWords } from './incident-summary';

export interface BottomLineRow {
  /** "Stage 1: Internal pilot". */
  readonly stage: string;
  readonly recommendation: string;
  readonly tone: Tone;
  /** "Proceed, 2026-11-22, Dana Kim (override)" or "Not decided yet". */
  readonly decision: string;
  readonly decided: boolean;
  /** The one or two reasons that decide the recommendation. */
  readonly reasons: readonly string[];
  /** "2 of 3 required results could go either way."; null when none could turn the recommendation. */
  readonly caveat: string | null;
  /** "None open", "2 open: 1 critical, 1 high" or "Register not kept". */
  readonly incidents: string;
  readonly incidentTone: Tone;
  /** What happens next and when, in one sentence. */
  readonly next: string;
}

/** The box page 1 opens with (SPEC §8): an executive reads it in two minutes. */
export interface BottomLine {
  readonly rows: readonly BottomLineRow[];
  readonly emptyText: string;
}

const tones: Record<StageVerdict, Tone> = { proceed: 'good', hold: 'warn', roll_back: 'bad', running: 'good' };

/** How many deciding reasons the box prints per stage. */
const DECIDING_REASONS = 2;

/**
 * The reasons that decide the verdict: for a roll back the triggers that fired, for a hold the
 * required criteria that do not pass (after a lock, which the evaluation puts first); for a
 * proceed, its summary. A trigger that is trending or cannot be checked decides nothing.
 */
function decidingReasons(evaluation: StageEvaluation): string[] {
  const fired = evaluation.triggers.filter((t) => t.required && t.status === 'fired').map((t) => `Rollback trigger fired: ${t.reason}`);
  const missing = evaluation.criteria.filter((c) => c.required && c.status !== 'pass').map((c) => c.reason);
  const first = evaluation.reasons[0];
  const decisive =
    evaluation.verdict === 'roll_back'
      ? fired
      : evaluation.verdict === 'hold'
        ? [...(first !== undefined && !missing.some((m) => first.includes(m)) ? [first] : []), ...missing]
        : [];
  const chosen = decisive.length > 0 ? decisive : first !== undefined ? [first] : [];
  // Critical incidents no criterion judges are not a reason, but the box must not read as if there were none.
  const note = evaluation.incidentNote;
  // Criteria that fail for one cause (no start date yet) give the same sentence: each is printed once.
  const distinct = [...new Set(chosen)].filter((r) => r !== note);
  return [...distinct.slice(0, DECIDING_REASONS), ...(note === undefined ? [] : [note])];
}

function decisionWords(entry: DecisionEntry | null, changedAfter: DecisionEntry | undefined, imports: readonly ImportRef[]): string {
  if (entry === null) return 'Not decided yet';
  const override = entry.override ? ' (override)' : '';
  // Beside today's recommendation and figures, a decision taken under other rules or on other data must say so.
  const since = changedAfter === undefined ? '' : `; taken before the gate changed on ${formatDate(entryDate(changedAfter))}`;
  return `${decisionKindLabels[entry.decision]}${override}, ${formatDate(entryDate(entry))}, ${entry.author}${since}${dataChangedNote(entry, imports)}`;
}

/**
 * A running last stage is watched by its rollback triggers only while they have data: one that cannot be
 * checked (the files stopped, or never came) watches nothing, and the sentence must not say it does.
 */
function runsText(evaluation: StageEvaluation, tail: string): string {
  const unchecked = uncheckedTriggers(evaluation.triggers);
  if (unchecked === 0) return `Runs; its rollback triggers keep watching it.${tail}`;
  const which = unchecked === 1 ? '1 rollback trigger' : `${unchecked} rollback triggers`;
  return `Runs, but ${which} cannot be checked: nothing watches what ${unchecked === 1 ? 'it covers' : 'they cover'} until the data arrive.`;
}

/** What happens next for one stage, in the order a lead would act on it. */
function nextStep(
  number: number,
  isLast: boolean,
  evaluation: StageEvaluation,
  decision: DecisionEntry | null,
  unlock: StageUnlock | undefined,
  today: string,
  reasons: readonly string[],
): string {
  // The "Why" cell beside already gives the lock's reason: repeated here it took a line more per stage on page 1.
  if (unlock && !unlock.mayStart) return reasons.includes(unlock.why) ? `Waits for a proceed decision on stage ${number - 1}.` : `Waits: ${unlock.why}`;
  if (evaluation.verdict === 'roll_back' && decision?.decision !== 'roll_back') return 'Roll back now, or record why not: a rollback trigger fired.';
  if (decision?.decision === 'proceed') {
    return isLast ? runsText(evaluation, '') : `Stage ${number + 1} may start.`;
  }
  if (decision?.decision === 'roll_back') return 'Rolled back; decide again once the cause is fixed.';
  if (evaluation.verdict === 'running') return runsText(evaluation, ' No decision is due unless one fires.');
  const from = evaluation.earliestDecisionDate;
  if (from !== null && from > today) return `Decision due from ${formatDate(from)}.`;
  if (evaluation.verdict === 'proceed') {
    const unchecked = uncheckedTriggers(evaluation.triggers);
    if (unchecked === 0) return 'Ready for the decision: record it in the decision log.';
    return `Ready for the decision, though ${unchecked === 1 ? 'a rollback trigger' : `${unchecked} rollback triggers`} could not be checked: record the decision and why it may go ahead unwatched, or supply the data first.`;
  }
  return decision === null ? 'Decision due: record hold, or fix the deciding reason first.' : 'On hold: decide again when the deciding reason changes.';
}

/**
 * The bottom line of the summary: per stage the recommendation and the decision taken, the
 * one or two reasons that decide it, its open incidents, and what happens next and when. The open risks
 * (blockers, triggers firing or trending) close the box; they come from the report model's risks. `today` is `YYYY-MM-DD`.
 */
export function bottomLine(
  plan: Pick<Plan, 'stages' | 'incidents' | 'incidentsKeptSince' | 'imports'>,
  evaluations: readonly StageEvaluation[],
  unlocks: readonly StageUnlock[],
  decisions: readonly DecisionEntry[],
  today: string,
): BottomLine {
  const rows = plan.stages.flatMap((stage, index): BottomLineRow[] => {
    const evaluation = evaluations.find((e) => e.stageId === stage.id);
    if (!evaluation) return [];
    const decision = latestStageDecision(decisions, stage.id);
    const incidents = openIncidentWords(plan, stage.id);
    const reasons = decidingReasons(evaluation);
    return [
      {
        stage: `Stage ${index + 1}: ${stage.name}`,
        recommendation: stageVerdictLabels[evaluation.verdict],
        tone: tones[evaluation.verdict],
        decision: decisionWords(decision, decision === null ? undefined : gateChangesSince(decisions, decision, stage.id).at(-1), plan.imports),
        decided: decision !== null,
        reasons,
        // A stage that may not start is held by the lock, whatever its samples say.
        caveat: unlocks[index]?.mayStart === false ? null : eitherSideSummary(evaluation.verdict, evaluation.criteria),
        incidents: incidents.text,
        incidentTone: incidents.tone,
        next: nextStep(index + 1, index === plan.stages.length - 1, evaluation, decision, unlocks[index], today, reasons),
      },
    ];
  });
  return { rows, emptyText: 'No rollout stages defined yet: there is nothing to decide.' };
}
