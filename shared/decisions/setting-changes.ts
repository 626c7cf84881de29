import type { Plan, Stage } from '../model/schema';
import type { GateChange } from './gate-changes';

const NOT_SET = '(not set)';

/** Number words for the log; plain digits, so the entry reads the same on every machine. */
function weeks(n: number | null): string {
  if (n === null) return NOT_SET;
  return `${n} week${n === 1 ? '' : 's'}`;
}

function enrolment(stage: Stage): string {
  const total = stage.enrolledUsers === null ? NOT_SET : `${stage.enrolledUsers} user${stage.enrolledUsers === 1 ? '' : 's'}`;
  const groups = Object.entries(stage.enrolledByGroup).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return groups.length === 0 ? total : `${total} (${groups.map(([g, n]) => `${g}: ${n}`).join(', ')})`;
}

/** The stage settings a verdict depends on besides its rules, as [label, text] pairs. */
const stageSettings: readonly (readonly [string, (stage: Stage) => string])[] = [
  ['start date', (s) => s.plannedStart ?? NOT_SET],
  ['duration', (s) => weeks(s.durationWeeks)],
  ['minimum duration', (s) => weeks(s.minDurationWeeks)],
  ['enrolment', enrolment],
];

/**
 * Changes to the plan's settings that can change a verdict without touching a rule (SPEC §7):
 * the statistical-confidence mode, the editing limit, and per stage its start date, duration,
 * minimum duration and enrolment (total and per group). Stages added or removed are not
 * settings changes: their rules are logged by `gateChanges`. Plan-wide first, then stages in order.
 */
export function settingChanges(before: Plan, after: Plan): GateChange[] {
  const changes: GateChange[] = [];
  const onOff = (on: boolean): string => (on ? 'on' : 'off');
  if (before.statisticalConfidence !== after.statisticalConfidence) {
    changes.push({
      kind: 'setting_change',
      stageId: null,
      what: 'Statistical confidence (a proportion passes only when its whole 95% interval clears the threshold)',
      before: onOff(before.statisticalConfidence),
      after: onOff(after.statisticalConfidence),
    });
  }
  if (before.editingShareLimit !== after.editingShareLimit) {
    changes.push({
      kind: 'setting_change',
      stageId: null,
      what: 'Editing limit (an output needs little editing below this share)',
      before: `${before.editingShareLimit}%`,
      after: `${after.editingShareLimit}%`,
    });
  }
  if ((before.manualMinutesPerTask ?? null) !== (after.manualMinutesPerTask ?? null)) {
    const minutes = (m: number | null | undefined): string => (m === null || m === undefined ? 'not known' : `${m} min`);
    changes.push({
      kind: 'setting_change',
      stageId: null,
      what: 'Minutes a task takes by hand (the time saved of outputs whose file gives no minutes by hand)',
      before: minutes(before.manualMinutesPerTask),
      after: minutes(after.manualMinutesPerTask),
    });
  }
  const old = new Map(before.stages.map((s) => [s.id, s]));
  for (const stage of after.stages) {
    const was = old.get(stage.id);
    if (!was) continue;
    for (const [label, text] of stageSettings) {
      const [from, to] = [text(was), text(stage)];
      if (from !== to) changes.push({ kind: 'setting_change', stageId: stage.id, what: `Stage “${stage.name}”, ${label}`, before: from, after: to });
    }
  }
  return changes;
}
