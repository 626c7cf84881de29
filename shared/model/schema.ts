import { z } from 'zod';
import {
  comparatorSchema,
  deploymentPatternSchema,
  itemStatusSchema,
  riskTierSchema,
  riskTiers,
  statusesNeedingReason,
} from './enums';
import { communicationRowSchema } from './communication';
import { importRecordSchema, rememberedMappingsSchema } from './import-record';
import { dayFromIso } from './day-number';
import { metricIdSchema } from './metrics';

/** Bump with a migration in `migrate.ts` whenever a persisted shape changes. */
export const PLAN_SCHEMA_VERSION = 3;

/** Calendar date as the user means it (no time zone): `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD');
/** A `YYYY-MM-DD` date that exists on the calendar (not 2026-02-30): where the date is arithmetic, not a label. */
export const calendarDateSchema = isoDateSchema.refine((d) => dayFromIso(d) !== null, 'Not a date on the calendar');
/** A moment in time, ISO 8601 with zone. */
export const timestampSchema = z.iso.datetime({ offset: true });

const idSchema = z.string().min(1).max(100);
/** Same limit as group names in enrolment (MAX_GROUP_NAME_LENGTH), declared before the criterion schema uses it. */
const MAX_GROUP_NAME_LENGTH_FOR_BASELINE = 200;
const shortText = z.string().max(500);
const longText = z.string().max(20_000);

export const areaSchema = z.object({
  id: idSchema,
  title: z.string().min(1, 'An area needs a title').max(200),
  description: shortText,
  custom: z.boolean(),
});
export type Area = z.infer<typeof areaSchema>;

export const checklistItemSchema = z
  .object({
    id: idSchema,
    areaId: idSchema,
    /** Set for items from the default catalogue; null for items the user added. */
    catalogueId: z.string().nullable(),
    question: z.string().min(1, 'An item needs a question').max(1000),
    help: longText,
    requiredFor: z.array(riskTierSchema).max(riskTiers.length),
    status: itemStatusSchema,
    /** Justification for "not applicable", reason for "cannot be measured yet". */
    statusReason: longText,
    owner: shortText,
    dueDate: isoDateSchema.nullable(),
    evidence: longText,
    notes: longText,
  })
  .superRefine((item, ctx) => {
    if (statusesNeedingReason.includes(item.status) && item.statusReason.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['statusReason'],
        message: `"${item.question}" is marked ${item.status === 'not_applicable' ? 'not applicable' : 'cannot be measured yet'} without a written reason`,
      });
    }
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  areas: z.array(areaSchema),
  items: z.array(checklistItemSchema),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const measuredValueSchema = z.object({
  value: z.number().finite(),
  date: isoDateSchema,
  source: shortText,
});
export type MeasuredValue = z.infer<typeof measuredValueSchema>;

export const thresholdSchema = z.object({
  id: idSchema,
  metric: z.string().min(1, 'A threshold needs a metric').max(200),
  comparator: comparatorSchema,
  target: z.number().finite(),
  unit: z.string().max(40),
  /** Why this target: required, because a threshold nobody can justify is not evidence. */
  reason: longText,
  measured: measuredValueSchema.nullable(),
});
export type Threshold = z.infer<typeof thresholdSchema>;

export const judgingPointSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week'), week: z.number().int().min(1).max(520) }),
  z.object({ kind: z.literal('stage_end') }),
  z.object({ kind: z.literal('continuous') }),
]);
export type JudgingPoint = z.infer<typeof judgingPointSchema>;

export const persistenceSchema = z.discriminatedUnion('kind', [
  /** "in N consecutive weeks" */
  z.object({ kind: z.literal('consecutive_weeks'), weeks: z.number().int().min(1).max(520) }),
  /** "for more than N consecutive weeks" */
  z.object({ kind: z.literal('more_than_weeks'), weeks: z.number().int().min(0).max(520) }),
  /** "after N days" from the stage start */
  z.object({ kind: z.literal('after_days'), days: z.number().int().min(0).max(3650) }),
]);
export type Persistence = z.infer<typeof persistenceSchema>;

/**
 * What a criterion compares with instead of a fixed number (SPEC §4). With a baseline, the
 * criterion's comparator and threshold apply to the difference "this stage − baseline" and its
 * 95% interval: "mean satisfaction ≥ −0.2" against the previous stage means "not more than 0.2
 * below it". A control group is a value of the group column, compared with everyone else in
 * the stage. A period (schema 3) is a date range, typically the weeks before the AI: the
 * metric's rows dated in it, whatever their stage.
 */
