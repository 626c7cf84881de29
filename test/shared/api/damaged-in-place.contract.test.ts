import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, closeAdapters } from './adapters';
import { WriteFailure, type RecordStore } from '../../../shared/service/record-store';
import { makePlan } from '../../electron/fixtures';
import { must } from '../must';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const good = makePlan({ name: 'Claims triage assistant' });
const damaged = makePlan({ name: 'Chat assistant' });

/** A storage that cannot move anything aside (a read-only data folder, a file another program holds). */
const cannotSetAside = (inner: RecordStore): RecordStore => ({
  ...inner,
  setAside: async () => {
    throw new WriteFailure('the disk is read-only');
  },
});

describe.each(adapters)('a damaged plan that cannot be set aside (%s)', (_name, openApi) => {
  it('is left in place and named; the other plans list; a save under its id is refused rather than written over it', async () => {
    const api = await openApi([good], { raw: { [damaged.id]: { ...damaged, stages: 'not a list' } }, wrap: cannotSetAside });

    expect(must(await api.listPlans()).map((p) => p.name)).toEqual(['Claims triage assistant']);
    expect(must(await api.getStartupNotices()).map((n) => n.message)).toContainEqual(
      expect.stringMatching(/^The saved plan "Chat assistant" could not be opened because .* It could not be set aside because the disk is read-only, so it was left exactly where it is/),
    );

    const saved = await api.savePlan({ ...damaged, revision: damaged.revision + 1 });
    expect(saved).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/^Not saved: a damaged copy of "Chat assistant" is stored under the same name and could not be set aside/) as unknown } });
    // Still the damaged record, not the plan the save carried.
    expect(await api.getPlan(damaged.id)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/left exactly where it is/) as unknown } });
  });
});
