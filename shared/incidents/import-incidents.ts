import { formatTimestamp } from '../format/format';
import { sha256Hex } from '../csv/sha256';
import { storedRowAt } from '../metrics/stored-rows';
import type { IncidentColumns } from '../metrics/columns';
import { dayFromIso } from '../model/day-number';
import type { Incident } from '../model/schema';
import { stageCalendar, type StageInput } from '../metrics/stage-calendar';

/**
 * Incidents of an imported file merged into the plan's register (issue 10). Re-importing a file never
 * doubles an incident: a row is the same incident as one in the register when it has the same id (the
 * file's incident id) or, without an id, the same severity, opening moment and description. A known
 * incident is only completed by the file (an acknowledgement or resolution the register lacks, a rollback
 * that followed); where the file and the register disagree, the register is kept and the row says why.
 */

export type IncidentRowOutcome = 'added' | 'completed' | 'unchanged' | 'not_added';

export interface IncidentMergeRow {
  readonly line: number;
  readonly outcome: IncidentRowOutcome;
  /** Plain words: why a row was not added, or what was completed. */
  readonly reason: string;
}

export interface IncidentMerge {
  /** The register after the import (the plan's incidents, in order, new ones at the end). */
  readonly incidents: Incident[];
  readonly added: number;
  readonly completed: number;
  readonly unchanged: number;
  readonly notAdded: number;
  /** One entry per imported row, in file order. */
  readonly rows: readonly IncidentMergeRow[];
}

/** The content key of an incident: what makes two records of one incident the same without an id. */
export function incidentKey(i: Pick<Incident, 'severity' | 'openedAt' | 'description'>): string {
  return `${i.severity}|${i.openedAt}|${sameText(i.description)}`;
}

function sameText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The register id of an imported incident: from the file's id, or from its content key. */
export function importedIncidentId(incidentId: string, key: string): string {
  if (incidentId !== '') return `ext:${incidentId.slice(0, 96)}`;
  return `key:${sha256Hex(new TextEncoder().encode(key)).slice(0, 24)}`;
}

const fillable = ['acknowledgedAt', 'resolvedAt'] as const;

const severityRank: Readonly<Record<Incident['severity'], number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * A later row of an incident this file added (an event log has one row per update): an escalation raises the
 * incident to the worst severity it reached, so a gate on severe incidents never misses it, and times the first
 * row lacked are filled. Returns what changed, for the row's reason ('' when nothing did).
 */
function raiseTwin(
  out: Incident[],
  addedHere: ReadonlySet<number>,
  id: string,
  byId: ReadonlyMap<string, number>,
  row: Pick<Incident, 'severity' | 'acknowledgedAt' | 'resolvedAt' | 'rollback'>,
): string {
  const at = byId.get(id);
  if (at === undefined || !addedHere.has(at)) return '';
  const known = out[at]!;
  const changes: string[] = [];
  const next: Incident = { ...known };
  if (severityRank[row.severity] < severityRank[known.severity]) {
    next.severity = row.severity;
    changes.push(`severity ${row.severity} here (${known.severity} before): counted as ${row.severity}`);
  }
  for (const field of fillable) {
    if (known[field] === null && row[field] !== null) {
      next[field] = row[field];
      changes.push(`${field === 'acknowledgedAt' ? 'acknowledged' : 'resolved'} taken from this line`);
    }
  }
  if (row.rollback && !known.rollback) {
    next.rollback = true;
    changes.push('rollback taken from this line');
  }
  out[at] = next;
  return changes.length > 0 ? `; ${changes.join('; ')}` : '';
}

