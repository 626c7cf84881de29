import { describe, expect, it } from 'vitest';
import type { ImportOutcome, SaveOutcome } from '../../../shared/api';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { PLAN_FILE_VERSION } from '../../../shared/model/plan-file';
import { collectPlanEvidence } from '../../../shared/model/plan-file-evidence';
import type { Plan } from '../../../shared/model/schema';
import { fail, ok, type Result } from '../../../shared/result';
import { damagedRowsMessage } from '../../../shared/metrics/columnar-checksum';
import { sealRejectedRows } from '../../../shared/csv/rejected-part';
import { createMemoryApi, type MemoryApi } from '../../../renderer/api/memory-api';
import { makeDecision, stamped } from '../../shared/decision-fixture';
import { importRecord } from '../../shared/decisions/fixtures';
import { storedRows } from '../../shared/rows-fixture';
import { importText } from '../../shared/api/import-text';
import { makePlan, TEST_NOW } from '../plan-fixtures';

const now = () => TEST_NOW;
const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', rejected: 1 });
const quality = importRecord({ id: 'imp-quality', kind: 'quality', fileName: 'quality.csv' });

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A browser profile holding a plan with two imports' rows and a decision log of two entries. */
async function stocked(plan: Plan = makePlan({ imports: [usage, quality] })) {
  const api = createMemoryApi({ plans: [plan], now });
  const rows = storedRows('usage', 20, 7);
  const rejected = new TextEncoder().encode('Line,Reason\r\n4,Rating 9 is outside 1–5\r\n');
  const qualityRows = storedRows('quality', 20, 3);
  await api.saveImportData(plan.id, usage.id, 'rows', rows);
  await api.saveImportData(plan.id, usage.id, 'rejected', rejected);
  await api.saveImportData(plan.id, quality.id, 'rows', qualityRows);
  const decisions = [makeDecision(plan.id, { rationale: 'Proceed to the expanded pilot.' }), makeDecision(plan.id)];
  for (const entry of decisions) unwrap(await api.appendDecision(entry));
  return { api, plan, rows, rejected, qualityRows, decisions };
}

async function exported(api: MemoryApi, planId: string): Promise<{ text: string; outcome: SaveOutcome }> {
  const outcome = unwrap(await api.exportPlan(planId));
  const file = api.savedFiles.at(-1);
  if (!file) throw new Error('nothing was downloaded');
  return { text: file.text, outcome };
}

function imported(result: Result<ImportOutcome>): ImportOutcome & { status: 'imported' } {
  const outcome = unwrap(result);
  if (outcome.status !== 'imported') throw new Error('unexpected conflict');
  return outcome;
}

/** Everything the browser storage holds, to prove a refused import changed nothing. */
function snapshot(api: MemoryApi) {
  return structuredClone({
    plans: [...api.storedPlans],
    data: [...api.storedImportData],
    decisions: [...api.storedDecisions],
  });
}

