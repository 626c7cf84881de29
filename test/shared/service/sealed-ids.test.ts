import { describe, expect, it } from 'vitest';
import { createSealedIds, parseSealedIds } from '../../../shared/service/sealed-ids';
import { WriteFailure } from '../../../shared/service/record-store';

describe('the record of the plans a store sealed', () => {
  it.each<[string, unknown, string[]]>([
    ['never written', undefined, []],
    ['as written', { version: 1, ids: ['a', 'b'] }, ['a', 'b']],
    ['damaged: not the record', 'garbage', []],
    ['damaged: ids not a list', { version: 1, ids: 'a' }, []],
    ['other values among the ids left out', { version: 1, ids: ['a', 3, null] }, ['a']],
  ])('reads %s', (_, value, ids) => {
    expect([...parseSealedIds(value)]).toEqual(ids);
  });

  it('adds an id once, keeping ids another window added meanwhile', async () => {
    let stored: unknown = { version: 1, ids: ['a'] };
    const writes: unknown[] = [];
    const sealed = createSealedIds({
      readSealedIds: async () => stored,
      writeSealedIds: async (record) => {
        writes.push(record);
        stored = record;
      },
    });
    expect(await sealed.has('a')).toBe(true);
    stored = { version: 1, ids: ['a', 'other-tab'] };
    await sealed.add('b');
    await sealed.add('b');
    expect(writes).toEqual([{ version: 1, ids: ['a', 'b', 'other-tab'] }]);
    expect(await sealed.has('b')).toBe(true);
  });

  // A store that cannot keep the record never stops a save, and never marks a plan as changed that was not.
  it('a write that fails leaves the save alone; a read that fails knows no sealed plan', async () => {
    const failing = createSealedIds({
      readSealedIds: async () => {
        throw new Error('unreadable');
      },
      writeSealedIds: async () => {
        throw new WriteFailure('the disk is full');
      },
    });
    await expect(failing.add('a')).resolves.toBeUndefined();
    expect(await createSealedIds({}).has('a')).toBe(false);
  });
});
