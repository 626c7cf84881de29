import { figureFields, figureRequirements } from './figures-fields';
import { incidentFields, incidentRequirements } from './incident-fields';
import type { FieldSpec, ImportKind } from './kinds';
import { operationsFields as ops, operationsRequirements } from './operations-fields';
import {
  decisionField,
  reviewerField,
  reviewMinutesField,
  reviewOutputField,
  reviewRequirements,
  shadowFields,
  shadowRequirements,
} from './review-fields';

/** How a field's cells are read. */
export type FieldType =
  | 'id'
  | 'text'
  | 'date'
  | 'week'
  | 'count'
  | 'percent'
  | 'minutes'
  | 'rating'
  | 'boolean'
  | 'seconds'
  /** A count, or yes/no for a single request (1 or 0): errors, escalations, thumbs. */
  | 'tally'
  /** A review decision: approved, edited or rejected. */
  | 'decision'
  /** A metric of the app's catalogue, by id or label. */
  | 'metric'
  /** A figure in its metric's unit: a number, maybe with a % sign. */
  | 'figure'
  /** An incident severity: critical / high / medium / low, or a synonym or numbered level. */
  | 'severity'
  /** A date with a time of day. */
  | 'moment';

export interface ImportField extends FieldSpec {
  readonly type: FieldType;
}

/**
 * A mapping requirement: at least one alternative must have all its fields mapped
 * (e.g. "date or week"; "editing share, or editing and manual minutes").
 */
export interface FieldRequirement {
  readonly label: string;
  readonly anyOf: readonly (readonly string[])[];
}

const userId: ImportField = {
  id: 'userId',
  label: 'User ID',
  required: true,
  type: 'id',
  aliases: [
    'user', 'user id', 'userid', 'user_id', 'user name', 'username', 'user email', 'employee', 'employee id',
    'employee number', 'emp id', 'staff id', 'staff', 'person', 'person id', 'participant', 'participant id',
    'member', 'agent', 'agent id', 'login', 'account', 'email', 'e-mail',
    'mail', 'user mail', 'pseudonym', 'anon id', 'benutzer', 'nutzer', 'mitarbeiter', 'utilisateur', 'usuario',
    'email address', 'e-mail address', 'recipient email', 'respondent email', 'benutzername', 'mitarbeiterin', 'e-mail-adresse',
    'employé', 'employe', 'salarié', 'adresse e-mail', 'adresse électronique', 'empleado', 'correo', 'correo electrónico',
    'gebruiker', 'medewerker', 'e-mailadres', 'responder', 'respondent email address',
  ],
};

const date: ImportField = {
  id: 'date',
  label: 'Date',
  required: false,
  type: 'date',
  aliases: [
    'date', 'day', 'timestamp', 'time stamp', 'datetime', 'date time', 'time', 'created', 'created at', 'created on',
    'submitted', 'submitted at', 'recorded at', 'event date', 'activity date', 'session date', 'response date',
    'usage date', 'output date', 'survey date', 'week start', 'week of', 'week beginning', 'when', 'datum', 'tag',
    'fecha',
    'start time', 'completion time', 'start date', 'end date', 'recorded date', 'date submitted', 'submitted on',
    'submit date', 'date created', 'created date', 'zeitstempel', 'erstellt', 'erstellt am', 'horodateur', 'horodatage',
    'date de création', 'marca temporal', 'fecha de creación', 'tijdstempel', 'aangemaakt', 'datum aangemaakt',
    // Per-user reports, one row per user and week (ChatGPT Enterprise's user engagement export).
    'period start', 'period start date', 'report date', 'week starting', 'start of week',
  ],
};

const week: ImportField = {
  id: 'week',
  label: 'Week number',
  required: false,
  type: 'week',
  aliases: ['week', 'week number', 'week no', 'week nr', 'week #', 'wk', 'stage week', 'pilot week', 'woche', 'kw', 'kalenderwoche', 'semaine', 'semana', 'weeknummer', 'numéro de semaine'],
};

const stage: ImportField = {
  id: 'stage',
  label: 'Stage',
  required: false,
  type: 'text',
  aliases: ['stage', 'stage name', 'phase', 'rollout stage', 'pilot stage', 'wave', 'stufe', 'étape', 'etapa', 'fase'],
};

const group: ImportField = {
  id: 'group',
  label: 'Group',
  required: false,
  type: 'text',
  aliases: [
    'group', 'team', 'department', 'dept', 'role', 'region', 'unit', 'business unit', 'segment', 'cohort',
    'function', 'location', 'office', 'site', 'user group', 'user type', 'abteilung', 'gruppe',
    'équipe', 'equipe', 'service', 'groupe', 'equipo', 'departamento', 'grupo', 'afdeling', 'groep',
  ],
};

