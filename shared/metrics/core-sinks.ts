/** Column sinks of the first kinds: usage, quality, satisfaction, operations, reviews, shadow runs and test results. */
import { reviewDecisions, type RowByKind } from '../csv/kinds';
import { TRI_NO, TRI_UNKNOWN, TRI_YES } from './columns';
import { DictBuilder, Growable, shrinkable, trimmed } from './growing-columns';
import { TimedBase, type Sink } from './timed-base';

export function usageSink(capacity: number): Sink<RowByKind['usage']> {
  const uses = new Growable(shrinkable(Float32Array, capacity));
  const base = new TimedBase(capacity, [uses]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (row.uses !== null && !Number.isFinite(row.uses)) throw new RangeError(`Use count ${row.uses} on line ${row.line} is not a number`);
      const i = base.next(row);
      if (row.uses === null) uses.data[i] = NaN;
      else {
        uses.data[i] = row.uses;
        uses.used = true;
      }
    },
    finish: () => ({ kind: 'usage', ...base.common(), uses: uses.take(base.length, true) }),
  };
}

export function qualitySink(capacity: number): Sink<RowByKind['quality']> {
  const share = new Growable(shrinkable(Float64Array, capacity));
  // Most editing logs give a share only: the minutes columns cost nothing until a row has minutes.
  const editing = new LazyMinutes();
  const manual = new LazyMinutes();
  const base = new TimedBase(capacity, [share, editing, manual]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (!Number.isFinite(row.editingShare)) throw new RangeError(`Editing share ${row.editingShare} on line ${row.line} is not a number`);
      const i = base.next(row);
      share.data[i] = row.editingShare;
      editing.put(i, row.editingMinutes, base.line.data.length);
      manual.put(i, row.manualMinutes, base.line.data.length);
    },
    finish: () => ({
      kind: 'quality',
      ...base.common(),
      editingShare: trimmed(share.data, base.length),
      editingMinutes: editing.take(base.length),
      manualMinutes: manual.take(base.length),
    }),
  };
}

/**
 * A minutes column allocated on its first value (NaN before and wherever a row has none). Once it
 * exists, every row writes its slot (a value or NaN), so only the rows before the first value are
 * filled with NaN: the room past the last row is never touched and costs no memory (see `trimmed`).
 */
