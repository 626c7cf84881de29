import type { Stage } from '../model/schema';
import { dayFromIso } from './day-number';

/** What the metrics need to know of a stage; `enrolledByGroup` (from a roster file) gives adoption per group a denominator. */
export type StageInput = Pick<Stage, 'id' | 'name' | 'plannedStart' | 'durationWeeks' | 'enrolledUsers'> &
  Partial<Pick<Stage, 'enrolledByGroup'>>;

/** A stage's dates as day numbers, both inclusive; `end` null means "until further notice". */
export interface StageSpan {
  readonly start: number | null;
  readonly end: number | null;
}

/**
 * Each stage's date range (SPEC §5): start .. start + 7 × duration − 1; a stage without a
 * duration runs until the next stage starts, and the last such stage runs on.
 */
export function stageSpans(stages: readonly StageInput[]): StageSpan[] {
  const starts = stages.map((s) => (s.plannedStart === null ? null : dayFromIso(s.plannedStart)));
  return stages.map((stage, index) => {
    const start = starts[index] ?? null;
    if (start === null) return { start: null, end: null };
    if (stage.durationWeeks !== null) return { start, end: start + stage.durationWeeks * 7 - 1 };
    let next: number | null = null;
    for (const other of starts) if (other !== null && other > start && (next === null || other < next)) next = other;
    return { start, end: next === null ? null : next - 1 };
  });
}

/** Week N of a stage is the N-th run of seven days from its start: days 0–6 are week 1. */
export function weekOfDay(stageStart: number, day: number): number {
  return Math.floor((day - stageStart) / 7) + 1;
}

/** Answers "which stage does this date or stage name belong to?" quickly for every row. */
export interface StageCalendar {
  readonly stages: readonly StageInput[];
  readonly spans: readonly StageSpan[];
  /** Index of the stage whose range contains `day` (the earlier in plan order where ranges overlap), or -1. */
  stageOfDay(day: number): number;
  /** Whether more than one stage's range contains `day`. */
  isOverlap(day: number): boolean;
  /** Index of the stage with this name (case-insensitive, trimmed), or numbered so ("Stage 2", "2"), or -1. */
  stageNamed(name: string): number;
}

export function stageCalendar(stages: readonly StageInput[]): StageCalendar {
  const spans = stageSpans(stages);
  const names = new Map<string, number>();
  stages.forEach((s, i) => {
    const key = nameKey(s.name);
    if (!names.has(key)) names.set(key, i);
  });

  // A day-indexed table from the first start to the last finite boundary; beyond it only
  // open-ended stages can match, and they all start on or before the table's end.
  let from = Infinity;
  let to = -Infinity;
  for (const span of spans) {
    if (span.start === null) continue;
    from = Math.min(from, span.start);
    to = Math.max(to, span.end ?? span.start);
  }
  const size = Number.isFinite(from) ? to - from + 1 : 0;
  const table = new Int32Array(size).fill(-1);
  const overlap = new Uint8Array(size);
  let tail = -1;
  let tailOverlaps = false;
  spans.forEach((span, index) => {
    if (span.start === null) return;
    const last = span.end ?? to;
    for (let d = span.start; d <= last; d++) {
      const k = d - from;
      if (table[k] === -1) table[k] = index;
      else overlap[k] = 1;
    }
    if (span.end === null) {
      if (tail === -1) tail = index;
      else tailOverlaps = true;
    }
  });

  return {
    stages,
    spans,
    stageOfDay(day) {
      if (day < from) return -1;
      if (day > to) return tail;
      return table[day - from] ?? -1;
    },
    isOverlap(day) {
      if (day < from) return false;
      if (day > to) return tailOverlaps;
      return overlap[day - from] === 1;
    },
    stageNamed(name) {
      const exact = names.get(nameKey(name));
      if (exact !== undefined) return exact;
      // "Stage 2" or "2": the app's own label of the stage ("Stage 2: Expanded pilot"), as the importer reads it too.
      const numbered = /^(?:stage\s*)?(\d+)$/.exec(nameKey(name).replace(/\s+/g, ' '));
      const index = numbered === null ? -1 : Number(numbered[1]) - 1;
      return index >= 0 && index < stages.length ? index : -1;
    },
  };
}

function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