/** Every field of every kind, in the order the mapping screen lists them. */
export const importFields: Record<ImportKind, readonly ImportField[]> = {
  usage: [
    userId,
    date,
    week,
    stage,
    group,
    {
      id: 'uses',
      label: 'Number of uses',
      required: false,
      type: 'count',
      aliases: [
        'uses', 'use count', 'usage count', 'usage', 'number of uses', 'uses count', 'count', 'sessions', 'requests',
        'queries', 'prompts', 'interactions', 'actions', 'messages', 'messages sent', 'message count', 'chats', 'conversations', 'nutzungen', 'how many times', 'times used', 'number of times',
        // Days of use in a week or period (Viva Insights' "Total_Copilot_active_days", Slack's "Days active"): 0 is no use.
        'active days', 'days active', 'wie oft', 'anzahl', 'utilisations', 'usos', 'gebruik', 'aantal'
      ],
    },
    {
      // Per-user reports list every user every week, the inactive ones too (ChatGPT Enterprise's "is_active"):
      // a row saying "not active" is no use, whatever else it holds.
      id: 'active',
      label: 'Active (yes/no)',
      required: false,
      type: 'boolean',
      aliases: ['active', 'is active', 'was active', 'active user', 'is active user', 'active this week', 'active in period', 'aktiv', 'actif', 'activo', 'actief'],
    },
  ],
  quality: [
    {
      id: 'outputId',
      label: 'Output ID',
      required: true,
      type: 'id',
      aliases: [
        'output id', 'output', 'outputid', 'id', 'item id', 'document id', 'doc id', 'draft id', 'response id',
        'request id', 'ticket id', 'task id', 'generation id', 'message id',
        'ausgabe id', 'ergebnis id', 'dokument id', 'entwurf id', 'id de sortie', 'id sortie', 'id document', 'id de salida',
        'id salida', 'uitvoer id', 'document nummer', 'draft', 'output number',
      ],
    },
    userId,
    date,
    week,
    {
      id: 'editingShare',
      label: 'Editing share (%)',
      required: false,
      type: 'percent',
      aliases: [
        'editing share', 'editing share percent', 'editing share pct', 'edit share', 'editing', 'editing %',
        'editing percent', 'editing pct', 'editing time %', 'editing time share', 'edit time share', 'percent edited',
        'pct edited', 'edited %', 'share edited', 'edit ratio', 'editing ratio', 'rework %', 'rework share',
        'correction share', 'bearbeitungsanteil', 'anteil bearbeitung', 'part de modification', 'part modifiée', 'porcentaje de edición', 'bewerkingsaandeel', 'edited %',
      ],
    },
    {
      id: 'editingMinutes',
      label: 'Editing minutes',
      required: false,
      type: 'minutes',
      aliases: [
        'editing minutes', 'edit minutes', 'editing time', 'edit time', 'minutes editing', 'editing min',
        'editing time minutes', 'time spent editing', 'correction time', 'correction minutes', 'rework minutes',
      ],
    },
    {
      id: 'manualMinutes',
      label: 'Minutes by hand',
      required: false,
      type: 'minutes',
      aliases: [
        'manual minutes', 'manual time', 'manual min', 'minutes by hand', 'time by hand', 'by hand minutes',
        'baseline minutes', 'baseline time', 'manual task minutes', 'task minutes', 'manual duration',
        'minutes without ai',
      ],
    },
    stage,
    group,
  ],
  satisfaction: [
    userId,
    date,
    week,
    {
      id: 'rating',
      label: 'Rating (1–5)',
      required: true,
      type: 'rating',
      aliases: [
        'rating', 'score', 'satisfaction', 'satisfaction score', 'satisfaction rating', 'csat', 'csat score', 'stars',
        'star rating', 'overall rating', 'overall satisfaction', 'grade', 'bewertung', 'zufriedenheit', 'note',
        'évaluation', 'satisfaction globale', 'puntuación', 'valoración', 'satisfacción', 'calificación', 'beoordeling',
        'tevredenheid', 'cijfer', 'waardering', 'sterne', 'étoiles',
      ],
    },
    {
      id: 'comment',
      label: 'Comment',
      required: false,
      type: 'text',
      aliases: [
        'comment', 'comments', 'feedback', 'remarks', 'remark', 'notes', 'free text', 'verbatim', 'why', 'reason',
        'kommentar', 'anmerkung', 'commentaire', 'anything else', 'improve', 'suggestion', 'suggestions', 'additional comments', 'other comments', 'anregungen', 'sugerencias', 'commentaires', 'remarque', 'comentario', 'comentarios', 'opmerking', 'toelichting', 'bemerkung',
      ],
    },
    stage,
    group,
  ],
  test_results: [
    {
      id: 'caseId',
      label: 'Case ID',
      required: true,
      type: 'id',
      aliases: [
        'case id', 'case', 'caseid', 'test id', 'test case', 'test case id', 'id', 'example id', 'question id',
        'prompt id', 'sample id', 'item id', 'item', 'test', 'test name',
      ],
    },
    {
      id: 'expected',
      label: 'Expected answer',
      required: false,
      type: 'text',
      aliases: [
        'expected', 'expected output', 'expected answer', 'expected result', 'gold', 'gold answer', 'ground truth',
        'reference', 'reference answer', 'label', 'target', 'truth', 'soll',
      ],
    },
    {
      id: 'actual',
      label: 'Actual answer',
      required: false,
      type: 'text',
      aliases: [
        'actual', 'actual output', 'actual answer', 'actual result', 'output', 'answer', 'response', 'prediction',
        'predicted', 'model output', 'model answer', 'result', 'ist',
      ],
    },
    {
      id: 'correct',
      label: 'Correct (yes/no)',
      required: false,
      type: 'boolean',
      // The verdict headers after 'korrekt' also name answers or states: read only over verdicts (column-evidence.ts).
      aliases: ['correct', 'is correct', 'accurate', 'pass', 'passed', 'match', 'matches', 'right', 'success', 'korrekt', 'result', 'test result', 'verdict', 'outcome', 'status', 'pass fail'],
    },
    {
      id: 'hallucination',
      label: 'Hallucination (yes/no)',
      required: false,
      type: 'boolean',
      aliases: [
        'hallucination', 'hallucinated', 'is hallucination', 'has hallucination', 'fabricated', 'fabrication',
        'made up', 'confabulation', 'halluzination',
      ],
    },
    {
      id: 'latency',
      label: 'Latency (seconds)',
      required: false,
      type: 'seconds',
      aliases: [
        'latency', 'latency s', 'latency sec', 'latency seconds', 'response time', 'response time s', 'duration',
        'duration s', 'time taken', 'elapsed', 'elapsed s', 'seconds', 'latency ms', 'latency millis',
        'response time ms', 'duration ms', 'elapsed ms', 'time ms', 'ms', 'milliseconds', 'antwortzeit',
        // Evaluation tools' run times (LangSmith's execution_time): a name without a unit is asked about.
        'execution time', 'execution time s', 'execution time ms', 'run time', 'runtime',
      ],
    },
    group,
  ],
  operations: [
    date,
    week,
    ops.requests,
    ops.errors,
    ops.latency,
    ops.cost,
    ops.escalations,
    ops.thumbsUp,
    ops.thumbsDown,
    ops.itemCount,
    ops.periodEnd,
    stage,
    group,
    { ...userId, required: false },
  ],
  reviews: [reviewOutputField, reviewerField, date, week, decisionField, reviewMinutesField, stage, group],
  shadow: [shadowFields.caseId, date, week, shadowFields.match, shadowFields.aiOutput, shadowFields.humanOutput, shadowFields.category, stage],
  weekly_figures: [
    week,
    date,
    figureFields.metric,
    figureFields.value,
    figureFields.numerator,
    figureFields.denominator,
    figureFields.sample,
    group,
    stage,
  ],
  incidents: [
    incidentFields.incidentId,
    incidentFields.severity,
    incidentFields.opened,
    incidentFields.acknowledged,
    incidentFields.resolved,
    stage,
    incidentFields.description,
    incidentFields.rollback,
  ],
};

