import { z } from 'zod';
import { comparatorSchema, riskTierSchema } from '../model/enums';

export const DECISION_SCHEMA_VERSION = 1;

export const decisionKinds = ['proceed', 'hold', 'roll_back', 'note', 'threshold_change', 'criterion_change', 'setting_change'] as const;
export const decisionKindSchema = z.enum(decisionKinds);
export type DecisionKind = z.infer<typeof decisionKindSchema>;

export const verdictSchema = z.enum(['proceed', 'hold', 'roll_back', 'running']);
export type RecordedVerdict = z.infer<typeof verdictSchema>;

/** The decisions that answer a stage verdict; the others (notes, logged changes) never override anything. */
export const verdictDecisions: readonly DecisionKind[] = ['proceed', 'hold', 'roll_back'];

/**
 * A decision overrides the recommendation when it answers a stage verdict differently from it.
 * A running last stage (no gate) is answered by "proceed" (carry on) without an override;
 * holding or rolling it back is one. Notes and logged changes never override anything.
 */
export function isOverrideOf(decision: DecisionKind, recommendation: RecordedVerdict | null): boolean {
  if (recommendation === null || !verdictDecisions.includes(decision)) return false;
  if (recommendation === 'running') return decision !== 'proceed';
  return decision !== recommendation;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Every status a criterion or trigger result can have (SPEC §4), as frozen in a snapshot. */
export const snapshotStatuses = [
  'pass',
  'fail',
  'not_enough_data',
  'pending',
  'cannot_measure',
  'fired',
  'not_fired',
  'trending',
  'waiting',
  'unreachable',
] as const;

const snapshotResultSchema = z.object({
  kind: z.enum(['criterion', 'trigger']),
  /** The metric's name as shown then ("Adoption rate"). */
  metric: z.string().max(200),
  /** The criterion in plain words, as it was worded at that moment. */
  label: z.string().max(1000),
  required: z.boolean(),
  status: z.enum(snapshotStatuses),
  /** The deciding value in `unit` (percent for proportions); null when nothing was measured. */
  value: z.number().nullable(),
  unit: z.string().max(40),
  sample: z.number().nullable(),
  /** 95% Wilson interval in percent, for proportions. */
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  reason: z.string().max(2000),
  /** The source of a value recorded by hand (absent: the value came from a file, or none). */
  handRecorded: z.string().max(500).optional(),
  /** A pass or fail whose 95% interval contained the threshold, as the lead saw it said (absent: none, or recorded before). */
  caveat: z.string().max(2000).optional(),
});
export type SnapshotResult = z.infer<typeof snapshotResultSchema>;

const snapshotBlockerSchema = z.object({
  question: z.string().max(1000),
  area: z.string().max(200),
  owner: z.string().max(500),
  dueDate: isoDate.nullable(),
});

const snapshotThresholdSchema = z.object({
  metric: z.string().max(200),
  comparator: comparatorSchema,
  target: z.number(),
  unit: z.string().max(40),
  status: z.enum(['met', 'not_met', 'not_measured']),
  measured: z.number().nullable(),
});

/** The evidence frozen with a decision: what the lead saw when deciding (SPEC §7). */
export const evidenceSnapshotSchema = z.object({
  planRevision: z.number().int().min(1),
  /** The day the gates were evaluated for (`YYYY-MM-DD`). */
  evaluatedOn: isoDate,
  riskTier: riskTierSchema.nullable(),
  statisticalConfidence: z.boolean(),
  readiness: z.object({
    /** Weighted share of applicable items done, 0–1. */
    overall: z.number().nullable(),
    blockers: z.number().int().min(0),
    blockerItems: z.array(snapshotBlockerSchema).max(500),
    weakestArea: z.string().nullable(),
    weakestScore: z.number().nullable(),
    ready: z.boolean(),
  }),
  thresholds: z.object({
    met: z.number().int(),
    notMet: z.number().int(),
    notMeasured: z.number().int(),
    items: z.array(snapshotThresholdSchema).max(500),
  }),
  stage: z
    .object({
      id: z.string(),
      name: z.string(),
      verdict: verdictSchema,
      reasons: z.array(z.string().max(2000)).max(200),
      results: z.array(snapshotResultSchema).max(500),
    })
    .nullable(),
  /** The stage's incident register entries then (absent in entries recorded before issue 10). */
  incidents: z
    .array(
      z.object({
        severity: z.string().max(20),
        openedAt: z.string().max(20),
        acknowledgedAt: z.string().max(20).nullable(),
        resolvedAt: z.string().max(20).nullable(),
        rollback: z.boolean(),
        description: z.string().max(1000),
      }),
    )
    .max(500)
    .optional(),
  /** The stage's values recorded by hand then, with their sources (absent in older entries). */
  handValues: z
    .array(
      z.object({
        metric: z.string().max(200),
        week: z.number().int().nullable(),
        successes: z.number().nullable(),
        trials: z.number().nullable(),
        value: z.number().nullable(),
        sample: z.number().nullable(),
        source: z.string().max(500),
        note: z.string().max(2000),
      }),
    )
    .max(500)
    .optional(),
  imports: z
    .array(
      z.object({
        id: z.string(),
        kind: z.string(),
        fileName: z.string(),
        sha256: z.string(),
        importedAt: z.string(),
        accepted: z.number().int(),
        rejected: z.number().int(),
      }),
    )
    .max(500),
});
export type EvidenceSnapshot = z.infer<typeof evidenceSnapshotSchema>;

/** A stage whose verdict a logged change moved; null verdicts: none could be given then. */
export const verdictShiftSchema = z.object({
  stage: z.string().max(300),
  before: verdictSchema.nullable(),
  after: verdictSchema.nullable(),
});
export type VerdictShift = z.infer<typeof verdictShiftSchema>;

export const gateChangeSchema = z.object({
  what: z.string().max(1000),
  before: z.string().max(1000),
  after: z.string().max(1000),
  /**
   * The verdicts the edits saved together moved; null when that could not be checked. Absent on
   * entries logged before the app recorded it.
   */
  verdicts: z.array(verdictShiftSchema).max(100).nullable().optional(),
});
export type GateChangeText = z.infer<typeof gateChangeSchema>;

/** One entry of the append-only decision log. Entries are never edited or deleted. */
export const decisionEntrySchema = z
  .object({
    schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
    id: z.string().min(1).max(100),
    planId: z.string().min(1).max(100),
    /** Local time with its offset, so the date printed is the day the author saw. */
    at: z.iso.datetime({ offset: true }),
    /** Typed once per machine (Settings.authorName). */
    author: z.string().trim().min(1, 'Every decision needs its author').max(200),
    /** Who approved the decision; required for proceed, hold and roll back taken by a person. */
    approvedBy: z.string().max(300),
    stageId: z.string().nullable(),
    decision: decisionKindSchema,
    /** The app's verdict at that moment; null for changes and entries outside a stage. */
    recommendation: verdictSchema.nullable(),
    /** The decision goes against the recommendation. */
    override: z.boolean(),
    rationale: z.string().trim().min(1, 'Every decision needs a rationale').max(20_000),
    /** A correction names the entry it corrects; the old entry stays as it was. */
    corrects: z.string().nullable(),
    /** Logged by the app itself (a threshold, criterion or setting changed after data arrived). */
    automatic: z.boolean(),
    change: gateChangeSchema.nullable(),
    evidence: evidenceSnapshotSchema,
    /** Place in the log, from 1; set by the service when it appends (absent on entries recorded before chaining). */
    seq: z.number().int().min(1).optional(),
    /** SHA-256 of the previous entry in canonical form (null for the first): the hash chain, see chain.ts. */
    prev: z.string().regex(/^[0-9a-f]{64}$/).nullable().optional(),
  })
  .superRefine((entry, ctx) => {
    const verdictDecision = verdictDecisions.includes(entry.decision);
    const expected = isOverrideOf(entry.decision, entry.recommendation);
    if (entry.override !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['override'],
        message: expected
          ? 'A decision against the recommendation must be marked as an override'
          : 'Only a proceed, hold or roll-back decision against the recommendation is an override',
      });
    }
    if (verdictDecision && !entry.automatic && entry.approvedBy.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['approvedBy'], message: 'Say who approved this decision' });
    }
    const changeKind = entry.decision === 'threshold_change' || entry.decision === 'criterion_change' || entry.decision === 'setting_change';
    if (changeKind !== (entry.change !== null)) {
      ctx.addIssue({ code: 'custom', path: ['change'], message: 'Threshold, criterion and setting changes, and only they, describe the change' });
    }
  });
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;

export const decisionKindLabels: Record<DecisionKind, string> = {
  proceed: 'Proceed',
  hold: 'Hold',
  roll_back: 'Roll back',
  note: 'Note',
  threshold_change: 'Threshold change',
  criterion_change: 'Criterion change',
  setting_change: 'Setting change',
};