/** Merges the rows of an incidents import into `register`; `stages` place rows without a stage by their opened date. */
export function mergeIncidents(register: readonly Incident[], columns: IncidentColumns, stages: readonly StageInput[]): IncidentMerge {
  const calendar = stageCalendar(stages);
  const out = [...register];
  const byId = new Map(out.map((inc, k) => [inc.id, k]));
  const byKey = new Map(out.map((inc, k) => [incidentKey(inc), k]));
  const seen = new Map<string, number>();
  // Incidents this file added: its later rows of the same incident may still raise or complete them.
  const addedHere = new Set<number>();
  const rows: IncidentMergeRow[] = [];
  const tally = { added: 0, completed: 0, unchanged: 0, notAdded: 0 };
  const note = (line: number, outcome: IncidentRowOutcome, reason: string): void => {
    rows.push({ line, outcome, reason });
    tally[outcome === 'not_added' ? 'notAdded' : outcome] += 1;
  };

  for (let i = 0; i < columns.rowCount; i++) {
    const row = storedRowAt(columns, i);
    const stageIndex = row.stage !== null ? calendar.stageNamed(row.stage) : calendar.stageOfDay(dayFromIso(row.date ?? '') ?? NaN);
    if (stageIndex < 0) {
      note(
        row.line,
        'not_added',
        row.stage !== null
          ? `Stage “${row.stage}” is not one of this plan's stages`
          : `Opened ${formatTimestamp(row.openedAt)} lies outside every stage's dates: name its stage in the file, or say which stage the file belongs to`,
      );
      continue;
    }
    const key = incidentKey(row);
    const id = importedIncidentId(row.incidentId, key);
    const incoming: Incident = {
      id,
      stageId: stages[stageIndex]!.id,
      severity: row.severity,
      openedAt: row.openedAt,
      acknowledgedAt: row.acknowledgedAt,
      resolvedAt: row.resolvedAt,
      description: row.description,
      rollback: row.rollback,
    };
    const at = byId.get(id) ?? (row.incidentId === '' ? byKey.get(key) : undefined);
    const twin = seen.get(id);
    if (twin !== undefined) {
      const again = `Same incident as line ${twin} of the file`;
      // A later row of an incident the register held before this file is checked like a first row: what it
      // says otherwise (an escalation) is reported, never dropped; the register stays as the lead keeps it.
      if (at !== undefined && !addedHere.has(at)) reconcile(at, incoming, row.line, `${again}. `);
      else {
        // An incident this file added: its later rows raise it to the worst severity and fill its times.
        const raised = raiseTwin(out, addedHere, id, byId, row);
        note(row.line, raised === '' ? 'not_added' : 'completed', `${again}${raised}`);
      }
      continue;
    }
    seen.set(id, row.line);
    if (at === undefined) {
      addedHere.add(out.length);
      byId.set(id, out.length);
      byKey.set(key, out.length);
      out.push(incoming);
      note(row.line, 'added', `Added: ${incoming.severity} incident opened ${formatTimestamp(incoming.openedAt)}`);
      continue;
    }
    reconcile(at, incoming, row.line, '');
  }

  /** A row of an incident already in the register: fills what the register lacks, reports what it says otherwise. */
  function reconcile(at: number, incoming: Incident, line: number, prefix: string): void {
    const known = out[at]!;
    const disagreements: string[] = [];
    const filled: Partial<Incident> = {};
    for (const field of ['severity', 'openedAt', 'stageId'] as const) {
      if (known[field] !== incoming[field]) disagreements.push(field === 'stageId' ? 'stage' : field === 'openedAt' ? 'opened' : field);
    }
    // Spacing and case of the text are no disagreement (the content key ignores them too).
    if (sameText(known.description) !== sameText(incoming.description)) disagreements.push('what happened');
    for (const field of fillable) {
      const mine = known[field];
      const theirs = incoming[field];
      if (theirs === null || mine === theirs) continue;
      if (mine === null) filled[field] = theirs;
      else disagreements.push(field === 'acknowledgedAt' ? 'acknowledged' : 'resolved');
    }
    if (incoming.rollback && !known.rollback) filled.rollback = true;
    else if (!incoming.rollback && known.rollback) disagreements.push('rollback');
    if (disagreements.length > 0) {
      note(line, 'not_added', `${prefix}Already in the register, which says otherwise about ${disagreements.join(', ')}: the register is kept; correct the incident on the stage view if the file is right`);
      return;
    }
    if (Object.keys(filled).length === 0) {
      note(line, 'unchanged', `${prefix}Already in the register`);
      return;
    }
    out[at] = { ...known, ...filled };
    note(line, 'completed', `${prefix}Completed in the register: ${Object.keys(filled).map((f) => (f === 'acknowledgedAt' ? 'acknowledged' : f === 'resolvedAt' ? 'resolved' : f)).join(', ')}`);
  }

  return { incidents: out, ...tally, rows };
}