/** What must be mapped before a file of each kind can be imported. */
export const fieldRequirements: Record<ImportKind, readonly FieldRequirement[]> = {
  usage: [
    { label: 'User ID', anyOf: [['userId']] },
    { label: 'Date or week number', anyOf: [['date'], ['week']] },
  ],
  quality: [
    { label: 'Output ID', anyOf: [['outputId']] },
    { label: 'User ID', anyOf: [['userId']] },
    { label: 'Date or week number', anyOf: [['date'], ['week']] },
    { label: 'Editing share, or editing minutes and minutes by hand', anyOf: [['editingShare'], ['editingMinutes', 'manualMinutes']] },
  ],
  satisfaction: [
    { label: 'User ID', anyOf: [['userId']] },
    { label: 'Date or week number', anyOf: [['date'], ['week']] },
    { label: 'Rating', anyOf: [['rating']] },
  ],
  test_results: [
    { label: 'Case ID', anyOf: [['caseId']] },
    {
      label: 'Something measured: correct, expected and actual answers, hallucination or latency',
      anyOf: [['correct'], ['expected', 'actual'], ['hallucination'], ['latency']],
    },
  ],
  operations: operationsRequirements,
  reviews: reviewRequirements,
  shadow: shadowRequirements,
  weekly_figures: figureRequirements,
  incidents: incidentRequirements,
};

/** Looks up a field of a kind by id. */
export function fieldById(kind: ImportKind, id: string): ImportField | undefined {
  return importFields[kind].find((f) => f.id === id);
}

/** Header names that say a latency column is in milliseconds. */
export function isMillisecondsHeader(header: string): boolean {
  return /(^|[^a-z])(ms|millis|milliseconds?)([^a-z]|$)/i.test(header) || /_ms$|ms\)$/i.test(header);
}