class LazyMinutes {
  private data: Float64Array | null = null;
  ensure(length: number): void {
    const data = this.data;
    if (data === null || length <= data.length) return;
    const next = shrinkable(Float64Array, Math.max(length, data.length * 2));
    next.set(data);
    this.data = next;
  }
  put(i: number, value: number | undefined, capacity: number): void {
    if (value === undefined || value === null) {
      if (this.data !== null) this.data[i] = NaN;
      return;
    }
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Minutes ${value} on row ${i + 1} are not a duration`);
    if (this.data === null) this.data = shrinkable(Float64Array, capacity).fill(NaN, 0, i);
    this.data[i] = value;
  }
  take(length: number): Float64Array | null {
    return this.data === null ? null : trimmed(this.data, length);
  }
}

export function satisfactionSink(capacity: number): Sink<RowByKind['satisfaction']> {
  const rating = new Growable(shrinkable(Uint8Array, capacity));
  const comment = new DictBuilder(capacity);
  const base = new TimedBase(capacity, [rating, comment.codes]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (!Number.isInteger(row.rating) || row.rating < 1 || row.rating > 5) {
        throw new RangeError(`Rating ${row.rating} on line ${row.line} is not a whole number 1–5`);
      }
      const i = base.next(row);
      rating.data[i] = row.rating;
      comment.put(i, row.comment);
    },
    finish: () => ({
      kind: 'satisfaction',
      ...base.common(),
      rating: trimmed(rating.data, base.length),
      comment: comment.take(base.length, true),
    }),
  };
}

/** Optional measures of an operations row, in column order. */
const operationsMeasures = ['errors', 'latencySeconds', 'cost', 'escalations', 'thumbsUp', 'thumbsDown'] as const;

export function operationsSink(capacity: number): Sink<RowByKind['operations']> {
  const requests = new Growable(shrinkable(Float64Array, capacity));
  const measures = operationsMeasures.map(() => new Growable(shrinkable(Float64Array, capacity)));
  const base = new TimedBase(capacity, [requests, ...measures]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (!Number.isFinite(row.requests) || row.requests < 0) throw new RangeError(`Requests ${row.requests} on line ${row.line} is not a count`);
      const i = base.next(row);
      requests.data[i] = row.requests;
      for (let m = 0; m < operationsMeasures.length; m++) {
        const value = row[operationsMeasures[m] as (typeof operationsMeasures)[number]];
        const column = measures[m] as Growable<Float64Array>;
        if (value === null) column.data[i] = NaN;
        else {
          if (!Number.isFinite(value)) throw new RangeError(`${operationsMeasures[m]} ${value} on line ${row.line} is not a number`);
          column.data[i] = value;
          column.used = true;
        }
      }
    },
    finish: () => {
      const n = base.length;
      const [errors, latency, cost, escalations, thumbsUp, thumbsDown] = measures.map((m) => m.take(n, true));
      return {
        kind: 'operations',
        ...base.common(),
        requests: trimmed(requests.data, n),
        errors: errors ?? null,
        latency: latency ?? null,
        cost: cost ?? null,
        escalations: escalations ?? null,
        thumbsUp: thumbsUp ?? null,
        thumbsDown: thumbsDown ?? null,
      };
    },
  };
}

export function reviewsSink(capacity: number): Sink<RowByKind['reviews']> {
  const decision = new Growable(shrinkable(Uint8Array, capacity));
  const minutes = new Growable(shrinkable(Float64Array, capacity));
  const base = new TimedBase(capacity, [decision, minutes]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      const code = reviewDecisions.indexOf(row.decision);
      if (code < 0) throw new RangeError(`Decision ${row.decision} on line ${row.line} is not approved, edited or rejected`);
      const i = base.next(row);
      decision.data[i] = code;
      if (row.minutes === null) minutes.data[i] = NaN;
      else {
        minutes.data[i] = row.minutes;
        minutes.used = true;
      }
    },
    finish: () => ({ kind: 'reviews', ...base.common(), decision: trimmed(decision.data, base.length), minutes: minutes.take(base.length, true) }),
  };
}

export function shadowSink(capacity: number): Sink<RowByKind['shadow']> {
  const match = new Growable(shrinkable(Uint8Array, capacity));
  const base = new TimedBase(capacity, [match]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      const i = base.next(row);
      match.data[i] = row.match ? 1 : 0;
    },
    finish: () => ({ kind: 'shadow', ...base.common(), match: trimmed(match.data, base.length) }),
  };
}

export function testResultSink(capacity: number): Sink<RowByKind['test_results']> {
  let length = 0;
  const line = new Growable(shrinkable(Uint32Array, capacity));
  const group = new DictBuilder(capacity);
  const caseId = new DictBuilder(capacity);
  const correct = new Growable(shrinkable(Uint8Array, capacity));
  const hallucination = new Growable(shrinkable(Uint8Array, capacity));
  const latency = new Growable(shrinkable(Float64Array, capacity));
  return {
    get length() {
      return length;
    },
    append(row) {
      const i = length;
      if (i === line.data.length) {
        for (const column of [line, group.codes, caseId.codes, correct, hallucination, latency]) column.ensure(i * 2);
      }
      line.data[i] = row.line;
      group.put(i, row.group);
      caseId.put(i, row.caseId);
      correct.data[i] = tri(row.correct);
      hallucination.data[i] = tri(row.hallucination);
      if (row.latencySeconds !== null && !Number.isFinite(row.latencySeconds)) {
        throw new RangeError(`Latency ${row.latencySeconds} on line ${row.line} is not a number`);
      }
      if (row.latencySeconds === null) latency.data[i] = NaN;
      else {
        latency.data[i] = row.latencySeconds;
        latency.used = true;
      }
      length = i + 1;
    },
    finish: () => ({
      kind: 'test_results',
      rowCount: length,
      line: trimmed(line.data, length),
      group: group.take(length, true),
      caseId: caseId.take(length, false)!,
      correct: trimmed(correct.data, length),
      hallucination: trimmed(hallucination.data, length),
      latency: latency.take(length, true),
    }),
  };
}

function tri(value: boolean | null): number {
  return value === null ? TRI_UNKNOWN : value ? TRI_YES : TRI_NO;
}
