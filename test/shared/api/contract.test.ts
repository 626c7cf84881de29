import { describe, expect, it } from 'vitest';
import { argumentSchemas, channels } from '../../../shared/api';
import { createPlan } from '../../../shared/model/plan-factory';
import { FIXED_NOW } from '../plan-fixture';

describe('the API contract', () => {
  it('gives every method its own domain:action channel', () => {
    const names = Object.values(channels);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^[a-z]+:[a-zA-Z]+$/.test(n))).toBe(true);
    expect(Object.keys(argumentSchemas).sort()).toEqual(Object.keys(channels).sort());
  });

  it.each([
    ['getPlan', [''], false],
    ['getPlan', ['abc'], true],
    ['getPlan', ['abc', 'extra'], false],
    ['savePlan', [{ name: 'not a plan' }], false],
    ['savePlan', [createPlan({ name: 'ok', templateId: null, now: FIXED_NOW })], true],
    ['importPlan', ['3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77', 'overwrite-everything'], false],
    ['importPlan', ['3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77', 'copy'], true],
    // A token, never a file's text: nothing big crosses IPC on an import.
    ['importPlan', [JSON.stringify({ format: 'rollout-readiness-plan', plan: { name: 'x'.repeat(200) } }), 'copy'], false],
    ['importPlan', ['', 'copy'], false],
    ['openTextFile', ['../../etc/passwd'], false],
  ] as const)('%s(%j) is accepted: %s', (method, args, accepted) => {
    expect(argumentSchemas[method].safeParse(args).success).toBe(accepted);
  });
});
