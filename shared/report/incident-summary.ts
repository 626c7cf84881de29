import { formatDate, formatList, formatTimestamp } from '../format/format';
import { responseTimeWords, responseMinutes, responseShare, responseShareWords, responseStatus, severityLabels, targetWords, unknownResponseWords } from '../incidents';
import { incidentSeverities, type Incident, type IncidentSeverity, type Plan } from '../model/schema';
import type { Tone } from './report-model';
import { countText } from './report-text';

/*
 * The incident register on paper (SPEC §5, §8): per stage the incidents by severity, the open
 * ones, the share answered within target and the rollbacks; then the open incidents themselves.
 */

/** How many open incidents the summary lists, most severe first; the Stages tab has them all. */
export const OPEN_INCIDENTS_SHOWN = 4;
/** An open incident's description is cut to one line on paper (with "…"); the Stages tab has it whole. */
export const DESCRIPTION_CHARS = 110;

export interface IncidentStageRow {
  /** "Stage 1: Internal pilot". */
  readonly stage: string;
  readonly total: number;
  /** Incidents per severity, critical first. */
  readonly bySeverity: Readonly<Record<IncidentSeverity, number>>;
  readonly open: number;
  /** "2 of 3 (67%)", "None decided yet" (none acknowledged or overdue), or "—" without incidents. */
  readonly withinTarget: string;
  readonly rollbacks: number;
}

export interface OpenIncidentRow {
  readonly stage: string;
  readonly severity: string;
  readonly tone: Tone;
  /** "2026-11-03 10:15". */
  readonly opened: string;
  /** "Acknowledged in 12 min (target 15 min)" or "Not acknowledged — past its 15 min target". */
  readonly response: string;
  readonly description: string;
  readonly rollback: boolean;
}

export interface IncidentSection {
  /** Whether the register is kept, and what an empty week means. */
  readonly register: string;
  /** "5 incidents, 1 open; 3 of 4 answered within target; 1 rollback", or null without incidents. */
  readonly summary: string | null;
  /** One row per stage with at least one incident, in plan order. */
  readonly rows: readonly IncidentStageRow[];
  /** "No incident recorded for stage 1 and stage 3.": the stages the table leaves out, or null. */
  readonly noIncidents: string | null;
  readonly open: readonly OpenIncidentRow[];
  /** "and 3 more open incidents: the Stages tab lists every one.", or null. */
  readonly moreOpen: string | null;
  /** "Descriptions are cut to one line here; …", or null when none was cut. */
  readonly cutNote: string | null;
}

type Register = Pick<Plan, 'stages' | 'incidents' | 'incidentsKeptSince'>;

const severityRank: Record<IncidentSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const severityTones: Record<IncidentSeverity, Tone> = { critical: 'bad', high: 'bad', medium: 'warn', low: 'neutral' };

const isOpen = (incident: Incident): boolean => incident.resolvedAt === null;

/** "2026-11-03 10:15" from a local moment `YYYY-MM-DDTHH:MM`. */
const momentText = (moment: string): string => formatTimestamp(moment);

