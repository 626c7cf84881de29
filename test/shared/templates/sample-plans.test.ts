import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/gates/stage-verdict';
import { withIncidents } from '../../../shared/incidents';
import { computeMetrics, observationLookup, withHandValues } from '../../../shared/metrics';
import type { Columns } from '../../../shared/metrics/columns';
import { samplePlans, type SampleFile } from '../../../shared/model/sample-plans';
import { planSchema, type Incident, type Plan } from '../../../shared/model/schema';
import { planTemplates, type TemplateId } from '../../../shared/model/templates';
import { importedColumns } from './imported-columns';

const SAMPLES = resolve(import.meta.dirname, '../../../samples');
const read = (name: string): string => readFileSync(resolve(SAMPLES, name), 'utf8');

/** Judged as the app judges it: files (kind detected as the wizard does), then the register, then hand values. */
function verdicts(plan: Plan, files: readonly SampleFile[], today: string) {
  const columns: Record<string, Columns> = {};
  files.forEach((f, i) => (columns[`i${i}`] = importedColumns(f.kind, read(f.name))));
  const metrics = computeMetrics(columns, plan.stages, { editingShareLimit: plan.editingShareLimit });
  const lookup = withHandValues(withIncidents(observationLookup(metrics), plan, today), plan.handValues);
  return evaluatePlan(plan, lookup, today);
}

const NOW = new Date('2026-08-31T09:00:00Z');
const sample = (id: TemplateId) => {
  const found = samplePlans.find((s) => s.templateId === id);
  if (!found) throw new Error(id);
  return { ...found, plan: found.build(NOW) };
};

const critical = (plan: Plan, stageIndex: number, openedAt: string): Incident => ({
  id: 'inc-critical',
  stageId: plan.stages[stageIndex]?.id ?? '',
  severity: 'critical',
  openedAt,
  acknowledgedAt: null,
  resolvedAt: null,
  description: 'Wrong answers sent',
  rollback: true,
});

describe('every template has a complete sample plan', () => {
  it('one sample plan per template, each a valid plan built from its own template', () => {
    expect(samplePlans.map((s) => s.templateId)).toEqual(planTemplates.map((t) => t.id));
    for (const s of samplePlans) {
      const plan = s.build(NOW);
      expect(planSchema.safeParse(plan).success).toBe(true);
      expect(plan.templateId).toBe(s.templateId);
      expect(plan.stages.every((stage) => stage.plannedStart !== null)).toBe(true);
      // A described system, a confirmed tier, a kept register and some progress on the checklist.
      expect([plan.system.owner !== '', plan.riskTier, plan.incidentsKeptSince]).toEqual([true, 'medium', '2026-09-07']);
      const done = plan.checklist.items.filter((i) => i.status === 'done');
      expect(done.length).toBeGreaterThanOrEqual(8);
      expect(done.every((i) => i.owner !== '' && i.evidence !== '')).toBe(true);
    }
  });

  it.each(samplePlans.map((s) => [s.templateId, s] as const))('%s: every criterion and trigger gets data from its files or the register', (_, s) => {
    const plan = s.build(NOW);
    const result = verdicts(plan, s.files, '2026-12-01');
    const unmeasured = result.flatMap((e) => [...e.criteria, ...e.triggers].filter((c) => c.status === 'cannot_measure').map((c) => `${e.stageName}: ${c.reason}`));
    expect(unmeasured).toEqual([]);
  });
});

describe('Team workflow pilot sample (samples/README.md)', () => {
  const { plan, files } = sample('team-workflow-pilot');

  it('internal pilot proceeds, expanded pilot holds (Claims and Legal under 80%), full rollout runs', () => {
    expect(verdicts(plan, files, '2026-11-22').map((e) => e.verdict)).toEqual(['proceed', 'hold', 'running']);
  });

  it('a critical incident in the internal pilot rolls it back', () => {
    const hostile = { ...plan, incidents: [...plan.incidents, critical(plan, 0, '2026-09-16T09:00')] };
    const [first] = verdicts(hostile, files, '2026-11-22');
    expect(first?.verdict).toBe('roll_back');
    expect(first?.reasons[0]).toBe('Rollback trigger fired: Critical incidents at week 2 is 1 incident, above 0 incidents.');
  });
});

