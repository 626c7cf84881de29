import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { newId } from './ids';
import { migratePlan } from './migrate';
import type { Plan } from './schema';

/** What an exported plan file holds: the plan, and enough around it to recognise the file. */
const FILE_FORMAT = 'rollout-readiness-plan';

const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  exportedAt: z.string(),
  plan: z.unknown(),
});

/** Serialises a plan for export; stable and human-readable so it diffs and archives well. */
export function serialisePlanFile(plan: Plan, now: Date): string {
  return `${JSON.stringify({ format: FILE_FORMAT, exportedAt: now.toISOString(), plan }, null, 2)}\n`;
}

/** A safe file name for the exported plan. */
export function planFileName(plan: Plan): string {
  const slug = plan.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${slug || 'plan'}.rollout.json`;
}

/** Reads an exported plan file, migrating older versions; errors say what is wrong in plain words. */
export function parsePlanFile(text: string): Result<Plan> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('invalid', 'This is not a Rollout Readiness plan file: it is not valid JSON.');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return fail('invalid', 'This is not a Rollout Readiness plan file (the "format" marker is missing).');
  }
  const migrated = migratePlan(envelope.data.plan);
  if (!migrated.ok) {
    return fail(migrated.reason, migrated.message, migrated.details);
  }
  return ok(migrated.plan);
}

/** The incoming plan as a copy beside the existing one: new id, name marked as imported. */
export function asImportedCopy(plan: Plan, now: Date): Plan {
  const stamp = now.toISOString();
  return { ...plan, id: newId(), name: `${plan.name} (imported copy)`, createdAt: stamp, updatedAt: stamp };
}
