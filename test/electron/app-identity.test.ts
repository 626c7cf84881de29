import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import {
  APP_NAME,
  APP_VERSION,
  aboutDetail,
  dataFolderFor,
  migrateLegacyData,
  migrationMessage,
  moveEntry,
  type MoveEntry,
  migrationNotice,
  rememberMigrationNotice,
} from '../../electron/app-identity';
import { makeTempDir } from './fixtures';
import { onTmpfs } from './tmpfs';

let appData: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: appData, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const legacyDir = () => join(appData, 'Electron');
const dataDir = () => dataFolderFor(appData);

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('identity', () => {
  it('has the product name and version of package.json', () => {
    expect(APP_NAME).toBe(packageJson.productName);
    expect(APP_VERSION).toBe(packageJson.version);
  });

  it('shows its own version in the About box, not Electron’s', () => {
    const text = aboutDetail({ electron: '45.4.1', chrome: '142.0.0.0' }, '/data');
    expect(text.split('\n')[0]).toBe(`Version ${packageJson.version} (Electron 45.4.1, Chromium 142.0.0.0)`);
    expect(text).toContain('Data folder: /data');
  });

  it('keeps its data in a folder of its own name', () => {
    expect(dataFolderFor('/home/a/.config')).toBe(join('/home/a/.config', 'Rollout Readiness'));
  });
});

describe('moving data from the legacy "Electron" folder', () => {
  it('moves plans, settings, imports and decisions, and leaves other apps’ files alone', () => {
    write(join(legacyDir(), 'settings.json'), '{"theme":"dark"}');
    write(join(legacyDir(), 'plans', 'plan-a.json'), '{"id":"a"}');
    write(join(legacyDir(), 'sealed-plans.json'), '{"version":1,"ids":["a"]}');
    write(join(legacyDir(), 'imports', 'a', 'i1.rows'), 'rows');
    write(join(legacyDir(), 'decisions', 'a.jsonl'), '{}\n');
    write(join(legacyDir(), 'Local Storage', 'leveldb'), 'someone else');

    const outcome = migrateLegacyData(appData, dataDir());

    expect(outcome).toEqual({ kind: 'moved', from: legacyDir(), entries: ['settings.json', 'plans', 'sealed-plans.json', 'imports', 'decisions'] });
    expect(readFileSync(join(dataDir(), 'plans', 'plan-a.json'), 'utf8')).toBe('{"id":"a"}');
    expect(readFileSync(join(dataDir(), 'sealed-plans.json'), 'utf8')).toBe('{"version":1,"ids":["a"]}');
    expect(readFileSync(join(dataDir(), 'settings.json'), 'utf8')).toBe('{"theme":"dark"}');
    expect(readFileSync(join(dataDir(), 'imports', 'a', 'i1.rows'), 'utf8')).toBe('rows');
    expect(readdirSync(legacyDir())).toEqual(['Local Storage']);
  });

  it('does nothing when there is no legacy folder, or it holds no plans or settings of ours', () => {
    expect(migrateLegacyData(appData, dataDir())).toEqual({ kind: 'nothing-to-move' });
    write(join(legacyDir(), 'logs', 'main.log'), 'x');
    expect(migrateLegacyData(appData, dataDir())).toEqual({ kind: 'nothing-to-move' });
    expect(existsSync(dataDir())).toBe(false);
  });

  it('never merges into a data folder that already has plans: the old ones stay and the user is told', () => {
    write(join(legacyDir(), 'plans', 'plan-old.json'), 'old');
    write(join(dataDir(), 'plans', 'plan-new.json'), 'new');

    const outcome = migrateLegacyData(appData, dataDir());

    expect(outcome).toMatchObject({ kind: 'left-in-place', from: legacyDir() });
    expect(readFileSync(join(legacyDir(), 'plans', 'plan-old.json'), 'utf8')).toBe('old');
    expect(readdirSync(join(dataDir(), 'plans'))).toEqual(['plan-new.json']);
    expect(migrationMessage(outcome, dataDir())).toContain(legacyDir());
  });

  it('says once, not at every start, that old plans were left in place', () => {
    write(join(legacyDir(), 'plans', 'plan-old.json'), 'old');
    write(join(dataDir(), 'plans', 'plan-new.json'), 'new');
    const first = migrateLegacyData(appData, dataDir());
    expect(migrationNotice(first, dataDir())).toContain(legacyDir());
    rememberMigrationNotice(first, dataDir());
    expect(migrationNotice(migrateLegacyData(appData, dataDir()), dataDir())).toBeNull();
  });

  it('runs once: a second start finds nothing left to move', () => {
    write(join(legacyDir(), 'plans', 'plan-a.json'), 'a');
    expect(migrateLegacyData(appData, dataDir()).kind).toBe('moved');
    expect(migrateLegacyData(appData, dataDir())).toEqual({ kind: 'nothing-to-move' });
  });

  it.each([
    [{ kind: 'nothing-to-move' } as const, null],
    [{ kind: 'moved', from: '/old', entries: ['plans'] } as const, 'moved from "/old"'],
    [{ kind: 'failed', from: '/old', message: 'EACCES', putBack: false } as const, 'none was deleted'],
    [{ kind: 'failed', from: '/old', message: 'EPERM', putBack: true } as const, 'so none was moved: they are all still there'],
  ])('explains %j to the user', (outcome, expected) => {
    const message = migrationMessage(outcome, '/new');
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });
});

