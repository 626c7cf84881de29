import { formatDate, formatList } from '../format/format';
import type { Incident, Stage } from '../model/schema';

/** Incidents named one by one; beyond this, "and N more". */
const NAMED = 3;
const DESCRIPTION_CHARS = 60;

/**
 * A note for a stage whose critical incidents none of its criteria or triggers judges (the Team
 * workflow template has no incident criterion): the verdict stands on the criteria the plan set,
 * but it must not read as if the stage had none. Null when there is nothing to say. Only incidents
 * opened on or before `today` count.
 */
export function unjudgedIncidentNote(stage: Pick<Stage, 'id' | 'criteria' | 'triggers'>, incidents: readonly Incident[], today: string): string | null {
  if ([...stage.criteria, ...stage.triggers].some((c) => c.metric === 'critical_incidents')) return null;
  const critical = incidents
    .filter((i) => i.stageId === stage.id && i.severity === 'critical' && i.openedAt.slice(0, 10) <= today)
    .sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : 0));
  if (critical.length === 0) return null;
  const named = critical.slice(0, NAMED).map(describe);
  const more = critical.length > NAMED ? [`${critical.length - NAMED} more`] : [];
  const one = critical.length === 1;
  return (
    `${one ? 'A critical incident was' : `${critical.length} critical incidents were`} recorded in this stage: ${formatList([...named, ...more])}. ` +
    `No criterion or trigger of this stage judges incidents, so this verdict does not take ${one ? 'it' : 'them'} into account.`
  );
}

function describe(incident: Incident): string {
  const text = incident.description.length > DESCRIPTION_CHARS ? `${incident.description.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : incident.description;
  return `on ${formatDate(incident.openedAt.slice(0, 10))} (“${text}”${incident.rollback ? ', rollback taken' : ''})`;
}
