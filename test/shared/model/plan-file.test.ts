import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../shared/model/plan-factory';
import {
  asImportedCopy,
  parsePlanFile,
  planFileName,
  PLAN_FILE_VERSION,
  readPlanFile,
  serialisePlanFile,
  type PlanFileEvidence,
} from '../../../shared/model/plan-file';
import { makeDecision } from '../decision-fixture';
import { importRecord } from '../decisions/fixtures';
import { storedRows } from '../rows-fixture';
import { encodeBase64 } from '../../../shared/model/base64';
import { FIXED_NOW } from '../plan-fixture';
import { sha256Hex } from '../../../shared/csv/sha256';

describe('plan files', () => {
  const plan = createPlan({ name: 'Claims assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW });

  it('round-trips a plan through export and import', () => {
    expect(parsePlanFile(serialisePlanFile(plan, FIXED_NOW))).toEqual({ ok: true, value: plan });
  });

  it('round-trips any plan name and evidence text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0 && s.length <= 200), fc.string(), (name, evidence) => {
        const items = plan.checklist.items.map((i, n) => (n === 0 ? { ...i, evidence } : i));
        const edited = { ...plan, name: name.trim(), checklist: { ...plan.checklist, items } };
        const parsed = parsePlanFile(serialisePlanFile(edited, FIXED_NOW));
        expect(parsed).toEqual({ ok: true, value: edited });
      }),
      { numRuns: 50 },
    );
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parsePlanFile(`\uFEFF${serialisePlanFile(plan, FIXED_NOW)}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['a plan file cut short', serialisePlanFile(createPlan({ name: 'Cut', templateId: 'team-workflow-pilot', now: FIXED_NOW }), FIXED_NOW).slice(0, 400), /^This plan file is incomplete or damaged: .*cut short.* Nothing was imported\. Export the plan again where it was made\.$/],
    ['JSON of another app', '{"name":"x"}', /format/],
    ['a plan that fails its schema', JSON.stringify({ format: 'rollout-readiness-plan', exportedAt: '', plan: { schemaVersion: 1 } }), /expected format/],
  ])('refuses %s with a plain message', (_name, text, message) => {
    const result = parsePlanFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('makes an imported copy with a new id and a marked name', () => {
    const copy = asImportedCopy(plan, new Date('2026-12-01T00:00:00Z'));
    expect(copy.id).not.toBe(plan.id);
    expect(copy.name).toBe('Claims assistant (imported copy)');
  });

  it.each([
    ['Claims assistant', 'Claims-assistant.rollout.json'],
    ['../../etc/passwd', 'etcpasswd.rollout.json'],
    ['   ', 'plan.rollout.json'],
  ])('names the export file safely: %s', (name, expected) => {
    expect(planFileName({ ...plan, name })).toBe(expected);
  });
});

describe('plan files with their evidence (format 2)', () => {
  const base = createPlan({ name: 'Claims assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW });
  const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', rejected: 2 });
  const quality = importRecord({ id: 'imp-quality', kind: 'quality', fileName: 'quality.csv' });
  const plan = { ...base, imports: [usage, quality] };
  const first = makeDecision(plan.id, { rationale: 'Week 4 looks good.' });
  const second = makeDecision(plan.id, { rationale: 'Holding for the sceptical team.' });
  const evidence: PlanFileEvidence = {
    importData: {
      'imp-usage': { rows: storedRows('usage', 20, 1), rejected: new TextEncoder().encode('Line,Reason\r\n3,Bad date\r\n') },
      'imp-quality': { rows: storedRows('quality', 20, 2), rejected: null },
    },
    decisions: [first, second],
  };
  const envelope = (text: string) => JSON.parse(text) as Record<string, unknown>;
  const edited = (change: (file: Record<string, unknown>) => void) => {
    const file = envelope(serialisePlanFile(plan, FIXED_NOW, evidence));
    change(file);
    return JSON.stringify(file);
  };

  it('round-trips the plan, every import’s rows and the decision log', () => {
    const text = serialisePlanFile(plan, FIXED_NOW, evidence);
    expect(envelope(text)).toMatchObject({ format: 'rollout-readiness-plan', formatVersion: PLAN_FILE_VERSION });
    expect(readPlanFile(text)).toEqual({ ok: true, value: { plan, evidence, formatVersion: PLAN_FILE_VERSION } });
  });

  type Edit = (file: Record<string, unknown>) => void;
  const planOf = (file: Record<string, unknown>) => file['plan'] as typeof plan;
  const stage = (file: Record<string, unknown>) => planOf(file).stages[0]!;

  it.each<[string, Edit, RegExp]>([
    ['a gate threshold changed', (f) => void (stage(f).criteria[0]!.threshold = 30), /The plan in this file does not match the SHA-256 recorded for it/],
    ['an enrolment changed', (f) => void ((stage(f) as { enrolledUsers: number | null }).enrolledUsers = 3), /The plan in this file does not match/],
    ['a stage start moved', (f) => void ((stage(f) as { plannedStart: string | null }).plannedStart = '2020-01-01'), /The plan in this file does not match/],
    ['a field removed', (f) => void delete (stage(f).criteria[0] as { note?: string }).note, /The plan in this file does not match/],
    ['the plan’s SHA-256 removed', (f) => void delete f['planSha256'], /The plan in this file comes without its SHA-256/],
    ['the last decision removed', (f) => void (f['decisions'] as unknown[]).pop(), /The log was cut short: the last entry is missing/],
    ['every decision removed', (f) => void delete f['decisions'], /The log was emptied: it held 2 entries/],
    ['the log’s length and hash removed', (f) => void delete f['decisionLog'], /The decision log in this file comes without its length and last hash/],
  ])('refuses a file whose record was edited by hand (%s), saying so', (_label, change, message) => {
    const read = readPlanFile(edited(change));
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!read.ok) {
      expect(read.error.message).toMatch(message);
      expect(read.error.message).toMatch(/Nothing was imported\./);
    }
  });

  const threshold30: Edit = (f) => void (stage(f).criteria[0]!.threshold = 30);
  it.each<[string, Edit]>([
    ['lowered to 3', (f) => void (f['formatVersion'] = 3)],
    ['lowered to 2', (f) => void (f['formatVersion'] = 2)],
    ['deleted (read as format 1)', (f) => void delete f['formatVersion']],
  ])('holds a file to its own SHA-256 when its format number was %s after a hand edit', (_label, downgrade) => {
    const read = readPlanFile(
      edited((file) => {
        threshold30(file);
        downgrade(file);
      }),
    );
    expect(read).toMatchObject({ ok: false, error: { message: expect.stringMatching(/does not match the SHA-256 recorded for it/) as unknown } });
  });

  it('holds a downgraded file to its log’s recorded end: the last decision cut off is named', () => {
    const read = readPlanFile(
      edited((file) => {
        (file['decisions'] as unknown[]).pop();
        file['formatVersion'] = 3;
        delete file['planSha256'];
      }),
    );
    expect(read).toMatchObject({ ok: false, error: { message: expect.stringMatching(/comes without its SHA-256/) as unknown } });
  });

  it('still reads a format 3 file, which recorded neither the plan’s hash nor the log’s end', () => {
    const read = readPlanFile(
      edited((file) => {
        file['formatVersion'] = 3;
        delete file['planSha256'];
        delete file['decisionLog'];
      }),
    );
    expect(read).toEqual({ ok: true, value: { plan, evidence, formatVersion: 3 } });
  });

  it('round-trips any rows and rejected rows byte for byte', () => {
    fc.assert(
      fc.property(fc.nat(), fc.option(fc.uint8Array({ maxLength: 500 })), (seed, rejected) => {
        const bundle = { rows: storedRows('usage', 20, seed), rejected };
        const read = readPlanFile(serialisePlanFile(plan, FIXED_NOW, { importData: { 'imp-usage': bundle }, decisions: [] }));
        expect(read.ok && read.value.evidence.importData).toEqual({ 'imp-usage': bundle });
      }),
      { numRuns: 100 },
    );
  });

  it('leaves out an import with no stored parts, and data for imports the plan does not list', () => {
    const file = envelope(
      serialisePlanFile(plan, FIXED_NOW, {
        importData: { 'imp-quality': { rows: null, rejected: null }, stray: { rows: new Uint8Array([1]), rejected: null } },
        decisions: [],
      }),
    );
    expect(file['importData']).toEqual({});
  });

  it('still reads a format 1 file: the plan alone, with no rows and no decisions', () => {
    const v1 = `${JSON.stringify({ format: 'rollout-readiness-plan', exportedAt: FIXED_NOW.toISOString(), plan }, null, 2)}\n`;
    expect(readPlanFile(v1)).toEqual({ ok: true, value: { plan, evidence: { importData: {}, decisions: [] }, formatVersion: 1 } });
    expect(parsePlanFile(v1)).toEqual({ ok: true, value: plan });
  });

  it.each([
    [
      'damaged rows',
      (file: Record<string, unknown>) => {
        file['importData'] = { 'imp-usage': { rows: 'AAEC/f7*', rejected: null } };
      },
      /The rows of “usage\.csv” \(imported 2026-10-05\) in this plan file are damaged/,
    ],
    [
      'rows that disagree with the SHA-256 recorded for them',
      (file: Record<string, unknown>) => {
        file['importData'] = { 'imp-usage': { rows: 'AAEC', rowsSha256: sha256Hex(new Uint8Array([0, 10, 20])), rejected: null } };
      },
      /The rows of “usage\.csv” \(imported 2026-10-05\) in this plan file do not match the SHA-256 recorded for them/,
    ],
    [
      'rows without their SHA-256',
      (file: Record<string, unknown>) => {
        file['importData'] = { 'imp-usage': { rows: 'AAEC', rejected: null } };
      },
      /come without their SHA-256, so they cannot be checked/,
    ],
    [
      'damaged rejected rows',
      (file: Record<string, unknown>) => {
        const rows = storedRows('usage', 20);
        file['importData'] = { 'imp-usage': { rows: encodeBase64(rows), rowsSha256: sha256Hex(rows), rejected: 'AAE' } };
      },
      /The rejected rows of “usage\.csv”.* are damaged/,
    ],
    [
      'rows given as a number',
      (file: Record<string, unknown>) => {
        file['importData'] = { 'imp-usage': { rows: 42, rejected: null } };
      },
      /The rows of “usage\.csv”.* are damaged/,
    ],
    [
      'rows for an import the plan does not list',
      (file: Record<string, unknown>) => {
        file['importData'] = { 'imp-gone': { rows: 'AAEC', rejected: null } };
      },
      /rows for an import \(“imp-gone”\) that its plan does not list/,
    ],
    [
      'an invalid decision',
      (file: Record<string, unknown>) => {
        file['decisions'] = [first, { ...second, rationale: '' }];
      },
      new RegExp(`Decision 2 of the file \\(id “${second.id}”\\) is not a valid decision log entry`),
    ],
    [
      'a decision of another plan',
      (file: Record<string, unknown>) => {
        file['decisions'] = [{ ...first, planId: 'someone-else' }];
      },
      /Decision 1 of the file .* belongs to another plan \(someone-else\)/,
    ],
    [
      'the same decision twice',
      (file: Record<string, unknown>) => {
        file['decisions'] = [first, second, first];
      },
      /Decision 3 of the file .* repeats the id of an earlier entry/,
    ],
    [
      'a decision log that is not a list',
      (file: Record<string, unknown>) => {
        file['decisions'] = { first };
      },
      /not a list of decisions/,
    ],
  ])('refuses the whole file for %s, saying what is wrong', (_label, change, message) => {
    const read = readPlanFile(edited(change));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.code).toBe('invalid');
      expect(read.error.message).toMatch(message);
      expect(read.error.message).toMatch(/Nothing was imported\./);
    }
  });

  it('names the fields of an invalid decision', () => {
    const read = readPlanFile(edited((file) => (file['decisions'] = [{ ...first, author: '  ' }])));
    expect(!read.ok && read.error.details).toEqual(['author: Every decision needs its author']);
  });

  it('refuses a file from a newer version of the app', () => {
    const read = readPlanFile(edited((file) => (file['formatVersion'] = PLAN_FILE_VERSION + 1)));
    expect(read).toMatchObject({ ok: false, error: { code: 'newer_version', message: expect.stringMatching(/newer version/) as unknown } });
  });
});