describe('a move from the legacy folder stopped part-way', () => {
  /** The earlier version's folder: two plans, their seals, imported rows and decision logs. */
  function legacyData(): Record<string, string> {
    const files: Record<string, string> = {
      'settings.json': '{"theme":"dark"}',
      'plans/plan-a.json': `{"id":"a","notes":"${'n'.repeat(20_000)}"}`,
      'plans/plan-b.json': `{"id":"b","notes":"${'m'.repeat(20_000)}"}`,
      'sealed-plans.json': '{"version":1,"ids":["a","b"]}',
      'imports/a/i1.rows.bin': 'r'.repeat(40_000),
      'decisions/a.jsonl': '{"seq":1}\n{"seq":2}\n',
      'decisions/a.head.json': '{"length":2}',
    };
    for (const [path, text] of Object.entries(files)) write(join(legacyDir(), path), text);
    return files;
  }

  const contents = (root: string) =>
    Object.fromEntries(
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [path.slice(root.length + 1), readFileSync(path, 'utf8')];
        }),
    );

  it('puts back what it moved (an antivirus holding the decision logs): plans never arrive without their logs', () => {
    const files = legacyData();
    const held: MoveEntry = (from, to) => {
      if (from.endsWith('decisions')) throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      return moveEntry(from, to);
    };

    const outcome = migrateLegacyData(appData, dataDir(), held);

    expect(outcome).toEqual({ kind: 'failed', from: legacyDir(), message: 'EPERM: operation not permitted, rename', putBack: true });
    expect(contents(legacyDir())).toEqual(files);
    expect(readdirSync(dataDir())).toEqual([]);
    expect(migrationMessage(outcome, dataDir())).toMatch(/so none was moved: they are all still there, with their decision logs and imported data\. Quit the app and start it again/);
  });

  it('moves everything at the next start, though the app made its empty folders and wrote its window size meanwhile', () => {
    const files = legacyData();
    for (const folder of ['plans', 'decisions']) mkdirSync(join(dataDir(), folder), { recursive: true });
    write(join(dataDir(), 'window-state.json'), '{"version":1}');

    expect(migrateLegacyData(appData, dataDir())).toMatchObject({ kind: 'moved' });
    expect(contents(dataDir())).toEqual({ ...files, 'window-state.json': '{"version":1}' });
  });

  it('to a data folder on a disk that fills up part-way (tmpfs; needs root): no partial copy is left to open as damaged plans', async (ctx) => {
    const files = legacyData();
    // Another disk than the legacy folder's, so each entry is copied, not renamed; too small for all of them.
    await onTmpfs(ctx, dataDir(), '48k', async () => {
      const outcome = migrateLegacyData(appData, dataDir());

      expect(readdirSync(dataDir())).toEqual([]);
      expect(contents(legacyDir())).toEqual(files);
      expect(outcome).toMatchObject({ kind: 'failed', putBack: true, message: expect.stringMatching(/ENOSPC/) as unknown });
    });
  });
});
