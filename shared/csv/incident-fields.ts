import type { FieldRequirement, ImportField } from './fields';

/**
 * Fields of an incidents file for the plan's incident register (issue 10). The opened moment is the
 * `date` field, so the date order question and the stage placement work as for every dated kind.
 */
export const incidentFields: Record<'incidentId' | 'severity' | 'opened' | 'acknowledged' | 'resolved' | 'description' | 'rollback', ImportField> = {
  incidentId: {
    id: 'incidentId',
    label: 'Incident ID',
    required: false,
    type: 'id',
    aliases: ['incident id', 'incident', 'incident number', 'incident no', 'incident key', 'issue key', 'issue id', 'ticket', 'ticket id', 'id', 'key', 'number', 'ref', 'reference', 'störung', 'vorfall', 'incidente'],
  },
  severity: {
    id: 'severity',
    label: 'Severity',
    required: true,
    type: 'severity',
    aliases: ['severity', 'sev', 'priority', 'prio', 'impact', 'severity level', 'level', 'schweregrad', 'priorität', 'gravité', 'sévérité', 'gravedad', 'severidad', 'ernst'],
  },
  opened: {
    id: 'date',
    label: 'Opened',
    required: true,
    type: 'date',
    aliases: [
      'opened', 'opened at', 'opened on', 'open time', 'date opened', 'created', 'created at', 'start', 'started', 'started at', 'start time',
      'detected', 'detected at', 'reported', 'reported at', 'triggered', 'triggered at', 'incident start', 'incident date', 'date', 'time',
      'timestamp', 'eröffnet', 'gemeldet', 'ouvert', 'abierto', 'geopend',
    ],
  },
  acknowledged: {
    id: 'acknowledged',
    label: 'Acknowledged',
    required: false,
    type: 'moment',
    aliases: ['acknowledged', 'acknowledged at', 'ack', 'acked', 'ack time', 'responded', 'responded at', 'response time', 'first response', 'quittiert', 'bestätigt', 'pris en compte', 'reconocido'],
  },
  resolved: {
    id: 'resolved',
    label: 'Resolved',
    required: false,
    type: 'moment',
    aliases: ['resolved', 'resolved at', 'closed', 'closed at', 'fixed', 'fixed at', 'mitigated', 'end', 'ended', 'end time', 'gelöst', 'behoben', 'résolu', 'resuelto', 'opgelost'],
  },
  description: {
    id: 'description',
    label: 'What happened',
    required: true,
    type: 'text',
    aliases: ['description', 'what happened', 'summary', 'title', 'subject', 'details', 'incident description', 'beschreibung', 'zusammenfassung', 'résumé', 'descripción', 'omschrijving'],
  },
  rollback: {
    id: 'rollback',
    label: 'Rollback (yes/no)',
    required: false,
    type: 'boolean',
    aliases: ['rollback', 'rolled back', 'rollback taken', 'rollback done', 'reverted', 'rückrollung', 'zurückgerollt', 'retour arrière', 'reversión'],
  },
};

export const incidentRequirements: readonly FieldRequirement[] = [
  { label: 'Severity', anyOf: [['severity']] },
  { label: 'Opened', anyOf: [['date']] },
  { label: 'What happened', anyOf: [['description']] },
];
