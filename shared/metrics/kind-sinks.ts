/** Column sinks of the issue-10 kinds added after the core ones: weekly figures and incidents. */
import { rowSeverities, type RowByKind } from '../csv/kinds';
import type { EncodableColumns } from './columnar';
import { TimedBase, type Sink } from './timed-base';
import { DictBuilder, Growable, shrinkable, trimmed } from './growing-columns';

/** Minutes since 1970 of a local moment `YYYY-MM-DDTHH:MM` (read as UTC so both ends of a difference agree). */
export function momentMinutes(moment: string): number {
  const minutes = Date.parse(`${moment}:00Z`) / 60_000;
  if (!Number.isFinite(minutes)) throw new RangeError(`"${moment}" is not a YYYY-MM-DDTHH:MM moment`);
  return minutes;
}

/** `YYYY-MM-DDTHH:MM` back from `momentMinutes`. */
export function minutesMoment(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

function put(column: Growable<Float64Array>, i: number, value: number | null, what: string, line: number): void {
  if (value === null) {
    column.data[i] = NaN;
    return;
  }
  if (!Number.isFinite(value)) throw new RangeError(`${what} ${value} on line ${line} is not a number`);
  column.data[i] = value;
  column.used = true;
}

export function figuresSink(capacity: number): Sink<RowByKind['weekly_figures']> {
  const metric = new DictBuilder(capacity);
  const measures = [0, 1, 2, 3].map(() => new Growable(shrinkable(Float64Array, capacity)));
  const [value, numerator, denominator, sample] = measures as [Growable<Float64Array>, Growable<Float64Array>, Growable<Float64Array>, Growable<Float64Array>];
  const base = new TimedBase(capacity, [metric.codes, ...measures]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (row.metric === '') throw new RangeError(`The figure on line ${row.line} names no metric`);
      const i = base.next(row);
      metric.put(i, row.metric);
      put(value, i, row.value, 'Value', row.line);
      put(numerator, i, row.numerator, 'Numerator', row.line);
      put(denominator, i, row.denominator, 'Denominator', row.line);
      put(sample, i, row.sample, 'Sample', row.line);
    },
    finish: (): EncodableColumns => {
      const n = base.length;
      return {
        kind: 'weekly_figures',
        ...base.common(),
        metric: metric.take(n, false)!,
        value: value.take(n, true),
        numerator: numerator.take(n, true),
        denominator: denominator.take(n, true),
        sample: sample.take(n, true),
      };
    },
  };
}

export function incidentsSink(capacity: number): Sink<RowByKind['incidents']> {
  const incidentId = new DictBuilder(capacity);
  const description = new DictBuilder(capacity);
  const severity = new Growable(shrinkable(Uint8Array, capacity));
  const rollback = new Growable(shrinkable(Uint8Array, capacity));
  const moments = [0, 1, 2].map(() => new Growable(shrinkable(Float64Array, capacity)));
  const [opened, acknowledged, resolved] = moments as [Growable<Float64Array>, Growable<Float64Array>, Growable<Float64Array>];
  const base = new TimedBase(capacity, [incidentId.codes, description.codes, severity, rollback, ...moments]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      const code = rowSeverities.indexOf(row.severity);
      if (code < 0) throw new RangeError(`Severity ${row.severity} on line ${row.line} is not critical, high, medium or low`);
      const i = base.next(row);
      incidentId.put(i, row.incidentId === '' ? null : row.incidentId);
      description.put(i, row.description);
      severity.data[i] = code;
      rollback.data[i] = row.rollback ? 1 : 0;
      put(opened, i, momentMinutes(row.openedAt), 'Opened', row.line);
      put(acknowledged, i, row.acknowledgedAt === null ? null : momentMinutes(row.acknowledgedAt), 'Acknowledged', row.line);
      put(resolved, i, row.resolvedAt === null ? null : momentMinutes(row.resolvedAt), 'Resolved', row.line);
    },
    finish: (): EncodableColumns => {
      const n = base.length;
      return {
        kind: 'incidents',
        ...base.common(),
        incidentId: incidentId.take(n, true),
        severity: trimmed(severity.data, n),
        opened: trimmed(opened.data, n),
        acknowledged: acknowledged.take(n, true),
        resolved: resolved.take(n, true),
        description: description.take(n, false)!,
        rollback: trimmed(rollback.data, n),
      };
    },
  };
}