export const baselineSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('previous_stage') }),
    z.object({ kind: z.literal('control_group'), group: z.string().trim().min(1, 'Name the control group').max(MAX_GROUP_NAME_LENGTH_FOR_BASELINE) }),
    z.object({ kind: z.literal('period'), from: calendarDateSchema, to: calendarDateSchema }),
  ])
  .refine((b) => b.kind !== 'period' || b.from <= b.to, { message: 'The baseline period ends before it starts', path: ['to'] });
export type Baseline = z.infer<typeof baselineSchema>;

export const criterionSchema = z.object({
  id: idSchema,
  metric: metricIdSchema,
  comparator: comparatorSchema,
  threshold: z.number().finite(),
  judgedAt: judgingPointSchema,
  /** Minimum sample in the metric's sample unit (users, outputs, ratings…). */
  minSample: z.number().int().min(0),
  persistence: persistenceSchema.nullable(),
  /** Advisory criteria are evaluated and shown, and never block. */
  required: z.boolean(),
  /** The criterion must hold in every group that has enough data. */
  everyGroup: z.boolean(),
  note: shortText,
  /** Compare with a baseline instead of a fixed number; absent or null (every schema-1 plan): a fixed number. */
  baseline: baselineSchema.nullable().optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** More groups than this is a mis-mapped column, not a breakdown anyone can read. */
export const MAX_ENROLLED_GROUPS = 1000;
export const MAX_GROUP_NAME_LENGTH = 200;

export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('users'), min: z.number().int().min(0), max: z.number().int().min(0) }),
  z.object({ kind: z.literal('traffic'), percent: z.number().min(0).max(100) }),
  z.object({ kind: z.literal('all') }),
]);
export type Audience = z.infer<typeof audienceSchema>;

export const stageSchema = z.object({
  id: idSchema,
  name: z.string().min(1, 'A stage needs a name').max(200),
  description: longText,
  audience: audienceSchema,
  plannedStart: isoDateSchema.nullable(),
  durationWeeks: z.number().int().min(1).max(520).nullable(),
  /** No gate passes before the stage has run this long. */
  minDurationWeeks: z.number().int().min(0).max(520),
  pattern: deploymentPatternSchema,
  /** Users enrolled: the denominator of adoption. Null until known. */
  enrolledUsers: z.number().int().min(0).nullable(),
  /**
   * Where `enrolledUsers` came from ("roster.csv — 12 users, …, loaded 2026-11-22"); '' when typed.
   * Defaulted, not migrated: plans were saved as schema 1 before this field existed.
   */
  enrolmentSource: shortText.default(''),
  /** Enrolled users per group, from a roster file with a group column: the denominator of adoption per group. */
  enrolledByGroup: z
    .record(z.string().min(1).max(MAX_GROUP_NAME_LENGTH), z.number().int().min(0))
    .refine((groups) => Object.keys(groups).length <= MAX_ENROLLED_GROUPS, `At most ${MAX_ENROLLED_GROUPS} groups`)
    .default({}),
  criteria: z.array(criterionSchema),
  triggers: z.array(criterionSchema),
});
export type Stage = z.infer<typeof stageSchema>;

/**
 * The figure of a hand-recorded value: counts ("12 of 40 outputs approved", which gives the share
 * and its 95% interval) or a value with the sample it came from (a mean, a count, a share
 * computed elsewhere). The value is in the metric's display unit (percent for shares).
 */
export const handFigureSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('counts'), successes: z.number().int().min(0), trials: z.number().int().min(1) })
    .refine((f) => f.successes <= f.trials, 'More successes than the sample'),
  z.object({ kind: z.literal('value'), value: z.number().finite(), sample: z.number().int().min(0) }),
]);
export type HandFigure = z.infer<typeof handFigureSchema>;

/**
 * A measured value recorded by hand for a metric and a stage week (or the whole stage), for
 * figures that come from elsewhere (SPEC §5). Labelled "hand-recorded" wherever it is shown.
 */
export const handValueSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  metric: metricIdSchema,
  /** Week N of the stage; null for the whole stage. */
  week: z.number().int().min(1).max(520).nullable(),
  figure: handFigureSchema,
  /** Where the figure comes from: required, because a number nobody can trace is not evidence. */
  source: z.string().trim().min(1, 'Say where the figure comes from').max(500),
  note: shortText,
  recordedAt: timestampSchema,
});
export type HandValue = z.infer<typeof handValueSchema>;

/** SPEC §2/§5: incident severities and their response targets. */
export const incidentSeverities = ['critical', 'high', 'medium', 'low'] as const;
export const incidentSeveritySchema = z.enum(incidentSeverities);
export type IncidentSeverity = z.infer<typeof incidentSeveritySchema>;

/** A moment as the lead types it, local wall-clock time without zone: `YYYY-MM-DDTHH:MM`. */
export const localMomentSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time as YYYY-MM-DDTHH:MM');

