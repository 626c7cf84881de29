/** Row builder of an incidents file (issue 10): one incident for the plan's register, with its moments checked. */
import { formatCount } from '../format/format';
import type { IncidentRow } from './kinds';
import { readMoment } from './moments';
import { CommonReader, Keeper, missing, quote, reject, textCell, type RowBuilder, type RowContext, type RowOutcome, type Writable } from './row-common';
import { readSeverity } from './severity-words';
import { parseBoolean } from './values';
import { isNoValue, valueCell } from './no-value';

/** The register's limit on what happened (plan schema). */
const MAX_DESCRIPTION = 5000;

export function incidentsBuilder(ctx: RowContext): RowBuilder<'incidents'> {
  const common = new CommonReader(ctx);
  const keeper = new Keeper(ctx.copyStrings);
  const iId = ctx.columns.get('incidentId') ?? -1;
  const iSeverity = ctx.columns.get('severity') ?? -1;
  const iOpened = ctx.columns.get('date') ?? -1;
  const iAck = ctx.columns.get('acknowledged') ?? -1;
  const iResolved = ctx.columns.get('resolved') ?? -1;
  const iDescription = ctx.columns.get('description') ?? -1;
  const iRollback = ctx.columns.get('rollback') ?? -1;
  const format = ctx.settings.dateFormat ?? 'iso';
  const scale = ctx.settings.severityScale ?? null;
  const blank = (): Writable<IncidentRow> => ({
    line: 0, date: null, week: null, stage: null, group: null, userId: '', incidentId: '', severity: 'low',
    openedAt: '', acknowledgedAt: null, resolvedAt: null, description: '', rollback: false,
  });
  const shared = ctx.reuseRow ? blank() : null;

  /** A moment, null for an empty optional cell, undefined (with `out` filled) when unreadable. */
  function moment(cells: readonly string[], index: number, field: string, label: string, out: RowOutcome): string | null | undefined {
    const raw = index >= 0 ? valueCell(cells[index]) : '';
    if (raw === '') return null;
    const read = readMoment(raw, format);
    if ('moment' in read) return read.moment;
    const why = read.problem === 'time' ? 'has no time of day, so the response time cannot be worked out' : 'is not a date and time';
    reject(out, 'invalid_time', field, `${label} ${quote(raw)} ${why}`);
    return undefined;
  }

  return (cells, line, out): IncidentRow | null => {
    const rawSeverity = iSeverity >= 0 ? valueCell(cells[iSeverity]) : '';
    if (rawSeverity === '') return missing(out, 'incidents', 'severity');
    const severity = readSeverity(rawSeverity, scale);
    if (severity === null) {
      reject(out, 'invalid_severity', 'severity', `Severity ${quote(rawSeverity)} is not critical, high, medium or low, nor a level such as Sev1, P2 or “major”`);
      return null;
    }
    if (!('severity' in severity)) {
      reject(out, 'invalid_severity', 'severity', `Severity ${quote(rawSeverity)} is a numbered level, and the file does not show whether level 1 or level 0 is the most severe`);
      return null;
    }
    // ServiceNow writes "null" for an empty description: no description, never one that reads "null".
    const description = textCell(cells, iDescription, keeper);
    if (description === '' || isNoValue(description)) return missing(out, 'incidents', 'description');
    if (description.length > MAX_DESCRIPTION) {
      reject(out, 'invalid_number', 'description', `What happened is ${formatCount(description.length)} characters long; the register keeps at most ${formatCount(MAX_DESCRIPTION)}`);
      return null;
    }
    if (iOpened < 0 || valueCell(cells[iOpened]) === '') return missing(out, 'incidents', 'date');
    const openedAt = moment(cells, iOpened, 'date', 'Opened', out);
    if (openedAt === undefined) return null;
    if (!common.read(cells, out)) return null;
    const acknowledgedAt = moment(cells, iAck, 'acknowledged', 'Acknowledged', out);
    if (acknowledgedAt === undefined) return null;
    const resolvedAt = moment(cells, iResolved, 'resolved', 'Resolved', out);
    if (resolvedAt === undefined) return null;
    const opened = openedAt as string;
    if (acknowledgedAt !== null && acknowledgedAt < opened) {
      reject(out, 'time_order', 'acknowledged', `Acknowledged ${acknowledgedAt.replace('T', ' ')} is before opened ${opened.replace('T', ' ')}`);
      return null;
    }
    if (resolvedAt !== null && resolvedAt < opened) {
      reject(out, 'time_order', 'resolved', `Resolved ${resolvedAt.replace('T', ' ')} is before opened ${opened.replace('T', ' ')}`);
      return null;
    }
    let rollback = false;
    const rawRollback = iRollback >= 0 ? valueCell(cells[iRollback]) : '';
    if (rawRollback !== '') {
      const yes = parseBoolean(rawRollback);
      if (yes === null) {
        reject(out, 'invalid_boolean', 'rollback', `Rollback ${quote(rawRollback)} is not yes or no`);
        return null;
      }
      rollback = yes;
    }
    const row = shared ?? blank();
    common.fill(row, line);
    row.group = null;
    row.userId = '';
    row.incidentId = textCell(cells, iId, keeper);
    row.severity = severity.severity;
    row.openedAt = opened;
    row.acknowledgedAt = acknowledgedAt;
    row.resolvedAt = resolvedAt;
    row.description = description;
    row.rollback = rollback;
    return row;
  };
}
