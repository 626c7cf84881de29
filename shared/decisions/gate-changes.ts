import { comparatorLabels } from '../model/enums';
import type { Criterion, Plan, Stage, Threshold } from '../model/schema';
import { criterionWords, targetWithUnit } from '../report/stage-words';
import type { VerdictShift } from './schema';
import { verdictShiftSentence } from './verdict-shifts';

export interface GateChange {
  /** 'note': an automatic entry without a change record (a hand-recorded value or an incident entered, changed or removed). */
  readonly kind: 'threshold_change' | 'criterion_change' | 'setting_change' | 'note';
  /** The stage of a criterion, trigger or stage setting; null for a quality threshold or a plan-wide setting. */
  readonly stageId: string | null;
  /** What changed, named so a reader finds it in the plan: `Threshold “Accuracy”`. */
  readonly what: string;
  readonly before: string;
  readonly after: string;
  /** The entry's rationale when the default ("Changed after pilot data was imported…") does not fit. */
  readonly rationale?: string;
}

export const NONE = '(none)';
export const REMOVED = '(removed)';

/** The parts of a threshold that decide met or not met; its name, reason and measurement do not. */
function thresholdRule(t: Threshold): string {
  // Exactly as typed: a change from 45.5 to 45.55 must be seen, and logged as what it is.
  return `${comparatorLabels[t.comparator]} ${targetWithUnit(t.target, t.unit)}`;
}

/** Everything that decides how a criterion or trigger is judged; its note does not. */
function criterionKey(c: Criterion): string {
  const { metric, comparator, threshold, required, judgedAt, minSample, persistence, everyGroup } = c;
  // A baseline changes what the threshold means (a margin, not a value): its change is logged too.
  return JSON.stringify([metric, comparator, threshold, required, judgedAt, minSample, persistence, everyGroup, c.baseline ?? null]);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function thresholdChanges(before: readonly Threshold[], after: readonly Threshold[]): GateChange[] {
  const changes: GateChange[] = [];
  const old = byId(before);
  const now = byId(after);
  for (const t of after) {
    const was = old.get(t.id);
    const what = `Threshold “${t.metric}”`;
    if (!was) changes.push({ kind: 'threshold_change', stageId: null, what, before: NONE, after: thresholdRule(t) });
    else if (thresholdRule(was) !== thresholdRule(t)) {
      changes.push({ kind: 'threshold_change', stageId: null, what, before: thresholdRule(was), after: thresholdRule(t) });
    }
  }
  for (const t of before) {
    if (!now.has(t.id)) {
      changes.push({ kind: 'threshold_change', stageId: null, what: `Threshold “${t.metric}”`, before: thresholdRule(t), after: REMOVED });
    }
  }
  return changes;
}

function ruleChanges(stage: Stage, kind: 'criteria' | 'triggers', before: readonly Criterion[], after: readonly Criterion[]): GateChange[] {
  const changes: GateChange[] = [];
  const label = kind === 'criteria' ? 'gate criterion' : 'rollback trigger';
  const words = (c: Criterion): string => criterionWords(c, { showRequired: kind === 'criteria' });
  const what = `Stage “${stage.name}”, ${label}`;
  const old = byId(before);
  const now = byId(after);
  for (const c of after) {
    const was = old.get(c.id);
    if (!was) changes.push({ kind: 'criterion_change', stageId: stage.id, what, before: NONE, after: words(c) });
    else if (criterionKey(was) !== criterionKey(c)) {
      changes.push({ kind: 'criterion_change', stageId: stage.id, what, before: words(was), after: words(c) });
    }
  }
  for (const c of before) {
    if (!now.has(c.id)) changes.push({ kind: 'criterion_change', stageId: stage.id, what, before: words(c), after: REMOVED });
  }
  return changes;
}

/**
 * What changed in the plan's gates between two versions of it (SPEC §7): quality thresholds
 * (target, comparator, unit; added or removed) and each stage's gate criteria and rollback
 * triggers (metric, comparator, threshold, required, judging point, minimum sample, persistence,
 * every-group rule, baseline; added or removed, including with their stage). Names, notes, reasons and
 * measured values are not gate changes. Thresholds first, then stages in plan order.
 */
export function gateChanges(before: Plan, after: Plan): GateChange[] {
  const changes = thresholdChanges(before.thresholds, after.thresholds);
  const oldStages = byId(before.stages);
  const newStages = byId(after.stages);
  for (const stage of after.stages) {
    const was = oldStages.get(stage.id);
    changes.push(...ruleChanges(stage, 'criteria', was?.criteria ?? [], stage.criteria));
    changes.push(...ruleChanges(stage, 'triggers', was?.triggers ?? [], stage.triggers));
  }
  for (const stage of before.stages) {
    if (newStages.has(stage.id)) continue;
    changes.push(...ruleChanges(stage, 'criteria', stage.criteria, []));
    changes.push(...ruleChanges(stage, 'triggers', stage.triggers, []));
  }
  return changes;
}

/**
 * The rationale of an automatic entry: says what changed, that data had already arrived, and,
 * when known (`undefined`: not checked), which verdicts the edits saved with it moved.
 */
export function gateChangeRationale(change: GateChange, verdicts?: readonly VerdictShift[] | null): string {
  if (change.rationale !== undefined) return change.rationale;
  const text = `Changed after pilot data was imported: ${change.what}: ${change.before} → ${change.after}.`;
  return verdicts === undefined ? text : `${text} ${verdictShiftSentence(verdicts)}`;
}
