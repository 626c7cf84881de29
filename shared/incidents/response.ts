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
 * on `now`, otherwise waiting (not yet counted either way). Resolved with no acknowledged time
 * (an export without that column): within when resolved within the target (it was answered by
 * then), else unknown: whether it was answered in time cannot be told, never counted as late.
 */
export type ResponseStatus = 'within' | 'late' | 'overdue' | 'waiting' | 'unknown';

export function responseStatus(incident: Incident, now: string): ResponseStatus {
  const target = responseTargetMinutes[incident.severity];
  const opened = minutesOf(incident.openedAt);
  if (incident.acknowledgedAt !== null) return minutesOf(incident.acknowledgedAt) - opened <= target ? 'within' : 'late';
  if (incident.resolvedAt !== null) return minutesOf(incident.resolvedAt) - opened <= target ? 'within' : 'unknown';
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
  /** Resolved after the target with no acknowledged time: not counted either way. */
  readonly unknown: number;
}

/** The share of incidents answered within their target, on `now`. */
export function responseShare(incidents: readonly Incident[], now: string): ResponseShare {
  let within = 0;
  let decided = 0;
  let unknown = 0;
  for (const incident of incidents) {
    const status = responseStatus(incident, now);
    if (status === 'unknown') unknown += 1;
    if (status === 'waiting' || status === 'unknown') continue;
    decided += 1;
    if (status === 'within') within += 1;
  }
  return { within, decided, percent: decided === 0 ? null : (100 * within) / decided, unknown };
}

/**
 * "1 of 3", "none decided yet", with "(33%)" when `percent`; then the incidents that cannot be told, so a count of
 * "0 of 1" is never read as every incident answered late. One wording for the register, the dashboard and the summary.
 */
export function responseShareWords(share: ResponseShare, percent = false): string {
  const decided =
    share.percent === null ? 'none decided yet' : `${share.within} of ${share.decided}${percent ? ` (${Math.round(share.percent)}%)` : ''}`;
  if (share.unknown === 0) return decided;
  return `${decided}; cannot tell for ${share.unknown} (resolved after the target, no acknowledged time)`;
}

/** The words of one incident's response when its acknowledged time is not recorded and it was resolved after the target. */
export function unknownResponseWords(incident: Incident): string {
  return `Cannot tell: no acknowledged time, resolved after its ${targetWords(incident.severity)} target`;
}

/** A response time as the screens and the report write it: "12 min", "1 h 15 min", "3 h". */
export function responseTimeWords(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest > 0 ? ` ${rest} min` : ''}`;
}