/** One incident of the register kept in the plan (SPEC §5). */
export const incidentSchema = z
  .object({
    id: idSchema,
    stageId: idSchema,
    severity: incidentSeveritySchema,
    openedAt: localMomentSchema,
    acknowledgedAt: localMomentSchema.nullable(),
    resolvedAt: localMomentSchema.nullable(),
    description: z.string().trim().min(1, 'Say what happened').max(5000),
    rollback: z.boolean(),
  })
  .superRefine((incident, ctx) => {
    // Same-format local moments compare as strings.
    if (incident.acknowledgedAt !== null && incident.acknowledgedAt < incident.openedAt) {
      ctx.addIssue({ code: 'custom', path: ['acknowledgedAt'], message: 'Acknowledged before it was opened' });
    }
    if (incident.resolvedAt !== null && incident.resolvedAt < incident.openedAt) {
      ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'Resolved before it was opened' });
    }
  });
export type Incident = z.infer<typeof incidentSchema>;

export const systemSchema = z.object({
  name: shortText,
  purpose: longText,
  forbiddenUses: longText,
  owner: shortText,
  autonomousDecisions: longText,
  humanApprovalPoints: longText,
});
export type SystemDescription = z.infer<typeof systemSchema>;

const answer = z.boolean().nullable();
export const tierAnswersSchema = z.object({
  affectsCustomers: answer,
  decisionsAboutPeople: answer,
  safetyOrMoney: answer,
  regulatedSector: answer,
  euUsers: answer,
});
export type TierAnswers = z.infer<typeof tierAnswersSchema>;

export const scoreSnapshotSchema = z.object({
  date: isoDateSchema,
  overall: z.number().min(0).max(1),
  byArea: z.record(z.string(), z.number().min(0).max(1)),
  blockers: z.number().int().min(0),
});
export type ScoreSnapshot = z.infer<typeof scoreSnapshotSchema>;

export const planSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: idSchema,
  name: z.string().trim().min(1, 'A plan needs a name').max(200),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Plan version: increases with every saved change; printed on every report page. */
  revision: z.number().int().min(1),
  archived: z.boolean(),
  templateId: z.string().nullable(),
  system: systemSchema,
  riskTier: riskTierSchema.nullable(),
  tierAnswers: tierAnswersSchema,
  checklist: checklistSchema,
  thresholds: z.array(thresholdSchema),
  stages: z.array(stageSchema),
  statisticalConfidence: z.boolean(),
  /** An output "needs little editing" below this editing share, in percent. */
  editingShareLimit: z.number().min(0).max(100),
  /**
   * "A task takes N minutes by hand", as the lead enters it (schema 3): the time saved of outputs
   * whose file gives no minutes by hand. Null: unknown, and then the time saved is never assumed.
   */
  manualMinutesPerTask: z.number().positive().max(100_000).nullable().default(null),
  scoreHistory: z.array(scoreSnapshotSchema),
  /** Imported pilot files with their provenance; their rows are stored beside the plan. */
  imports: z.array(importRecordSchema).max(500),
  columnMappings: rememberedMappingsSchema,
  communicationPlan: z.array(communicationRowSchema).max(200),
  /** Measured values recorded by hand (schema 2; absent in plans saved before them). */
  handValues: z.array(handValueSchema).max(5000).default([]),
  /**
   * The incident register: null until the lead says it is kept (from that day, a week without an
   * incident is 0 incidents; before, an empty register proves nothing).
   */
  incidentsKeptSince: isoDateSchema.nullable().default(null),
  incidents: z.array(incidentSchema).max(5000).default([]),
});
export type Plan = z.infer<typeof planSchema>;

export const planSummarySchema = planSchema.pick({
  id: true,
  name: true,
  archived: true,
  updatedAt: true,
  riskTier: true,
  revision: true,
}).extend({
  /**
   * Present when the stored plan no longer matches the seal the app wrote with it (changed outside
   * the app) and the user has not yet accepted it: `lastSavedAt`, when the app last wrote it (null
   * when that cannot be read either); `previous`, the previous version the user may restore instead.
   */
  changedOutsideApp: z
    .object({
      lastSavedAt: z.string().nullable(),
      previous: z.object({ revision: z.number().int(), savedAt: z.string() }).nullable(),
    })
    .optional(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export function toSummary(plan: Plan): PlanSummary {
  const { id, name, archived, updatedAt, riskTier, revision } = plan;
  return { id, name, archived, updatedAt, riskTier, revision };
}

export const themeSchema = z.enum(['system', 'light', 'dark']);
export const settingsSchema = z.object({
  schemaVersion: z.literal(1),
  /** Typed once per machine; signs decisions. */
  authorName: shortText,
  theme: themeSchema,
  lastPlanId: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { schemaVersion: 1, authorName: '', theme: 'system', lastPlanId: null };
