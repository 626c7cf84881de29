import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withIncidents } from '../../../shared/incidents';
import { computeMetrics, observationLookup } from '../../../shared/metrics';
import type { Columns } from '../../../shared/metrics/columns';
import { createPlan } from '../../../shared/model/plan-factory';
import { buildSamplePlan } from '../../../shared/model/sample-plan';
import { findSamplePlan } from '../../../shared/model/sample-plans';
import { planTemplates } from '../../../shared/model/templates';
import { importedColumns } from './imported-columns';

/**
 * Every template's criteria and triggers use metrics that a file kind or the incident register
 * can supply (issue 10, point 8): none is left to "record its measured value by hand" alone.
 * Checked by behaviour, not by a table: one bundled file of every kind is imported through the
 * real importer, and each metric must then be measurable from the files, or from a kept register.
 */
const plan = buildSamplePlan(new Date('2026-08-31T09:00:00Z'));
const files = findSamplePlan('team-workflow-pilot').files;
const columns: Record<string, Columns> = {};
for (const f of files) columns[f.name] = importedColumns(f.kind, readFileSync(resolve(import.meta.dirname, '../../../samples', f.name), 'utf8'));
const fromFiles = observationLookup(computeMetrics(columns, plan.stages, { editingShareLimit: 15 }));
const fromRegister = withIncidents(observationLookup(computeMetrics({}, plan.stages, { editingShareLimit: 15 })), { ...plan, incidents: [] }, '2026-11-22');
const stageId = plan.stages[0]?.id ?? '';

const rules = planTemplates.flatMap((t) =>
  createPlan({ name: t.name, templateId: t.id, now: new Date('2026-08-31T09:00:00Z') }).stages.flatMap((s) =>
    [...s.criteria, ...s.triggers].map((c) => [t.name, s.name, c.metric] as const),
  ),
);

describe('every template metric has a source', () => {
  it.each(rules)('%s, %s: %s is measured from a file or the register', (_, __, metric) => {
    const file = fromFiles(stageId, metric);
    const register = fromRegister(stageId, metric);
    expect(file.status === 'available' || register.status === 'available').toBe(true);
  });

  it('the register alone supplies only critical incidents; every other template metric comes from a file', () => {
    const registerOnly = [...new Set(rules.map((r) => r[2]))].filter((m) => fromFiles(stageId, m).status !== 'available');
    expect(registerOnly).toEqual(['critical_incidents']);
  });
});