function shareText(incidents: readonly Incident[], now: string): string {
  if (incidents.length === 0) return '—';
  const words = responseShareWords(responseShare(incidents, now), true);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function responseText(incident: Incident, now: string): string {
  const target = targetWords(incident.severity);
  const minutes = responseMinutes(incident);
  if (minutes !== null) return `Acknowledged in ${responseTimeWords(minutes)} (target ${target})${responseStatus(incident, now) === 'late' ? ', late' : ''}`;
  const status = responseStatus(incident, now);
  if (status === 'unknown') return unknownResponseWords(incident);
  if (status === 'within') return `Resolved within its ${target} target (no acknowledged time)`;
  return status === 'overdue' ? `Not acknowledged, past its ${target} target` : `Not acknowledged yet (target ${target})`;
}

function registerText(register: Register): string {
  if (register.incidentsKeptSince !== null) {
    return `Register kept since ${formatDate(register.incidentsKeptSince)}: a week since then without an incident counts as none.`;
  }
  return register.incidents.length === 0
    ? 'No incident register is kept for this plan: no incident is recorded, and an empty week proves nothing (critical-incident gates cannot pass on it).'
    : 'The register is not said to be complete: the incidents below are recorded, but a week without one proves nothing.';
}

/** Open incidents of one stage in words for the bottom line: "None open", "2 open: 1 critical, 1 high", or "Register not kept". */
export function openIncidentWords(register: Register, stageId: string): { text: string; tone: Tone } {
  const open = register.incidents.filter((i) => i.stageId === stageId && isOpen(i));
  if (open.length === 0) {
    return register.incidentsKeptSince === null && register.incidents.length === 0
      ? { text: 'Register not kept', tone: 'neutral' }
      : { text: 'None open', tone: 'good' };
  }
  const parts = incidentSeverities.flatMap((s) => {
    const n = open.filter((i) => i.severity === s).length;
    return n > 0 ? [`${n} ${s}`] : [];
  });
  const worst = open.reduce((a, b) => (severityRank[b.severity] < severityRank[a.severity] ? b : a));
  return { text: `${open.length} open: ${parts.join(', ')}`, tone: severityTones[worst.severity] };
}

/**
 * The incidents section of the summary. `now` is the local moment the summary is generated
 * (`YYYY-MM-DDTHH:MM`): an unacknowledged incident is overdue once its target has passed by then.
 */
export function incidentSection(register: Register, now: string): IncidentSection {
  const { incidents } = register;
  const stageName = new Map(register.stages.map((s, i) => [s.id, `Stage ${i + 1}: ${s.name}`]));
  const rows: IncidentStageRow[] = register.stages.flatMap((stage, index) => {
    const own = incidents.filter((i) => i.stageId === stage.id);
    if (own.length === 0) return [];
    const bySeverity = Object.fromEntries(incidentSeverities.map((s) => [s, own.filter((i) => i.severity === s).length])) as Record<IncidentSeverity, number>;
    return [
      {
        stage: `Stage ${index + 1}: ${stage.name}`,
        total: own.length,
        bySeverity,
        open: own.filter(isOpen).length,
        withinTarget: shareText(own, now),
        rollbacks: own.filter((i) => i.rollback).length,
      },
    ];
  });
  const quiet = register.stages.flatMap((stage, index) => (incidents.length > 0 && !incidents.some((i) => i.stageId === stage.id) ? [`stage ${index + 1}`] : []));
  const open = incidents
    .filter(isOpen)
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : 0));
  const shown = open.slice(0, OPEN_INCIDENTS_SHOWN);
  let cut = false;
  const openRows = shown.map((i): OpenIncidentRow => {
    const text = i.description.replace(/\s+/g, ' ').trim();
    const long = text.length > DESCRIPTION_CHARS;
    cut ||= long;
    return {
      stage: stageName.get(i.stageId) ?? 'A removed stage',
      severity: severityLabels[i.severity],
      tone: severityTones[i.severity],
      opened: momentText(i.openedAt),
      response: responseText(i, now),
      description: long ? `${text.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : text,
      rollback: i.rollback,
    };
  });
  const more = open.length - shown.length;
  const rollbacks = incidents.filter((i) => i.rollback).length;
  const share = responseShare(incidents, now);
  return {
    register: registerText(register),
    summary:
      incidents.length === 0
        ? null
        : `${countText(incidents.length, 'incident')}, ${open.length} open; answered within target: ${responseShareWords(share)}; ${countText(rollbacks, 'rollback')}.`,
    rows,
    noIncidents: quiet.length === 0 ? null : `No incident recorded for ${formatList(quiet)}.`,
    open: openRows,
    moreOpen: more > 0 ? `and ${countText(more, 'more open incident')}: the Stages tab lists every one.` : null,
    cutNote: cut ? 'Long descriptions are cut to one line here; the Stages tab shows them whole.' : null,
  };
}
