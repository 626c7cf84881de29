import { dayOf, weekFirstDay } from '../gates/calendar';
import type { MetricObservations, Observation, ObservationLookup, WeeklyObservation } from '../gates/observations';
import type { Incident, Stage } from '../model/schema';

/**
 * The incident register as the `critical_incidents` gate metric (SPEC §5): per stage week, the
 * critical incidents opened in it. A week counts as observed with 0 incidents only when the
 * register was kept for the whole of it (`incidentsKeptSince` on or before its first day): an
 * empty register proves nothing about the time before the lead started keeping it. Weeks the
 * register does not cover still show the incidents recorded in them (a real count, but a
 * lower bound: enough to fail "no critical incident", never to pass it).
 */

export const NOT_KEPT =
  'No incident register is kept for this plan: record incidents on the stage view, or say there that the register is kept (from then on a week without incidents counts as none).';

/** What the register's observations need of a plan. */
export interface Register {
  readonly stages: readonly Stage[];
  readonly incidents: readonly Incident[];
  readonly incidentsKeptSince: string | null;
}

/** Week N of the stage an incident was opened in (1-based; incidents before the start count in week 1). */
export function incidentWeek(incident: Incident, start: number): number {
  const day = dayOf(incident.openedAt.slice(0, 10)) ?? start;
  return Math.max(1, Math.floor((day - start) / 7) + 1);
}

/** The critical-incident observations of one stage on `today` (`YYYY-MM-DD`). */
export function criticalIncidentObservations(register: Register, stageId: string, today: string): MetricObservations {
  if (register.incidentsKeptSince === null && register.incidents.length === 0) return { status: 'unmeasurable', why: { kind: 'no_file', message: NOT_KEPT } };
  const stage = register.stages.find((s) => s.id === stageId);
  const start = stage?.plannedStart ? dayOf(stage.plannedStart) : null;
  const todayDay = dayOf(today);
  if (!stage || start === null || todayDay === null) return { status: 'available', overall: { weeks: [], whole: null }, groups: new Map() };
  const kept = register.incidentsKeptSince === null ? null : dayOf(register.incidentsKeptSince);
  const critical = register.incidents.filter((i) => i.stageId === stageId && i.severity === 'critical');
  const perWeek = new Map<number, number>();
  for (const i of critical) {
    const w = incidentWeek(i, start);
    perWeek.set(w, (perWeek.get(w) ?? 0) + 1);
  }
  const lastWeek = Math.max(stage.durationWeeks ?? Math.floor((todayDay - start) / 7) + 1, ...perWeek.keys());
  const weeks: WeeklyObservation[] = [];
  let covered = 0;
  for (let week = 1; week <= lastWeek; week++) {
    const first = weekFirstDay(start, week);
    if (first > todayDay) break;
    const count = perWeek.get(week) ?? 0;
    const isCovered = kept !== null && kept <= first;
    if (isCovered) covered += 1;
    if (isCovered || count > 0) weeks.push({ week, ...countObservation(count) });
  }
  const total = critical.length;
  const wholeCovered = kept !== null && kept <= start && covered > 0;
  const whole: Observation | null = wholeCovered || total > 0 ? { ...countObservation(total), sample: Math.max(1, covered) } : null;
  return { status: 'available', overall: { weeks, whole }, groups: new Map(), noGroups: 'The incident register has no groups, so "in every group" cannot be checked.' };
}

function countObservation(value: number): Observation {
  return { value, successes: null, trials: null, sample: 1 };
}

/** The lookup with the register answering `critical_incidents` where no file measures it. */
export function withIncidents(lookup: ObservationLookup, register: Register, today: string): ObservationLookup {
  // Observations are compared by identity downstream (memoised charts, indexed series): one per stage.
  const cache = new Map<string, MetricObservations>();
  return (stageId, metric) => {
    const base = lookup(stageId, metric);
    if (metric !== 'critical_incidents' || base.status === 'available' || base.why.kind !== 'no_file') return base;
    let found = cache.get(stageId);
    if (found === undefined) {
      found = criticalIncidentObservations(register, stageId, today);
      cache.set(stageId, found);
    }
    return found;
  };
}
