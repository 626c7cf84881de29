import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/model/schema';
import { FIXED_NOW, useTempDataDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';
import { must } from '../shared/must';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const now = () => FIXED_NOW;

/** What a later version of the app would store: a schema this one does not know, with a field it never heard of. */
const NEWER = `${JSON.stringify({ schemaVersion: 2, authorName: 'Dana Reyes', theme: 'dark', lastPlanId: null, signatureTitle: 'Head of Ops' }, undefined, '\t')}\n`;

describe('settings saved by a newer version of the app (the user went back to an older one)', () => {
  it('are kept byte for byte where they are, said to be newer (not damaged), and this version runs on defaults', async () => {
    writeFileSync(join(data.dir, 'settings.json'), NEWER);
    const api = openDesktopApi(data.dir, { now });

    expect(must(await api.getSettings())).toEqual(defaultSettings);
    const notices = must(await api.getStartupNotices());
    expect(notices).toEqual([{ kind: 'newer-version', message: expect.stringMatching(/^Your settings were saved by a newer version of Rollout Readiness\. They are kept unchanged/) as unknown }]);
    expect(readFileSync(join(data.dir, 'settings.json'), 'utf8')).toBe(NEWER);
    expect(readdirSync(data.dir).filter((name) => name.startsWith('settings'))).toEqual(['settings.json']);
  });

  it('are not overwritten by a save here, which says why it was refused', async () => {
    writeFileSync(join(data.dir, 'settings.json'), NEWER);
    const api = openDesktopApi(data.dir, { now });

    const saved = await api.saveSettings({ ...defaultSettings, lastPlanId: 'plan-1' });

    expect(saved).toMatchObject({ ok: false, error: { code: 'newer_version', message: expect.stringMatching(/newer version of Rollout Readiness.*kept unchanged/) as unknown } });
    expect(readFileSync(join(data.dir, 'settings.json'), 'utf8')).toBe(NEWER);
  });
});