describe('browser twin: plan files with their rows and decisions', () => {
  it('moves a plan to another browser with identical rows and decisions', async () => {
    const source = await stocked();
    const { text, outcome } = await exported(source.api, source.plan.id);
    expect(outcome).toEqual({ saved: true, fileName: 'Support-reply-assistant.rollout.json' });
    expect(source.api.savedFiles.at(-1)?.kind).toBe('plan');

    const target = createMemoryApi({ now });
    const done = imported(await importText(target, text, 'ask'));
    expect(done).toMatchObject({ replaced: false, plan: { id: source.plan.id } });
    expect(done.warnings).toBeUndefined();
    expect(await target.getPlan(source.plan.id)).toMatchObject({ ok: true, value: source.plan });
    expect(await target.loadImportData(source.plan.id, usage.id, 'rows')).toMatchObject({ ok: true, value: source.rows });
    expect(await target.loadImportData(source.plan.id, usage.id, 'rejected')).toMatchObject({ ok: true, value: source.rejected });
    expect(await target.loadImportData(source.plan.id, quality.id, 'rows')).toMatchObject({ ok: true, value: source.qualityRows });
    expect(await target.listDecisions(source.plan.id)).toMatchObject({ ok: true, value: source.decisions.map(stamped) });
  });

  it('imports a copy with its rows under the new id and the decisions in a new log', async () => {
    const { api, plan, rows, decisions } = await stocked();
    const { text } = await exported(api, plan.id);

    const copy = imported(await importText(api, text, 'copy'));
    expect(copy.plan.id).not.toBe(plan.id);
    expect(await api.loadImportData(copy.plan.id, usage.id, 'rows')).toMatchObject({ ok: true, value: rows });
    expect(await api.listDecisions(copy.plan.id)).toMatchObject({ ok: true, value: decisions.map((entry) => stamped({ ...entry, planId: copy.plan.id })) });
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: decisions.map(stamped) });
  });

  it('on replace, leaves the log’s entries as they are and appends only new ones, saying so', async () => {
    const source = await stocked();
    const [first, second] = source.decisions as [DecisionEntry, DecisionEntry];
    const target = createMemoryApi({ plans: [source.plan], now });
    await target.appendDecision(first);
    await target.appendDecision(second);
    const { text } = await exported(source.api, source.plan.id);

    const replaced = imported(await importText(target, text, 'replace'));
    expect(replaced.replaced).toBe(true);
    expect(replaced.warnings).toEqual([
      '2 decisions of the file were already in this plan’s decision log and kept as recorded (the log is append-only); no new decisions were added.',
    ]);
    expect(target.storedDecisions.get(source.plan.id)).toHaveLength(2);
    expect(await target.loadImportData(source.plan.id, usage.id, 'rows')).toMatchObject({ ok: true, value: source.rows });
  });

  it('finds the log a deleted plan left behind and does not double it when the plan comes back from a file', async () => {
    const { api, plan, decisions } = await stocked();
    const { text } = await exported(api, plan.id);
    unwrap(await api.deletePlan(plan.id));

    const back = imported(await importText(api, text, 'ask'));
    expect(back.plan.id).toBe(plan.id);
    expect(back.warnings).toEqual([expect.stringMatching(/^2 decisions of the file were already in this plan’s decision log/)]);
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: decisions.map(stamped) });
  });

  it('exports an import whose rows are missing as absent and names it', async () => {
    const plan = makePlan({ imports: [usage] });
    const api = createMemoryApi({ plans: [plan], now });
    const { text, outcome } = await exported(api, plan.id);
    expect(outcome.warnings).toEqual([
      'The rows of “usage.csv” (imported 2026-10-05) are not stored on this computer, so the file carries that import without its rows.',
      'The rejected rows of “usage.csv” (imported 2026-10-05) are not stored on this computer, so the file does not carry them.',
    ]);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: PLAN_FILE_VERSION, importData: {}, decisions: [] });
  });

  it('leaves out rows that changed after they were stored, and says so: a file never passes them on', async () => {
    const { api, plan, rows } = await stocked();
    const changed = rows.slice();
    changed[40]! ^= 0x01;
    await api.saveImportData(plan.id, usage.id, 'rows', changed);
    const { text, outcome } = await exported(api, plan.id);
    expect(outcome.warnings).toEqual([
      'The stored rows of “usage.csv” (imported 2026-10-05) are damaged (the rows’ checksum no longer matches, so they changed after they were stored), so the file carries that import without its rows. Import the file again before you export.',
    ]);
    const carried = (JSON.parse(text) as { importData: Record<string, { rows: unknown; rejected: unknown }> }).importData;
    expect(carried[usage.id]?.rows).toBeNull();
    expect(carried[usage.id]?.rejected).not.toBeNull();
    expect(carried[quality.id]?.rows).not.toBeNull();
  });

  // Before: the rejected rows had no checksum; a changed byte was passed on in the file as the import's own line.
  it('leaves out rejected rows that changed after they were stored, and says so; intact sealed ones are carried', async () => {
    const { api, plan, rejected } = await stocked();
    const sealed = sealRejectedRows(rejected);
    await api.saveImportData(plan.id, usage.id, 'rejected', sealed);
    const intact = (JSON.parse((await exported(api, plan.id)).text) as { importData: Record<string, { rejected: unknown }> }).importData;
    expect(intact[usage.id]?.rejected).not.toBeNull();
    const changed = sealed.slice();
    changed[5]! ^= 0x01;
    await api.saveImportData(plan.id, usage.id, 'rejected', changed);
    const { text, outcome } = await exported(api, plan.id);
    expect(outcome.warnings).toEqual([
      'The stored rejected rows of “usage.csv” (imported 2026-10-05) are damaged (the rows’ checksum no longer matches, so they changed after they were stored), so the file does not carry them.',
    ]);
    const carried = (JSON.parse(text) as { importData: Record<string, { rows: unknown; rejected: unknown }> }).importData;
    expect(carried[usage.id]?.rejected).toBeNull();
    expect(carried[usage.id]?.rows).not.toBeNull();
  });

  it('takes a storage that checks rows itself at its word, in the same words (the browser checks them in its storage worker)', async () => {
    const plan = makePlan({ imports: [usage] });
    const problem = 'the rows’ checksum no longer matches, so they changed after they were stored';
    const source = {
      checksRows: true,
      loadImportData: async (_plan: string, _import: string, part: string) => (part === 'rows' ? fail('invalid', damagedRowsMessage(problem)) : ok(null)),
      listDecisions: async () => ok([]),
      checkDecisionLog: async () => ok({ length: 0, head: null, beforeChaining: 0, breaks: [] }),
    };
    const collected = unwrap(await collectPlanEvidence(plan, source, 1_000_000));
    expect(collected.warnings[0]).toBe(
      `The stored rows of “usage.csv” (imported 2026-10-05) are damaged (${problem}), so the file carries that import without its rows. Import the file again before you export.`,
    );
    expect(collected.evidence.importData[usage.id]).toBeUndefined();
  });

  it.each([
    ['damaged rows', (file: Record<string, unknown>) => ((file['importData'] as Record<string, { rows: string }>)[usage.id]!.rows = 'not base64')],
    ['an invalid decision', (file: Record<string, unknown>) => ((file['decisions'] as Array<Record<string, unknown>>)[1]!['at'] = 'yesterday')],
  ])('refuses a file with %s, writing nothing whatever the choice', async (_label, damage) => {
    const { api, plan } = await stocked();
    const file = JSON.parse((await exported(api, plan.id)).text) as Record<string, unknown>;
    damage(file);
    const before = snapshot(api);
    for (const choice of ['ask', 'copy', 'replace'] as const) {
      expect(await importText(api, JSON.stringify(file), choice)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(snapshot(api)).toEqual(before);

    const elsewhere = createMemoryApi({ now });
    expect(await importText(elsewhere, JSON.stringify(file), 'ask')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(elsewhere.storedPlans.size + elsewhere.storedImportData.size + elsewhere.storedDecisions.size).toBe(0);
  });

  it('refuses to build a file above the limit, before encoding anything, in plain words', async () => {
    const { api, plan } = await stocked();
    expect(await collectPlanEvidence(plan, api, 200)).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringMatching(/would make a file of about [\d.,]+ (KB|bytes), above the limit of 200 bytes/) as unknown },
    });
  });
});
