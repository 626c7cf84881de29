import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../shared/model/plan-factory';
import { readPlanFile, serialisePlanFile, type PlanFileEvidence } from '../../../shared/model/plan-file';
import { planFileParts, planFilePartsSize, type PlanFilePart } from '../../../shared/model/plan-file-parts';
import type { Plan } from '../../../shared/model/schema';
import { importRecord } from '../decisions/fixtures';
import { FIXED_NOW } from '../plan-fixture';
import { storedRows } from '../rows-fixture';

const base = createPlan({ name: 'Claims “assistant” ✓', templateId: 'team-workflow-pilot', now: FIXED_NOW });

function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = (i * 31 + seed) & 255;
  return out;
}

/** The platform's native digest, as the browser's worker uses it. */
async function nativeHex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await webcrypto.subtle.digest('SHA-256', data));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function joined(parts: readonly PlanFilePart[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}

const twoImports: Plan = { ...base, imports: [importRecord({ id: 'a', fileName: 'a.csv' }), importRecord({ id: 'b', fileName: 'b.csv' }), importRecord({ id: 'c', fileName: 'c.csv' })] };

describe('planFileParts', () => {
  it.each<[string, Plan, PlanFileEvidence]>([
    ['no imports', base, { importData: {}, decisions: [] }],
    // Real stored rows (the reader decodes and counts them); the rejected rows are kept as bytes.
    [
      'rows and rejected rows, one import without data',
      twoImports,
      { importData: { b: { rows: storedRows('usage', 20, 1), rejected: bytes(4, 2) }, a: { rows: storedRows('usage', 20, 2), rejected: bytes(3 * 1024 * 1024 + 2, 3) } }, decisions: [] },
    ],
    ['an empty part', twoImports, { importData: { a: { rows: null, rejected: new Uint8Array(0) } }, decisions: [] }],
    ['data of an import the plan does not list is left out, as before', base, { importData: { zzz: { rows: bytes(9, 4), rejected: null } }, decisions: [] }],
  ])('%s: byte for byte the file serialisePlanFile writes, with the native SHA-256', async (_name, plan, evidence) => {
    const parts = await planFileParts(plan, FIXED_NOW, evidence, nativeHex);
    const expected = Buffer.from(serialisePlanFile(plan, FIXED_NOW, evidence), 'utf8');
    const file = joined(parts);
    expect(file.equals(expected)).toBe(true);
    expect(planFilePartsSize(parts)).toBe(expected.byteLength);
    expect(readPlanFile(file.toString('utf8')).ok).toBe(true);
  });

  it('never holds a stored part as one string: the base64 comes as bytes of at most 4 MB', async () => {
    const rows = bytes(9 * 1024 * 1024, 5);
    const parts = await planFileParts(twoImports, FIXED_NOW, { importData: { a: { rows, rejected: null } }, decisions: [] });
    const longestText = Math.max(...parts.filter((p) => typeof p === 'string').map((p) => p.length));
    expect(longestText).toBeLessThan(64 * 1024);
    expect(parts.filter((p) => p instanceof Uint8Array).every((p) => p.byteLength <= 4 * 1024 * 1024)).toBe(true);
  });
});
