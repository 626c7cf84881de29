import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PLAN_FILE_BYTES } from '../../shared/api';
import { createFileDialogs, decodeText, readTextFile, safeSuggestedName, type DialogLike } from '../../electron/files';
import { diskPlanFile } from '../../electron/plan-file-source';
import { makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', new Uint8Array(Buffer.from('{"name":"Übersicht"}'))],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"name":"Übersicht"}')])],
    ['UTF-16 LE with BOM', utf16le('{"name":"Übersicht"}')],
    ['UTF-16 BE with BOM', utf16be('{"name":"Übersicht"}')],
  ])('reads %s as the same text, without a BOM', (_label, bytes) => {
    expect(decodeText(bytes)).toBe('{"name":"Übersicht"}');
  });
});

describe('readTextFile', () => {
  it('returns the name, size and text of a file', async () => {
    const path = join(dir, 'plan.rollout.json');
    writeFileSync(path, '\uFEFF{"a":1}', 'utf8');
    expect(await readTextFile(path)).toEqual({ ok: true, value: { name: 'plan.rollout.json', size: 10, text: '{"a":1}' } });
  });

  it('refuses a file above the limit with a message naming it and the limit', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_PLAN_FILE_BYTES + 1);
    const result = await readTextFile(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(!result.ok && result.error.message).toBe(
      '"huge.json" is too large to open (300.0 MB; the limit is 300.0 MB). Is it really a Rollout Readiness plan file?',
    );
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'edge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_PLAN_FILE_BYTES);
    expect((await readTextFile(path)).ok).toBe(true);
  });

  it('explains a file that cannot be opened', async () => {
    expect(await readTextFile(join(dir, 'gone.json'))).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^"gone\.json" could not be opened/) as unknown },
    });
  });

  it.each([
    ['read', (path: string) => readTextFile(path)],
    ['offered for import', (path: string) => diskPlanFile(path)],
  ])('says in words that a file %s from a folder that went away is no longer there, not ENOENT', async (_label, open) => {
    expect(await open(join(dir, 'USB stick', 'claims.rollout.json'))).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: '"claims.rollout.json" could not be opened: it is no longer there (it was moved or deleted, or the drive it was on was disconnected).',
      },
    });
  });
});

describe('createFileDialogs', () => {
  it('suggests the file name in the default folder and writes UTF-8 without BOM', async () => {
    const target = join(dir, 'chosen.rollout.json');
    const showSaveDialog = vi.fn<DialogLike['showSaveDialog']>(async () => ({ canceled: false, filePath: target }));
    const dialogs = createFileDialogs({ showSaveDialog, showOpenDialog: vi.fn() }, () => '/home/ada/Documents');
    expect(await dialogs.saveTextFile('Claims.rollout.json', 'Ünïcode')).toEqual({
      ok: true,
      value: { saved: true, fileName: 'chosen.rollout.json' },
    });
    expect(showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(join('/home/ada/Documents', 'Claims.rollout.json'));
    expect(readFileSync(target)).toEqual(Buffer.from('Ünïcode', 'utf8'));
  });

  it('writes a plan file part after part, text as UTF-8 and bytes as they are, to the path chosen', async () => {
    const target = join(dir, 'plan.json');
    const dialogs = createFileDialogs({ showSaveDialog: async () => ({ canceled: false, filePath: target }), showOpenDialog: vi.fn() }, () => dir);
    const parts = ['{"rows": "', new Uint8Array(Buffer.from('QUJD')), new Uint8Array(Buffer.from('REVG')), '", "name": "Ünïcode"}\n'];
    expect(await dialogs.savePlanFile('Claims', parts)).toEqual({ ok: true, value: { saved: true, fileName: 'plan.json' } });
    expect(readFileSync(target, 'utf8')).toBe('{"rows": "QUJDREVG", "name": "Ünïcode"}\n');
  });

  it('reports a write failure as an io error', async () => {
    const dialogs = createFileDialogs(
      { showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'missing-folder', 'x.json') }), showOpenDialog: vi.fn() },
      () => dir,
    );
    expect(await dialogs.saveTextFile('x.json', 'text')).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('hands over a file chosen in the open dialog with its size, unread (the service refuses a too-large one)', async () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_PLAN_FILE_BYTES + 10);
    const dialogs = createFileDialogs(
      { showSaveDialog: vi.fn(), showOpenDialog: async () => ({ canceled: false, filePaths: [path] }) },
      () => dir,
    );
    expect(await dialogs.openPlanFile()).toMatchObject({ ok: true, value: { name: 'big.json', size: MAX_PLAN_FILE_BYTES + 10 } });
  });
});

describe('saving text the user asked for', () => {
  it.each([
    ['csv', 'rejected-rows.csv', 'CSV file', 'line,reason\n4,"bad date"\n'],
    ['json', 'template.json', 'JSON file', '{"columns":["date"]}'],
  ] as const)('saves %s with its own filter to the chosen path', async (kind, name, filterName, text) => {
    const target = join(dir, name);
    const showSaveDialog = vi.fn<DialogLike['showSaveDialog']>(async () => ({ canceled: false, filePath: target }));
    const dialogs = createFileDialogs({ showSaveDialog, showOpenDialog: vi.fn() }, () => dir);
    expect(await dialogs.saveTextFile(name, text, kind)).toEqual({ ok: true, value: { saved: true, fileName: name } });
    expect(readFileSync(target, 'utf8')).toBe(text);
    const options = showSaveDialog.mock.calls[0]?.[0];
    expect(options?.filters?.[0]).toEqual({ name: filterName, extensions: [kind] });
    expect(options?.defaultPath).toBe(join(dir, name));
  });

  it.each([
    ['a plain name', 'rejected rows', 'csv', 'rejected rows.csv'],
    ['a name that has its extension', 'Rows.CSV', 'csv', 'Rows.CSV'],
    ['a path that climbs out', '../../etc/passwd', 'csv', '-..-etc-passwd.csv'],
    ['Windows-reserved characters', 'a:b*c?.json', 'json', 'a-b-c-.json'],
    ['only dots', '..', 'pdf', 'untitled.pdf'],
  ] as const)('suggests a safe file name for %s', (_label, name, kind, expected) => {
    expect(safeSuggestedName(name, kind)).toBe(expected);
  });
});
