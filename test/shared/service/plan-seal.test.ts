import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migratePlan } from '../../../shared/model/migrate';
import { checkSeal, hashTextPortably, sealPlan, SEAL_KEY, type HashText } from '../../../shared/service/plan-seal';
import { serialisePlan } from '../../../shared/service/limits';
import { makePlan } from '../../electron/fixtures';

const nodeHash: HashText = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const SEALED_AT = new Date('2026-12-01T09:30:00.000Z');

// A hand edit reaches into the file's untyped JSON, as a text editor does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

type Stored = Record<string, unknown> & { seal: { sha256: string; sealedAt: string } };

/** A plan with a stage, a criterion, checklist items and a hand-recorded value (one, its ids are random), non-ASCII name. */
const BASE = makePlan({ name: 'Claims triage — “pilot” ✓' });

/** The plan sealed as the app stores it. */
function storedPlan(hash: HashText = hashTextPortably): Stored {
  const plan = BASE;
  const stage = plan.stages[0]!;
  const withValue = {
    ...plan,
    handValues: [
      {
        id: 'hv-1',
        stageId: stage.id,
        metric: 'adoption_rate' as const,
        week: 4,
        figure: { kind: 'counts' as const, successes: 3, trials: 5 },
        source: 'Team survey',
        note: '',
        recordedAt: '2026-11-20T10:00:00.000Z',
      },
    ],
  };
  const parsed = migratePlan(withValue);
  if (!parsed.ok) throw new Error(parsed.message);
  return sealPlan(parsed.plan, hash, SEALED_AT) as unknown as Stored;
}

/** The stored record after a JSON round trip (the desktop's file), as edited by hand. */
function edited(edit: (raw: Raw) => void): unknown {
  const raw = JSON.parse(serialisePlan(storedPlan())) as Raw;
  edit(raw);
  return raw;
}

describe('the plan seal', () => {
  it.each([
    ['the portable SHA-256', hashTextPortably],
    ["Node's native SHA-256", nodeHash],
  ])('is the same with %s (one rule, whichever platform hashes)', (_name, hash) => {
    expect(storedPlan(hash).seal.sha256).toBe(storedPlan(hashTextPortably).seal.sha256);
    expect(storedPlan(hash).seal.sealedAt).toBe(SEALED_AT.toISOString());
  });

  it('is stored after the plan’s fields and leaves them as they were (an older app drops the unknown key)', () => {
    const stored = storedPlan();
    expect(Object.keys(stored).at(-1)).toBe(SEAL_KEY);
    const older = migratePlan(stored);
    expect(older.ok && SEAL_KEY in older.plan).toBe(false);
  });

  it.each([
    ['as written', (stored: Stored) => stored],
    ['after a JSON file round trip (the desktop)', (stored: Stored) => JSON.parse(serialisePlan(stored)) as unknown],
    ['after a structured clone (IndexedDB)', (stored: Stored) => structuredClone(stored)],
    ['re-indented by an editor, same keys in the same order', (stored: Stored) => JSON.parse(JSON.stringify(stored, undefined, 2)) as unknown],
    ['re-sealed over an older seal', (stored: Stored) => sealPlan(stored, hashTextPortably, SEALED_AT)],
  ])('holds %s', (_how, transform) => {
    expect(checkSeal(transform(storedPlan()), hashTextPortably).state).toBe('sealed');
  });

  it.each<[string, (raw: Raw) => void]>([
    ['a gate threshold 50 → 40', (raw) => (raw.stages[0].criteria[0].threshold -= 10)],
    ['a checklist item ticked', (raw) => (raw.checklist.items[0].status = 'done')],
    ['a hand-recorded value changed', (raw) => (raw.handValues[0].figure.successes = 5)],
    ['the risk tier changed', (raw) => (raw.riskTier = 'low')],
    ['a field removed', (raw) => delete raw.system.purpose],
    ['two keys swapped', (raw) => ([raw.name, raw.id] = [raw.id, raw.name])],
    ['one character of a note', (raw) => (raw.system.purpose += ' ')],
    ['the seal’s hash edited', (raw) => (raw.seal.sha256 = raw.seal.sha256.replace(/^./, (c: string) => (c === '0' ? '1' : '0')))],
    ['the seal blanked', (raw) => (raw.seal = null)],
    ['the seal’s hash removed', (raw) => delete raw.seal.sha256],
  ])('finds %s: changed outside the app, content kept as found', (_what, edit) => {
    const changed = edited(edit);
    const check = checkSeal(changed, hashTextPortably);
    expect(check.state).toBe('changed');
    const { seal: _seal, ...content } = changed as Record<string, unknown>;
    expect(check.content).toEqual(content);
  });

  it.each<[string, (raw: Raw) => void, string | null]>([
    ['is read from the seal', () => undefined, SEALED_AT.toISOString()],
    ['is unknown when the seal is blanked', (raw) => (raw.seal = 'x'), null],
  ])('gives when the app last saved a changed plan: it %s', (_how, edit, expected) => {
    const check = checkSeal(
      edited((raw) => {
        raw.name = 'Renamed by hand';
        edit(raw);
      }),
      hashTextPortably,
    );
    expect(check).toMatchObject({ state: 'changed', sealedAt: expected });
  });

  it.each<[string, unknown]>([
    ['a plan saved before sealing', makePlan()],
    ['an array', [1, 2]],
    ['a string', 'plan'],
    ['null', null],
  ])('reads %s as unsealed, content untouched', (_what, value) => {
    expect(checkSeal(value, hashTextPortably)).toEqual({ state: 'unsealed', content: value });
  });

  it('is the SHA-256 of the plan written without its seal, which anyone can recompute', () => {
    const stored = storedPlan();
    const { seal, ...content } = stored;
    expect(seal.sha256).toBe(createHash('sha256').update(JSON.stringify(content, undefined, '\t')).digest('hex'));
  });
});
