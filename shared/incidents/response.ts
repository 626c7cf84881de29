import type { Incident, IncidentSeverity } from '../model/schema';

/** SPEC §2: respond to a critical incident within 15 minutes, high 1 hour, medium 4 hours, low 24 hours. */
export const responseTargetMinutes: Record<IncidentSeverity, number> = { critical: 15, high: 60, medium: 240, low: 1440 };

export const severityLabels: Record<IncidentSeverity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** "15 min", "1 h", "24 h". */
export function targetWords(severity: IncidentSeverity): string {
  const minutes = responseTargetMinutes[severity];
  return minutes < 60 ? `${minutes} min` : `${minutes / 60} h`;
}

/** Minutes since 1970 of a local moment `YYYY-MM-DDTHH:MM` (no zone: both ends are read alike, so differences are exact). */
export function minutesOf(moment: string): number {
  const [date = '', time = ''] = moment.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0) / 60_000;
}

/**
 * Whether an incident was answered (acknowledged) within its severity's target:
 * within / late once acknowledged; while not acknowledged, overdue once the target has passed
 * on `now`, otherwise waiting (not yet counted either way).
 */
export type ResponseStatus = 'within' | 'late' | 'overdue' | 'waiting';

export function responseStatus(incident: Incident, now: string): ResponseStatus {
  const target = responseTargetMinutes[incident.severity];
  const opened = minutesOf(incident.openedAt);
  if (incident.acknowledgedAt !== null) return minutesOf(incident.acknowledgedAt) - opened <= target ? 'within' : 'late';
  return minutesOf(now) - opened > target ? 'overdue' : 'waiting';
}

/** Minutes from opened to acknowledged; null while not acknowledged. */
export function responseMinutes(incident: Incident): number | null {
  return incident.acknowledgedAt === null ? null : minutesOf(incident.acknowledgedAt) - minutesOf(incident.openedAt);
}

export interface ResponseShare {
  /** Answered within target. */
  readonly within: number;
  /** Incidents whose response is decided: within, late or overdue (waiting ones are not counted yet). */
  readonly decided: number;
  /** within ÷ decided × 100; null when none is decided. */
  readonly percent: number | null;
}

/** The share of incidents answered within their target, on `now`. */
export function responseShare(incidents: readonly Incident[], now: string): ResponseShare {
  let within = 0;
  let decided = 0;
  for (const incident of incidents) {
    const status = responseStatus(incident, now);
    if (status === 'waiting') continue;
    decided += 1;
    if (status === 'within') within += 1;
  }
  return { within, decided, percent: decided === 0 ? null : (100 * within) / decided };
}

/** A response time as the screens and the report write it: "12 min", "1 h 15 min", "3 h". */
export function responseTimeWords(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest > 0 ? ` ${rest} min` : ''}`;
}
