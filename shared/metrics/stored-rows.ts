import { reviewDecisions, rowSeverities, type ImportKind } from '../csv/kinds';
import { dictValue, NO_DAY, NO_WEEK, TRI_UNKNOWN, TRI_YES, type ColumnsOf, type StoredRowByKind, type TimedColumns } from './columns';
import { isoFromDay } from './day-number';
import { minutesMoment } from './kind-sinks';

/**
 * Row `i` of stored columns as a row object again: for evidence ("the rows it came from"),
 * rejected-row style listings and tests. Not for bulk work; the metrics read the arrays.
 */
export function storedRowAt<K extends ImportKind>(columns: ColumnsOf<K>, i: number): StoredRowByKind[K] {
  const c = columns as ColumnsOf<ImportKind>;
  if (i < 0 || i >= c.rowCount) throw new RangeError(`Row ${i} is outside 0..${c.rowCount - 1}`);
  switch (c.kind) {
    case 'usage': {
      const uses = c.uses?.[i] ?? NaN;
      return { ...timedRow(c, i), uses: Number.isNaN(uses) ? null : uses } as StoredRowByKind[K];
    }
    case 'quality': {
      const editing = c.editingMinutes?.[i] ?? NaN;
      const manual = c.manualMinutes?.[i] ?? NaN;
      const minutes = Number.isNaN(editing) || Number.isNaN(manual) ? {} : { editingMinutes: editing, manualMinutes: manual };
      return { ...timedRow(c, i), editingShare: c.editingShare[i] ?? NaN, ...minutes } as StoredRowByKind[K];
    }
    case 'satisfaction':
      return {
        ...timedRow(c, i),
        rating: c.rating[i] ?? 0,
        comment: dictValue(c.comment, i) ?? '',
      } as StoredRowByKind[K];
    case 'operations': {
      const at = (column: Float64Array | null): number | null => {
        const v = column?.[i] ?? NaN;
        return Number.isNaN(v) ? null : v;
      };
      return {
        ...timedRow(c, i),
        requests: c.requests[i] ?? 0,
        errors: at(c.errors),
        latencySeconds: at(c.latency),
        cost: at(c.cost),
        escalations: at(c.escalations),
        thumbsUp: at(c.thumbsUp),
        thumbsDown: at(c.thumbsDown),
      } as StoredRowByKind[K];
    }
    case 'reviews': {
      const minutes = c.minutes?.[i] ?? NaN;
      return {
        ...timedRow(c, i),
        decision: reviewDecisions[c.decision[i] ?? 0] ?? 'approved',
        minutes: Number.isNaN(minutes) ? null : minutes,
      } as StoredRowByKind[K];
    }
    case 'shadow':
      return { ...timedRow(c, i), match: c.match[i] === 1 } as StoredRowByKind[K];
    case 'weekly_figures': {
      const at = (column: Float64Array | null): number | null => {
        const v = column?.[i] ?? NaN;
        return Number.isNaN(v) ? null : v;
      };
      return {
        ...timedRow(c, i),
        metric: dictValue(c.metric, i) ?? '',
        value: at(c.value),
        numerator: at(c.numerator),
        denominator: at(c.denominator),
        sample: at(c.sample),
      } as StoredRowByKind[K];
    }
    case 'incidents': {
      const moment = (column: Float64Array | null): string | null => {
        const v = column?.[i] ?? NaN;
        return Number.isNaN(v) ? null : minutesMoment(v);
      };
      return {
        ...timedRow(c, i),
        incidentId: dictValue(c.incidentId, i) ?? '',
        severity: rowSeverities[c.severity[i] ?? 3] ?? 'low',
        openedAt: moment(c.opened) ?? '',
        acknowledgedAt: moment(c.acknowledged),
        resolvedAt: moment(c.resolved),
        description: dictValue(c.description, i) ?? '',
        rollback: c.rollback[i] === 1,
      } as StoredRowByKind[K];
    }
    case 'test_results': {
      const latency = c.latency?.[i] ?? NaN;
      return {
        line: c.line[i] ?? 0,
        caseId: dictValue(c.caseId, i) ?? '',
        correct: triValue(c.correct[i]),
        hallucination: triValue(c.hallucination[i]),
        latencySeconds: Number.isNaN(latency) ? null : latency,
        group: dictValue(c.group, i),
      } as StoredRowByKind[K];
    }
  }
}

function timedRow(c: TimedColumns, i: number) {
  const day = c.day?.[i] ?? NO_DAY;
  const week = c.week?.[i] ?? NO_WEEK;
  return {
    line: c.line[i] ?? 0,
    date: day === NO_DAY ? null : isoFromDay(day),
    week: week === NO_WEEK ? null : week,
    stage: dictValue(c.stage, i),
    group: dictValue(c.group, i),
    userId: dictValue(c.user, i) ?? '',
  };
}

function triValue(code: number | undefined): boolean | null {
  return code === undefined || code === TRI_UNKNOWN ? null : code === TRI_YES;
}
