/** The incident register kept in the plan (SPEC §5): response targets and the critical-incident gate metric. */
export { criticalIncidentObservations, incidentWeek, NOT_KEPT, withIncidents } from './incident-observations';
export { responseTimeWords, minutesOf, responseMinutes, responseShare, responseShareWords, responseStatus, responseTargetMinutes, severityLabels, targetWords, unknownResponseWords, type ResponseShare, type ResponseStatus } from './response';
export { importedIncidentId, incidentKey, mergeIncidents, type IncidentMerge, type IncidentMergeRow, type IncidentRowOutcome } from './import-incidents';
