import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters, importText } from './adapters';
import { sha256Hex } from '../../../shared/csv/sha256';
import { encodeBase64 } from '../../../shared/model/base64';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import { WriteFailure, type RecordStore } from '../../../shared/service/record-store';
import { makePlan } from '../../electron/fixtures';
import { importRecord } from '../decisions/fixtures';
import { storedRows } from '../rows-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', records: 20, accepted: 20 });
const plan = makePlan({ name: 'Claims triage assistant', imports: [usage] });

/** The plan's file with its 20 rows. */
function fileWithRows(): string {
  const rows = storedRows('usage', 20);
  const file = JSON.parse(serialisePlanFile(plan, CLOCK, { importData: {}, decisions: [] })) as Record<string, unknown>;
  file['importData'] = { [usage.id]: { rows: encodeBase64(rows), rowsSha256: sha256Hex(rows), rejected: null, rejectedSha256: null } };
  return JSON.stringify(file);
}

/** A storage whose writes of import rows fail as a full browser storage does (or a lost storage worker). */
const rowsRefused = (inner: RecordStore): RecordStore =>
  Object.assign(Object.create(inner) as RecordStore, {
    writeImportData: async () => {
      throw new WriteFailure('the browser’s storage for this app is full (free some disk space, or allow this site to keep more data)');
    },
  });

describe.each(adapters)('a plan file whose rows cannot be stored, over %s', (_name, open) => {
  it('is not imported at all when the plan is new here: an error says why, and no plan is listed without its rows', async () => {
    const api = await open([], { wrap: rowsRefused });
    const result = await importText(api, fileWithRows(), 'ask');
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!result.ok && result.error.message).toBe(
      'The plan file was not imported: The rows of “usage.csv” (imported 2026-10-05) could not be stored (The imported rows were not saved because the browser’s storage for this app is full (free some disk space, or allow this site to keep more data)). ' +
        'Nothing of it was kept, so no plan is listed without its rows or its decision log; import the file again once that is solved.',
    );
    expect(await api.listPlans()).toMatchObject({ ok: true, value: [] });
    expect(await api.getPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('is not imported as a copy either: the plan already here stays as it was, and no copy is listed', async () => {
    const api = await open([plan], { wrap: rowsRefused });
    const result = await importText(api, fileWithRows(), 'copy');
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/^The plan file was not imported: /) } });
    expect(await api.listPlans()).toMatchObject({ ok: true, value: [{ id: plan.id, name: plan.name }] });
  });
});
