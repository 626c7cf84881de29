import { describe, expect, it } from 'vitest';
import { evaluateStage, type StageEvaluation } from '../../../../shared/gates/stage-verdict';
import { computeMetrics, type ColumnsByImport } from '../../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../../shared/metrics/gate-observations';
import type { Stage } from '../../../../shared/model/schema';
import { quality, satisfaction, usage } from '../../metrics/fixtures';
import { oracleEvaluate, type OraclePlan, type OracleStage } from './oracle-gates';
import { randomPlan } from './random-plans';

/**
 * The gate logic against an independent evaluator written from SPEC §4–5 and the README's gate
 * rules (oracle-*.ts import nothing from shared/gates or shared/metrics). A few hundred seeded
 * plans per run; ORACLE_PLANS=10000 for a long run.
 */
const PLANS = Number(process.env.ORACLE_PLANS ?? 300);
const FIRST_SEED = Number(process.env.ORACLE_SEED ?? 1);

/** The app's path: rows → stored columns → metrics → observations → verdicts. */
function appEvaluate(plan: OraclePlan): StageEvaluation[] {
  const columns: Record<string, ColumnsByImport[string]> = {};
  const of = (kind: string) => plan.rows.filter((r) => r.kind === kind);
  if (plan.files.usage) columns.u = usage(of('usage').map((r) => ({ date: r.date, week: r.week, stage: r.stage, group: r.group, user: r.user, uses: r.uses })));
  if (plan.files.quality) columns.q = quality(of('quality').map((r) => ({ date: r.date, week: r.week, stage: r.stage, group: r.group, user: r.user, share: r.tenths / 10 })));
  if (plan.files.satisfaction) {
    columns.s = satisfaction(of('satisfaction').map((r) => ({ date: r.date, week: r.week, stage: r.stage, group: r.group, user: r.user, rating: r.rating })));
  }
  const metrics = computeMetrics(columns, plan.stages, { editingShareLimit: plan.editingLimit });
  const lookup = observationLookup(metrics);
  return plan.stages.map((stage: Stage, i) =>
    evaluateStage({ statisticalConfidence: plan.confidence }, stage, lookup, plan.today, { isLast: i === plan.stages.length - 1 }),
  );
}

/** Every difference between the two, in words; empty when they agree. */
function differences(app: readonly StageEvaluation[], oracle: readonly OracleStage[]): string[] {
  const out: string[] = [];
  oracle.forEach((o, s) => {
    const a = app[s];
    if (a === undefined) return void out.push(`stage ${s + 1} missing`);
    if (a.verdict !== o.verdict) out.push(`stage ${s + 1} verdict ${a.verdict} ≠ ${o.verdict}`);
    o.criteria.forEach((oc, k) => {
      const ac = a.criteria[k];
      const where = `stage ${s + 1} criterion ${k + 1}`;
      if (ac?.status !== oc.status) return void out.push(`${where} status ${ac?.status} ≠ ${oc.status} (${ac?.reason})`);
      const value = ac.evidence?.value ?? null;
      if ((value === null) !== (oc.value === null) || (value !== null && oc.value !== null && Math.abs(value - oc.value) > 1e-9)) {
        out.push(`${where} value ${value} ≠ ${oc.value}`);
      }
      if ((ac.evidence ? ac.evidence.sample : null) !== oc.sample) out.push(`${where} sample ${ac.evidence?.sample} ≠ ${oc.sample}`);
    });
    o.triggersFired.forEach((fired, k) => {
      const at = a.triggers[k];
      if ((at?.status === 'fired') !== fired) out.push(`stage ${s + 1} trigger ${k + 1} ${at?.status} ≠ ${fired ? 'fired' : 'not fired'} (${at?.reason})`);
    });
  });
  return out;
}

describe('the gates agree with an independent oracle written from the SPEC', () => {
  it(`on ${PLANS} random plans (seeds ${FIRST_SEED}–${FIRST_SEED + PLANS - 1})`, () => {
    const failures: string[] = [];
    let criteria = 0;
    let triggers = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + PLANS; seed++) {
      const plan = randomPlan(seed);
      criteria += plan.stages.reduce((n, s) => n + s.criteria.length, 0);
      triggers += plan.stages.reduce((n, s) => n + s.triggers.length, 0);
      const diff = differences(appEvaluate(plan), oracleEvaluate(plan));
      if (diff.length > 0) failures.push(`seed ${seed}: ${diff.join('; ')}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // The generator must exercise what it claims to: a run without criteria or triggers proves nothing.
    expect(criteria).toBeGreaterThan(PLANS);
    expect(triggers).toBeGreaterThan(PLANS / 2);
    // No wall-clock limit worth the name: a busy CI machine must not fail a correctness check.
  }, 120_000 + PLANS * 50);

  it('the generator is deterministic: the same seed gives the same plan', () => {
    expect(randomPlan(42)).toEqual(randomPlan(42));
    expect(randomPlan(42)).not.toEqual(randomPlan(43));
  });
});
