import { z } from 'zod';

export const DECISION_SCHEMA_VERSION = 1;

export const decisionKinds = ['proceed', 'hold', 'roll_back', 'note', 'threshold_change', 'criterion_change'] as const;
export const decisionKindSchema = z.enum(decisionKinds);
export type DecisionKind = z.infer<typeof decisionKindSchema>;

export const verdictSchema = z.enum(['proceed', 'hold', 'roll_back']);

const snapshotResultSchema = z.object({
  kind: z.enum(['criterion', 'trigger']),
  /** The criterion in plain words, as it was worded at that moment. */
  label: z.string().max(1000),
  required: z.boolean(),
  status: z.string().max(40),
  value: z.number().nullable(),
  sample: z.number().nullable(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  reason: z.string().max(2000),
});

/** The evidence frozen with a decision: what the lead saw when deciding (SPEC §7). */
export const evidenceSnapshotSchema = z.object({
  planRevision: z.number().int().min(1),
  statisticalConfidence: z.boolean(),
  readiness: z.object({
    overall: z.number().nullable(),
    blockers: z.number().int().min(0),
    weakestArea: z.string().nullable(),
    ready: z.boolean(),
  }),
  thresholds: z.object({ met: z.number().int(), notMet: z.number().int(), notMeasured: z.number().int() }),
  stage: z
    .object({
      id: z.string(),
      name: z.string(),
      verdict: verdictSchema,
      reasons: z.array(z.string().max(2000)).max(200),
      results: z.array(snapshotResultSchema).max(500),
    })
    .nullable(),
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

/** One entry of the append-only decision log. Entries are never edited or deleted. */
export const decisionEntrySchema = z
  .object({
    schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
    id: z.string().min(1).max(100),
    planId: z.string().min(1).max(100),
    at: z.iso.datetime({ offset: true }),
    /** Typed once per machine (Settings.authorName). */
    author: z.string().trim().min(1, 'Every decision needs its author').max(200),
    approvedBy: z.string().max(300),
    stageId: z.string().nullable(),
    decision: decisionKindSchema,
    /** The app's verdict at that moment; null for notes and changes outside a stage. */
    recommendation: verdictSchema.nullable(),
    /** The decision goes against the recommendation. */
    override: z.boolean(),
    rationale: z.string().trim().min(1, 'Every decision needs a rationale').max(20_000),
    /** A correction names the entry it corrects; the old entry stays as it was. */
    corrects: z.string().nullable(),
    /** Logged by the app itself (threshold or criterion changed after data arrived). */
    automatic: z.boolean(),
    change: z.object({ what: z.string().max(1000), before: z.string().max(1000), after: z.string().max(1000) }).nullable(),
    evidence: evidenceSnapshotSchema,
  })
  .superRefine((entry, ctx) => {
    const verdictDecision = entry.decision === 'proceed' || entry.decision === 'hold' || entry.decision === 'roll_back';
    if (verdictDecision && entry.recommendation !== null && entry.override !== (entry.decision !== entry.recommendation)) {
      ctx.addIssue({ code: 'custom', path: ['override'], message: 'A decision against the recommendation must be marked as an override' });
    }
  });
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;
