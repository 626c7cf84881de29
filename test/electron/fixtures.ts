import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlan } from '../../shared/model/plan-factory';
import type { Plan } from '../../shared/model/schema';

export const FIXED_NOW = new Date('2026-11-22T06:40:00.000Z');

/** A complete, valid plan (default checklist, thresholds and the team-pilot stages). */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return { ...createPlan({ name: 'Claims triage assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW }), ...overrides };
}

/**
 * The plan as the first preview builds stored it (schema "version 0", see migrate.ts):
 * no schemaVersion, revision, archive flag, template, score history, editing limit,
 * confidence switch or tier answers.
 */
export function makeVersion0Plan(): Record<string, unknown> {
  const {
    schemaVersion: _schemaVersion,
    revision: _revision,
    archived: _archived,
    templateId: _templateId,
    scoreHistory: _scoreHistory,
    editingShareLimit: _editingShareLimit,
    statisticalConfidence: _statisticalConfidence,
    tierAnswers: _tierAnswers,
    ...rest
  } = makePlan({ name: 'Preview-era plan' });
  return rest;
}

/** A fresh temporary folder per test; `cleanup` removes it. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-electron-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
