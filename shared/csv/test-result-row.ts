/**
 * Turning one record of a test-results file into a row: a case, its expected and actual answers or a
 * verdict, hallucination and latency. A case whose correctness cannot be told is kept, with a note, and
 * left out of accuracy.
 */
import type { TestResultRow } from './kinds';
import { Keeper, missing, quote, reject, textCell, type RowBuilder, type RowContext, type RowNote, type RowOutcome, type Writable } from './row-common';
import { zeroLatencyNote } from './zero-latency-note';
import { isNotJudged, parseBoolean, parseHallucination, parseSeconds, trimCell, verdictOf } from './values';
import { isNoValue, valueCell } from './no-value';

// A row template: every field present from the start, so a row filled in place keeps one shape.
const testResultRow = (): Writable<TestResultRow> => ({
  line: 0,
  caseId: '',
  expected: '',
  actual: '',
  correct: null,
  hallucination: null,
  latencySeconds: null,
  group: null,
});

/** Why a test case's correctness is unknown, for the import's warnings. */
function unknownCorrectness(caseId: string, expected: string, actual: string, compared: boolean, verdict: string): RowNote {
  const message = (): string => {
    if (verdict !== '') return `Case ${quote(caseId)} reads ${quote(verdict)} under Correct, neither a pass nor a fail: it is left out of accuracy`;
    if (!compared) return `Case ${quote(caseId)} has no yes or no under Correct: it is left out of accuracy`;
    if (expected === '' && actual === '') return `Case ${quote(caseId)} has neither an expected nor an actual answer: it is left out of accuracy`;
    return expected === ''
      ? `Case ${quote(caseId)} has no expected answer, so whether ${quote(actual)} is right is unknown: it is left out of accuracy`
      : `Case ${quote(caseId)} has no actual answer and nothing shows it ran, so it cannot be compared with ${quote(expected)}: it is left out of accuracy`;
  };
  return { code: 'correctness_unknown', field: null, message };
}

export function testResultsBuilder(ctx: RowContext): RowBuilder<'test_results'> {
  const keeper = new Keeper(ctx.copyStrings);
  const iCase = ctx.columns.get('caseId') ?? -1;
  const iExpected = ctx.columns.get('expected') ?? -1;
  const iActual = ctx.columns.get('actual') ?? -1;
  const iCorrect = ctx.columns.get('correct') ?? -1;
  const iHallucination = ctx.columns.get('hallucination') ?? -1;
  const iLatency = ctx.columns.get('latency') ?? -1;
  const iGroup = ctx.columns.get('group') ?? -1;
  const noValues = ctx.noValues;
  const decimalComma = ctx.settings.decimalComma;
  const unitMs = ctx.latencyUnit === 'milliseconds';
  const shared = ctx.reuseRow ? testResultRow() : null;

  function yesNo(cells: readonly string[], index: number, field: string, label: string, out: RowOutcome, parse = parseBoolean): boolean | null | undefined {
    if (index < 0) return null;
    const raw = valueCell(cells[index]);
    if (raw === '') return null;
    const value = parse(raw);
    if (value === null) {
      reject(out, 'invalid_boolean', field, `${label} ${quote(raw)} is not yes or no`);
      return undefined;
    }
    return value;
  }

  return (cells, line, out): TestResultRow | null => {
    const caseId = textCell(cells, iCase, keeper);
    if (caseId === '') return missing(out, 'test_results', 'caseId');
    const expected = textCell(cells, iExpected, keeper);
    const actual = textCell(cells, iActual, keeper);
    // "ERROR", "skipped", "n/a": the tool gave no verdict. Unknown, and the answers are not compared in its place.
    const verdict = iCorrect >= 0 ? verdictOf(trimCell(cells[iCorrect])) : '';
    // "None" / "null" where a tool writes no verdict is no verdict either: unknown, never decided by comparing the answers.
    const notJudged = verdict !== '' && (isNotJudged(verdict) || isNoValue(verdict));
    let correct = notJudged ? null : yesNo(cells, iCorrect, 'correct', 'Correct', out, (raw) => parseBoolean(verdictOf(raw)));
    if (correct === undefined) return null;
    const judgedHallucination = iHallucination >= 0 && !isNotJudged(trimCell(cells[iHallucination])) && valueCell(cells[iHallucination]) !== '';
    const hallucination = judgedHallucination ? yesNo(cells, iHallucination, 'hallucination', 'Hallucination', out, parseHallucination) : null;
    if (hallucination === undefined) return null;
    let latencySeconds: number | null = null;
    if (iLatency >= 0) {
      const raw = valueCell(cells[iLatency]);
      if (raw !== '') {
        latencySeconds = parseSeconds(raw, decimalComma, unitMs);
        if (Number.isNaN(latencySeconds)) {
          reject(out, 'invalid_number', 'latency', `Latency ${quote(raw)} is not a number`);
          return null;
        }
        if (latencySeconds < 0) {
          reject(out, 'negative_value', 'latency', `Latency ${raw} is negative`);
          return null;
        }
        if (latencySeconds === 0) {
          latencySeconds = null;
          out.note = zeroLatencyNote(raw);
        }
      }
    }
    const compared = iExpected >= 0 && iActual >= 0;
    if (correct === null && !notJudged && compared && expected !== '') {
      // Both answers: compared. A labelled case that ran (its latency or hallucination was recorded) and
      // answered nothing failed. Otherwise an empty cell is not a wrong answer (a case not labelled yet, or
      // not run): its correctness is unknown and the case stays out of accuracy, with a warning.
      if (actual !== '') correct = expected === actual;
      else if (latencySeconds !== null || hallucination !== null) correct = false;
    }
    // A file that measures only hallucinations or latency says nothing about accuracy: no warning per case.
    if (correct === null && (compared || iCorrect >= 0)) out.note = unknownCorrectness(caseId, expected, actual, compared, notJudged ? verdict : '');
    let rawGroup = iGroup >= 0 ? trimCell(cells[iGroup]) : '';
    // A tool's no-value word is no group, counted for the import's summary (import-notes.ts).
    if (rawGroup !== '' && isNoValue(rawGroup)) {
      noValues?.sawGroup(rawGroup);
      rawGroup = '';
    }
    const row = shared ?? testResultRow();
    row.line = line;
    row.caseId = caseId;
    row.expected = expected;
    row.actual = actual;
    row.correct = correct;
    row.hallucination = hallucination;
    row.latencySeconds = latencySeconds;
    row.group = rawGroup === '' ? null : keeper.repeated(rawGroup);
    return row;
  };
}
