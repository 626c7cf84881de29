import type { z } from 'zod';
import { planIntegrityProblems } from './plan-integrity';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './schema';

type Raw = Record<string, unknown>;

/**
 * Step `n` turns a plan of schema version `n` into version `n + 1`. Plans written before
 * versioning existed (the first preview builds) count as version 0: they had no revision,
 * archive flag, score history, editing limit, imports or communication plan.
 */
const steps: Record<number, (raw: Raw) => Raw> = {
  0: (raw) => ({
    revision: 1,
    archived: false,
    templateId: null,
    scoreHistory: [],
    editingShareLimit: 15,
    statisticalConfidence: false,
    tierAnswers: {
      affectsCustomers: null,
      decisionsAboutPeople: null,
      safetyOrMoney: null,
      regulatedSector: null,
      euUsers: null,
    },
    stages: [],
    thresholds: [],
    imports: [],
    columnMappings: {},
    communicationPlan: [],
    ...raw,
    schemaVersion: 1,
  }),
  // Schema 2 added baselines on criteria (null by default). Nothing to rewrite: the version
  // moves so that an older app refuses a plan whose baselines it would silently drop, judging
  // "−0.2 against the baseline" as a fixed threshold of −0.2.
  1: (raw) => ({ ...raw, schemaVersion: 2 }),
  // Schema 3 added baseline periods (a date range before the AI) and the plan's minutes by hand
  // (unknown: null). Nothing else is rewritten; the version moves for the same reason as schema 2.
  2: (raw) => ({ manualMinutesPerTask: null, ...raw, schemaVersion: 3 }),
};

export type MigrationResult =
  | { ok: true; plan: Plan; migratedFrom: number | null }
  | { ok: false; reason: 'newer_version' | 'invalid'; message: string; details: string[] };

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Human-readable schema issues, with the path where they were found. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
}

/** Brings a stored or imported plan of any known version to the current schema, or says why not. */
export function migratePlan(input: unknown): MigrationResult {
  if (!isRecord(input)) {
    return { ok: false, reason: 'invalid', message: 'The file does not contain a plan.', details: [] };
  }
  // Only a plan with no version at all is from before versioning; "2", "banana" or null is not a version.
  const declared = 'schemaVersion' in input ? input['schemaVersion'] : 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    const shown = typeof declared === 'string' ? `"${declared.slice(0, 40)}"` : String(declared);
    return {
      ok: false,
      reason: 'invalid',
      message: `The plan's schema version (${shown}) is not one this app knows: it must be a whole number, so the plan was not opened.`,
      details: [],
    };
  }
  const from = declared;
  if (from > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer_version',
      message: `This plan was saved by a newer version of Rollout Readiness (schema ${from}); update the app to open it.`,
      details: [],
    };
  }
  let raw: Raw = input;
  for (let version = from; version < PLAN_SCHEMA_VERSION; version += 1) {
    const step = steps[version];
    if (!step) {
      return { ok: false, reason: 'invalid', message: `No migration from schema version ${version}.`, details: [] };
    }
    raw = step(raw);
  }
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      message: 'The plan does not match the expected format.',
      details: describeIssues(parsed.error),
    };
  }
  const problems = planIntegrityProblems(parsed.data);
  if (problems.length > 0) {
    return { ok: false, reason: 'invalid', message: 'The plan does not hold together: some of its ids repeat or point at nothing.', details: problems };
  }
  return { ok: true, plan: parsed.data, migratedFrom: from === PLAN_SCHEMA_VERSION ? null : from };
}
