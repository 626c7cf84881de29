import { describe, expect, it } from 'vitest';
import { createGateLog } from '../../../shared/decisions/gate-log';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import type { HandValue, Plan } from '../../../shared/model/schema';
import { importRecord, pilotPlan, snapshotOf } from './fixtures';

/** The service's own change log: what it writes between the plans it stored, with the screen's hints. */
const planned = pilotPlan({ imports: [] });
const withData: Plan = { ...planned, imports: [importRecord()] };
const hand: HandValue = {
  id: 'h1',
  stageId: planned.stages[0]?.id ?? '',
  metric: 'error_rate',
  week: 2,
  figure: { kind: 'counts', successes: 3, trials: 200 },
  source: 'Grafana export',
  note: '',
  recordedAt: '2026-09-20T10:00:00.000Z',
};

function logOf(saves: readonly Plan[], hints: { withData?: boolean; verdicts?: null } = {}) {
  const log = createGateLog();
  for (let i = 1; i < saves.length; i++) log.noteSave(planned.id, saves[i - 1] ?? null);
  let n = 0;
  const last = saves[saves.length - 1] as Plan;
  return log.take(last, { evidence: { '': snapshotOf(last, null) }, author: 'Dana Kim', now: new Date('2026-10-01T09:00:00Z'), newId: () => `e${++n}`, ...hints });
}

describe('the service change log', () => {
  it.each<[string, Plan[], { withData?: boolean }, string[]]>([
    ['a gate edit before any data is planning: not logged', [planned, { ...planned, statisticalConfidence: true }], {}, []],
    ['a setting edit after data arrived is logged', [withData, { ...withData, statisticalConfidence: !withData.statisticalConfidence }], {}, ['setting_change']],
    [
      'an edit saved with the first import is logged when the screen had the data on screen',
      [planned, { ...withData, statisticalConfidence: !withData.statisticalConfidence }],
      { withData: true },
      ['setting_change'],
    ],
    ['a hand-recorded value is data: logged even before any import', [planned, { ...planned, handValues: [hand] }], {}, ['note']],
    [
      'a hand value entered before the data arrived is still logged after it arrives',
      [planned, { ...planned, handValues: [hand] }, { ...withData, handValues: [hand] }],
      {},
      ['note'],
    ],
  ])('%s', (_, saves, hints, kinds) => {
    const entries = logOf(saves, hints);
    expect(entries.map((e) => e.decision)).toEqual(kinds);
    for (const e of entries) expect(decisionEntrySchema.safeParse(e).success).toBe(true);
    expect(entries.every((e) => e.automatic && e.author === 'Dana Kim')).toBe(true);
  });

  it('the verdict moves the screen saw are recorded with a setting change ("could not be checked" when null)', () => {
    const [entry] = logOf([withData, { ...withData, editingShareLimit: 20 }], { verdicts: null });
    expect(entry?.change?.verdicts).toBeNull();
    expect(entry?.rationale).toMatch(/^Changed after pilot data was imported: Editing limit/);
  });

  it('logs nothing twice: a second take without new saves is empty', () => {
    const log = createGateLog();
    log.noteSave(withData.id, withData);
    const after = { ...withData, editingShareLimit: 20 };
    const context = { evidence: { '': snapshotOf(after, null) }, author: '', now: new Date('2026-10-01T09:00:00Z'), newId: () => 'x' };
    expect(log.take(after, context)).toHaveLength(1);
    expect(log.take(after, context)).toEqual([]);
  });
});
