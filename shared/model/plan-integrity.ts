import type { Plan } from './schema';

/** Ids of one kind that appear twice: screens key rows by id, so a repeat would drop or double a row. */
function repeats(kind: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice].slice(0, 5).map((id) => `Two ${kind} share the id “${id.slice(0, 100)}”.`);
}

/**
 * What the schema cannot see in a plan: every id unique within its kind, and every reference
 * resolving (each checklist item in an area that exists). Empty when the plan holds together.
 * Checked on every read, save and import, before anything is written.
 */
export function planIntegrityProblems(plan: Plan): string[] {
  const areaIds = new Set(plan.checklist.areas.map((area) => area.id));
  const orphans = plan.checklist.items
    .filter((item) => !areaIds.has(item.areaId))
    .slice(0, 5)
    .map((item) => `The checklist item “${item.question.slice(0, 80)}” belongs to an area (“${item.areaId.slice(0, 100)}”) that the plan does not have.`);
  return [
    ...repeats('checklist areas', plan.checklist.areas.map((a) => a.id)),
    ...repeats('checklist items', plan.checklist.items.map((i) => i.id)),
    ...repeats('thresholds', plan.thresholds.map((t) => t.id)),
    ...repeats('stages', plan.stages.map((s) => s.id)),
    ...repeats('criteria or triggers', plan.stages.flatMap((s) => [...s.criteria, ...s.triggers].map((c) => c.id))),
    ...repeats('imports', plan.imports.map((i) => i.id)),
    ...repeats('communication rows', plan.communicationPlan.map((r) => r.id)),
    ...orphans,
  ];
}
