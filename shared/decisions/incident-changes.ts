import { severityLabels } from '../incidents/response';
import type { Incident, Plan } from '../model/schema';
import { NONE, REMOVED, type GateChange } from './gate-changes';

/** "Critical, opened 2026-09-08 10:00, acknowledged 10:12, resolved —, rollback: no — Checkout failed". */
export function incidentWords(i: Incident): string {
  const at = (m: string | null): string => (m === null ? '—' : m.replace('T', ' '));
  return `${severityLabels[i.severity]}, opened ${at(i.openedAt)}, acknowledged ${at(i.acknowledgedAt)}, resolved ${at(i.resolvedAt)}, rollback: ${i.rollback ? 'yes' : 'no'} — ${i.description.trim()}`;
}

/**
 * Incidents added, changed or removed between two versions of a plan, and the register's
 * "kept since" date, as automatic notes for the decision log: they decide the critical-incident
 * gates, so every change is audited, data imported or not.
 */
export function incidentChanges(before: Plan, after: Plan): GateChange[] {
  const changes: GateChange[] = [];
  const note = (stageId: string | null, what: string, verb: string, from: string, to: string): GateChange => ({
    kind: 'note',
    stageId,
    what,
    before: from,
    after: to,
    rationale: `Incident register ${verb}: ${what}: ${from} → ${to}.`,
  });
  if (before.incidentsKeptSince !== after.incidentsKeptSince) {
    changes.push(note(null, 'Incident register kept since', 'changed', before.incidentsKeptSince ?? 'not kept', after.incidentsKeptSince ?? 'not kept'));
  }
  // Incidents that arrive with new incidents imports came from those files: the entry says so (edits
  // close together are logged as one change, so it may name more than one file).
  const files = after.imports.filter((r) => r.kind === 'incidents' && !before.imports.some((b) => b.id === r.id)).map((r) => `“${r.fileName}”`);
  const from = files.length === 0 ? '' : ` (from the import${files.length === 1 ? '' : 's'} of ${files.join(', ')})`;
  const stageName = (plan: Plan, id: string): string => plan.stages.find((s) => s.id === id)?.name ?? 'a removed stage';
  const old = new Map(before.incidents.map((i) => [i.id, i]));
  const now = new Set(after.incidents.map((i) => i.id));
  for (const i of after.incidents) {
    const was = old.get(i.id);
    const what = `Stage “${stageName(after, i.stageId)}”, incident`;
    if (!was) changes.push(note(i.stageId, what, `entry added${from}`, NONE, incidentWords(i)));
    else if (JSON.stringify(was) !== JSON.stringify(i)) changes.push(note(i.stageId, what, `entry changed${from}`, incidentWords(was), incidentWords(i)));
  }
  for (const i of before.incidents) {
    if (!now.has(i.id)) changes.push(note(i.stageId, `Stage “${stageName(before, i.stageId)}”, incident`, 'entry removed', incidentWords(i), REMOVED));
  }
  return changes;
}
