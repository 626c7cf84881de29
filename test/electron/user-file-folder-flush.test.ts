import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeUserFile } from '../../electron/files';
import { useTempDataDir } from './fixtures';

vi.mock('electron', () => ({ default: {} }));

const temp = useTempDataDir();

/**
 * A backup, an export or a report was renamed into place and reported saved, but the folder holding it was never
 * flushed: a power cut right after "Saved" could take the new file's name with it. The folder is now flushed first.
 */
describe('a file written to a folder the user chose', () => {
  it('is in place under its name when its folder is flushed, and the flush comes before "saved"', async () => {
    const target = join(temp.dir, 'all-plans.backup.json');
    const flushed: Array<{ dir: string; text: string }> = [];
    const result = await writeUserFile(target, '{"plans":[]}\n', async (dir) => {
      flushed.push({ dir, text: readFileSync(target, 'utf8') });
    });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(flushed).toEqual([{ dir: temp.dir, text: '{"plans":[]}\n' }]);
  });

  it('is still saved when the disk refuses to flush a folder (some network shares and USB sticks do)', async () => {
    const target = join(temp.dir, 'claims.csv');
    const refused = Object.assign(new Error('EINVAL: invalid argument, fsync'), { code: 'EINVAL' });
    const result = await writeUserFile(target, 'a,b\n', () => Promise.reject(refused));
    expect(result).toEqual({ ok: true, value: undefined });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
  });
});
