import { TRI_UNKNOWN, TRI_YES, type TestResultColumns } from './columns';
import { joinDictionaries } from './global-ids';
import type { TestFigures, TestMetrics } from './pilot-metrics';
import { compareNames, meanOrNull, proportion } from './proportion';

/**
 * Accuracy, hallucination rate and mean latency of the test-results files, overall, per group
 * and per file. Cases whose correctness (or hallucination, or latency) is unknown are left
 * out of that figure's denominator rather than counted as failures.
 *
 * A case id that a later file holds again is a re-run of the same test set (after a prompt or
 * model change): overall and per group each case counts once, from the latest file that holds
 * it, so two runs of 200 cases are not a 400-case test set with an accuracy neither run had.
 * Each file's own figures stay whole.
 */
export function computeTestMetrics(
  imports: readonly { readonly importId: string; readonly columns: TestResultColumns }[],
): TestMetrics | null {
  if (imports.length === 0) return null;
  const groups = joinDictionaries(imports.map((imp) => imp.columns.group));
  const rerun = rerunRows(imports.map((imp) => imp.columns));
  const all = new Tally(groups.names.length);
  const byImport = imports.map((imp, k) => {
    const own = new Tally(1);
    const map = groups.maps[k] ?? null;
    const later = rerun.rows[k] ?? null;
    const { rowCount, correct, hallucination, latency, group } = imp.columns;
    for (let i = 0; i < rowCount; i++) {
      const c = correct[i] as number;
      const h = hallucination[i] as number;
      const l = latency === null ? NaN : (latency[i] as number);
      own.add(0, c, h, l);
      if (later !== null && later[i] === 1) continue;
      all.add(0, c, h, l);
      const g = map === null || group === null ? 0 : (map[group.codes[i] as number] as number);
      if (g > 0) all.add(g, c, h, l);
    }
    return { importId: imp.importId, figures: own.figures(0) };
  });
  const groupFigures = groups.names
    .map((name, g) => ({ group: name, figures: all.figures(g) }))
    .filter((entry, g) => g > 0 && entry.figures.cases > 0)
    .sort((a, b) => compareNames(a.group, b.group));
  return { overall: all.figures(0), groups: groupFigures, byImport, ...(rerun.count > 0 ? { rerunCases: rerun.count } : {}) };
}

/** Per import, 1 on each row whose case id a later import holds too; and how many such rows there are. */
function rerunRows(columns: readonly TestResultColumns[]): { rows: (Uint8Array | null)[]; count: number } {
  const ids = joinDictionaries(columns.map((c) => c.caseId));
  const inLater = new Uint8Array(ids.names.length);
  const rows: (Uint8Array | null)[] = columns.map(() => null);
  let count = 0;
  for (let k = columns.length - 1; k >= 0; k--) {
    const { caseId, rowCount } = columns[k] as TestResultColumns;
    const map = ids.maps[k] as Uint32Array;
    for (let i = 0; i < rowCount; i++) {
      if (inLater[map[caseId.codes[i] as number] as number] !== 1) continue;
      const mine = (rows[k] ??= new Uint8Array(rowCount));
      mine[i] = 1;
      count++;
    }
    // Marked after the whole file: a case twice in one file is that file's business (several-runs.ts).
    for (let i = 0; i < rowCount; i++) inLater[map[caseId.codes[i] as number] as number] = 1;
  }
  inLater[0] = 0;
  return { rows, count };
}

class Tally {
  private readonly cases: Uint32Array;
  private readonly correctKnown: Uint32Array;
  private readonly correct: Uint32Array;
  private readonly hallucinationKnown: Uint32Array;
  private readonly hallucinations: Uint32Array;
  private readonly latencyCases: Uint32Array;
  private readonly latencySum: Float64Array;
  constructor(slots: number) {
    this.cases = new Uint32Array(slots);
    this.correctKnown = new Uint32Array(slots);
    this.correct = new Uint32Array(slots);
    this.hallucinationKnown = new Uint32Array(slots);
    this.hallucinations = new Uint32Array(slots);
    this.latencyCases = new Uint32Array(slots);
    this.latencySum = new Float64Array(slots);
  }
  add(slot: number, correct: number, hallucination: number, latency: number): void {
    inc(this.cases, slot);
    if (correct !== TRI_UNKNOWN) {
      inc(this.correctKnown, slot);
      if (correct === TRI_YES) inc(this.correct, slot);
    }
    if (hallucination !== TRI_UNKNOWN) {
      inc(this.hallucinationKnown, slot);
      if (hallucination === TRI_YES) inc(this.hallucinations, slot);
    }
    if (!Number.isNaN(latency)) {
      inc(this.latencyCases, slot);
      this.latencySum[slot] = (this.latencySum[slot] as number) + latency;
    }
  }
  figures(slot: number): TestFigures {
    const at = (a: Uint32Array | Float64Array) => a[slot] as number;
    return {
      cases: at(this.cases),
      accuracy: proportion(at(this.correct), at(this.correctKnown)),
      hallucination: proportion(at(this.hallucinations), at(this.hallucinationKnown)),
      latencyCases: at(this.latencyCases),
      meanLatencySeconds: meanOrNull(at(this.latencySum), at(this.latencyCases)),
    };
  }
}

function inc(a: Uint32Array, slot: number): void {
  a[slot] = (a[slot] as number) + 1;
}
