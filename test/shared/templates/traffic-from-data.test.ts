import { describe, expect, it } from 'vitest';
import { evaluateStage } from '../../../shared/gates/stage-verdict';
import { withIncidents } from '../../../shared/incidents';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { createPlan } from '../../../shared/model/plan-factory';
import { importedColumns } from './imported-columns';

const imported = importedColumns;

// Stage "5% of traffic" runs 2026-09-07 to 2026-09-13. Seven days of monitoring, 200 requests a day.
const operations = (errorsPerDay: readonly number[]) =>
  ['date,requests,errors,mean_latency_ms', ...errorsPerDay.map((e, d) => `2026-09-${String(7 + d).padStart(2, '0')},200,${e},1900`)].join('\n');
// 24 ratings: twelve 4s and twelve 3s, mean 3.5 (the gate needs at least 3.5, 20 ratings).
const satisfaction = ['user_id,date,rating', ...Array.from({ length: 24 }, (_, i) => `u${i + 1},2026-09-1${i % 3},${i % 2 === 0 ? 4 : 3}`)].join('\n');

function judge(errorsPerDay: readonly number[]) {
  const plan = createPlan({ name: 'Traffic', templateId: 'percentage-traffic', now: new Date('2026-09-01T00:00:00Z') });
  const first = plan.stages[0];
  if (!first) throw new Error('template without stages');
  const stage = { ...first, plannedStart: '2026-09-07' };
  const stages = [stage, ...plan.stages.slice(1)];
  const metrics = computeMetrics(
    { ops: imported('operations', operations(errorsPerDay)), sat: imported('satisfaction', satisfaction) },
    stages.map(({ id, name, plannedStart, durationWeeks, enrolledUsers }) => ({ id, name, plannedStart, durationWeeks, enrolledUsers })),
    { editingShareLimit: 15 },
  );
  // The register is kept and holds no incident: 0 critical incidents.
  const register = { stages, incidents: [], incidentsKeptSince: '2026-09-01' };
  const lookup = withIncidents(observationLookup(metrics), register, '2026-09-15');
  const judged = { ...plan, stages };
  return evaluateStage(judged, stage, lookup, '2026-09-15');
}

describe('Percentage traffic rollout reaches a verdict from its files', () => {
  it('proceeds: 14 errors in 1,400 requests is 1% (below 2%), satisfaction 3.5, no critical incident', () => {
    const result = judge([2, 2, 2, 2, 2, 2, 2]);
    expect(result.criteria.map((c) => [c.metric, c.status])).toEqual([
      ['critical_incidents', 'pass'],
      ['error_rate', 'pass'],
      ['mean_satisfaction', 'pass'],
    ]);
    expect(result.verdict).toBe('proceed');
  });

  it('holds when errors are over the limit: 70 of 1,400 requests is 5%, and says so', () => {
    const result = judge([10, 10, 10, 10, 10, 10, 10]);
    const error = result.criteria.find((c) => c.metric === 'error_rate');
    expect(error?.status).toBe('fail');
    expect(error?.reason).toBe('Error rate over the stage is 70 of 1,400 requests (5%); the gate needs below 2%.');
    expect(result.verdict).toBe('hold');
  });

  it('weighs days by their requests: a quiet day with half its 20 requests failing does not sink the week', () => {
    const text = ['date,requests,errors', '2026-09-07,20,10', ...[8, 9, 10, 11, 12, 13].map((d) => `2026-09-${String(d).padStart(2, '0')},300,3`)].join('\n');
    const metrics = computeMetrics({ ops: imported('operations', text) }, [{ id: 's', name: 'S', plannedStart: '2026-09-07', durationWeeks: 1, enrolledUsers: null }], { editingShareLimit: 15 });
    const obs = observationLookup(metrics)('s', 'error_rate');
    if (obs.status !== 'available') throw new Error(obs.why.message);
    // 28 errors of 1,820 requests = 1.54% (below 2%); a mean of the daily rates would say 7.9%.
    expect(obs.overall.whole?.ratio).toEqual({ num: 2800, den: 1820 });
  });
});
