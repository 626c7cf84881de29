import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileDialogs, safeSuggestedName } from '../../electron/files';
import type { PlanFilePart } from '../../shared/model/plan-file-parts';
import { useTempDataDir } from './fixtures';
import { onTmpfs } from './tmpfs';

vi.mock('electron', () => ({ default: {} }));

const temp = useTempDataDir();

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const EARLIER_EXPORT = '{"format":"rollout-readiness-plan","plan":{"name":"Claims, as exported last week"}}\n';

/** Parts whose writing stops half-way with `code`, as a disk that fills up (or fails) does. */
function partsFailingAfterFirst(code: string): PlanFilePart[] {
  const parts: PlanFilePart[] = ['{"format":"rollout-readiness-plan","plan":', '{"name":"Claims"}}\n'];
  parts[Symbol.iterator] = function* () {
    yield parts[0] ?? '';
    throw errno(code);
  };
  return parts;
}

function dialogsSavingTo(target: string) {
  return createFileDialogs({ showSaveDialog: async () => ({ canceled: false, filePath: target }), showOpenDialog: vi.fn() }, () => temp.dir);
}

describe('an export whose write fails half-way', () => {
  it.each([
    ['ENOSPC', /could not be written because the disk is full/],
    ['EIO', /could not be written because the disk reported a read or write error/],
    ['EACCES', /could not be written because the app is not allowed to write there/],
  ])('(%s) leaves the file it was to replace byte for byte, says why, and leaves no partial file', async (code, reason) => {
    const target = join(temp.dir, 'claims.rollout.json');
    writeFileSync(target, EARLIER_EXPORT);

    const result = await dialogsSavingTo(target).savePlanFile('Claims', partsFailingAfterFirst(code));

    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(reason) as unknown } });
    expect(!result.ok && result.error.message).toMatch(/The file already there was left as it was\.$/);
    expect(readFileSync(target, 'utf8')).toBe(EARLIER_EXPORT);
    expect(readdirSync(temp.dir)).toEqual(['claims.rollout.json']);
  });

  it('to a new name leaves no file at all, rather than the first half of one', async () => {
    const target = join(temp.dir, 'claims.csv');
    const result = await dialogsSavingTo(target).savePlanFile('Claims', partsFailingAfterFirst('ENOSPC'));
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!result.ok && result.error.message).toMatch(/Nothing was written\.$/);
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});

describe('an export to a real, nearly full disk (tmpfs; needs root)', () => {
  it('keeps the earlier export whole and reports the full disk', async (ctx) => {
    await onTmpfs(ctx, join(temp.dir, 'tiny'), '64k', async (disk) => {
      const target = join(disk, 'claims.csv');
      writeFileSync(target, EARLIER_EXPORT);
      const rows = `id,outcome\n${'case-0001,accepted\n'.repeat(8_000)}`;

      const result = await dialogsSavingTo(target).saveTextFile('claims', rows, 'csv');

      expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/the disk is full/) as unknown } });
      expect(readFileSync(target, 'utf8')).toBe(EARLIER_EXPORT);
      expect(readdirSync(disk)).toEqual(['claims.csv']);
    });
    expect(existsSync(join(temp.dir, 'tiny', 'claims.csv'))).toBe(false);
  });
});

describe('names at the edge of what a disk allows', () => {
  // 248 bytes of UTF-8: a name ext4, APFS and NTFS all accept, long only in bytes (three per character).
  const longName = `${'計画'.repeat(40)}.json`;

  it('writes a chosen name that fits the disk, though the name plus a temp suffix would not', async () => {
    expect(Buffer.byteLength(longName)).toBeLessThanOrEqual(255);
    const target = join(temp.dir, longName);
    const result = await dialogsSavingTo(target).saveTextFile('plan', '{"plan":1}\n');
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: longName } });
    expect(readFileSync(target, 'utf8')).toBe('{"plan":1}\n');
    expect(readdirSync(temp.dir)).toEqual([longName]);
  });

  it.each([
    ['plan', 'a 200-character plan name in Japanese', '計'.repeat(200), /^計+\.json$/],
    ['csv', 'a long name with its extension', `${'é'.repeat(190)}.CSV`, /^é+\.CSV$/],
  ] as const)('suggests a %s name the disk accepts for %s', (kind, _label, name, shape) => {
    const suggested = safeSuggestedName(name, kind);
    expect(suggested).toMatch(shape);
    expect(Buffer.byteLength(suggested)).toBeLessThanOrEqual(160);
  });
});

describe('an export to a folder that went away after it was chosen', () => {
  it('names the folder that is gone, not the app’s data folder', async () => {
    const gone = join(temp.dir, 'USB stick', 'exports');
    const result = await dialogsSavingTo(join(gone, 'claims.json')).saveTextFile('claims', '{}\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toBe(`"claims.json" could not be written because the folder "${gone}" is no longer there (was a drive disconnected, or the folder moved?). Nothing was written.`);
    expect(message).not.toMatch(/data folder/);
  });
});