describe('Percentage traffic rollout sample', () => {
  const { plan, files } = sample('percentage-traffic');
  const hostileFile = (name: string, kind: SampleFile['kind']): SampleFile => ({ name: name as SampleFile['name'], kind });

  it('5%, 20% and 50% proceed; 100% runs', () => {
    const result = verdicts(plan, files, '2026-10-05');
    expect(result.map((e) => e.verdict)).toEqual(['proceed', 'proceed', 'proceed', 'running']);
    // 5%: 17 errors of 1,400 requests (1.21%); AI arm 4.25 against the control arm's 4.0.
    expect(result[0]?.criteria.map((c) => [c.metric, c.status])).toEqual([
      ['critical_incidents', 'pass'],
      ['error_rate', 'pass'],
      ['mean_satisfaction', 'pass'],
    ]);
    expect(result[0]?.criteria[1]?.reason).toBe('Error rate over the stage is 17 of 1,400 requests (1.21%); the gate needs below 2%.');
  });

  it.each([
    ['hostile-traffic-operations-errors.csv', 'operations', 'error_rate', /^Error rate over the stage is 57 of 2,000 requests \(2\.85%\); the gate needs below 2%\.$/],
    // AI arm: 40 sample ratings (sum 170) and 40 hostile 2s: 250 ÷ 80 = 3.125; control 160 ÷ 40 = 4.0; difference −0.875.
    [
      'hostile-traffic-satisfaction-below-baseline.csv',
      'satisfaction',
      'mean_satisfaction',
      /^Mean satisfaction over the stage is 3\.13\/5 \(80 ratings\) against a baseline of 4\/5 \(40 ratings\), control group "Control", difference −0\.88 \(95% interval −1\.21 to −0\.54\); the gate allows at least −0\.2/,
    ],
  ] as const)('%s holds the 5%% stage on %s', (name, kind, metric, reason) => {
    const [first] = verdicts(plan, [...files, hostileFile(name, kind)], '2026-10-05');
    expect(first?.verdict).toBe('hold');
    const failed = first?.criteria.filter((c) => c.status !== 'pass');
    expect(failed?.map((c) => [c.metric, c.status])).toEqual([[metric, 'fail']]);
    expect(failed?.[0]?.reason).toMatch(reason);
  });

  it('a critical incident in the 5% stage rolls it back', () => {
    const hostile = { ...plan, incidents: [...plan.incidents, critical(plan, 0, '2026-09-10T09:00')] };
    const [first] = verdicts(hostile, files, '2026-10-05');
    expect(first?.verdict).toBe('roll_back');
  });
});

describe('Shadow mode, then human-in-the-loop sample', () => {
  const { plan, files } = sample('shadow-then-hitl');

  it('shadow mode proceeds (220 of 240 agree), human review proceeds (weeks 3 and 4 above 95%), the rollout runs', () => {
    const result = verdicts(plan, files, '2026-11-30');
    expect(result.map((e) => e.verdict)).toEqual(['proceed', 'proceed', 'running']);
    expect(result[0]?.criteria[0]?.reason).toMatch(/220 of 240/);
    // The rollout's advisory satisfaction criterion is judged on the hand-recorded survey figure.
    const satisfaction = result[2]?.criteria.find((c) => c.metric === 'mean_satisfaction');
    expect([satisfaction?.status, satisfaction?.required, satisfaction?.reason]).toEqual([
      'pass',
      false,
      'Mean satisfaction over the stage is 4.3/5 (26 ratings), hand-recorded from "Finance pulse survey (Forms export), 2026-11-27"; the gate needs at least 4/5.',
    ]);
  });

  it('the second region’s errors fire the rollout’s error-rate trigger: roll back', () => {
    const hostile: SampleFile = { name: 'hostile-rollout-operations-errors.csv' as SampleFile['name'], kind: 'operations' };
    const result = verdicts(plan, [...files, hostile], '2026-11-30');
    expect(result[2]?.verdict).toBe('roll_back');
    // Week 4 (11-23 to 11-29): 7,000 requests with 79 errors, and the region's 3,500 with 280: 359 of 10,500.
    expect(result[2]?.reasons[0]).toBe('Rollback trigger fired: Error rate at week 4 is 359 of 10,500 requests (3.42%), above 2%.');
  });
});
