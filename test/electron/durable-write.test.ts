import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepPrevious, nodeDurableFs, removeLeftoverTempFiles, writeFileDurably, type DurableFs } from '../../electron/durable-write';
import { makeTempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A real disk with one call replaced: the stand-in for a disk that misbehaves at that step. */
function faulty(overrides: Partial<DurableFs>): DurableFs {
  return { ...nodeDurableFs, ...overrides };
}

/** Writes at most `max` bytes per call, as a nearly full or slow disk may. */
const shortWrites = (max: number): Partial<DurableFs> => ({
  writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, Math.min(max, length), position),
});

describe('writeFileDurably', () => {
  it('loops on short writes until every byte is on disk', () => {
    const target = join(dir, 'plan.json');
    const text = 'x'.repeat(10_000);
    expect(writeFileDurably(target, text, faulty(shortWrites(7)))).toEqual({ ok: true });
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    expect(fs.readdirSync(dir)).toEqual(['plan.json']);
  });

  it.each<[string, Partial<DurableFs>, RegExp]>([
    ['a write that stops making progress', { writeSync: (fd, b, o, l, p) => (p === 0 ? fs.writeSync(fd, b, o, Math.min(3, l), p) : 0) }, /^the disk is full$/],
    ['ENOSPC on write', { writeSync: () => { throw errno('ENOSPC'); } }, /^the disk is full$/],
    ['a disk that claims bytes it did not keep', { writeSync: (fd, b, o, l, p) => (fs.writeSync(fd, b, o, Math.min(5, l), p), l) }, /kept only 5 of 11 bytes/],
    ['EIO on fsync', { fsyncSync: () => { throw errno('EIO'); } }, /read or write error/],
    ['EROFS on open', { openSync: () => { throw errno('EROFS'); } }, /read-only/],
    ['EACCES on rename', { renameSync: () => { throw errno('EACCES'); } }, /not allowed to write/],
  ])('%s leaves the previous file untouched, no temp file, and says why', (_name, override, reason) => {
    const target = join(dir, 'plan.json');
    fs.writeFileSync(target, 'old version');
    const outcome = writeFileDurably(target, 'new version', faulty(override));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
    expect(fs.readFileSync(target, 'utf8')).toBe('old version');
    expect(fs.readdirSync(dir)).toEqual(['plan.json']);
  });

  it('never writes over a temp file of another writer (exclusive create)', () => {
    const opened: string[] = [];
    const target = join(dir, 'a.json');
    writeFileDurably(target, '1', faulty({ openSync: (p, flags, mode) => (opened.push(`${flags}`), fs.openSync(p, flags, mode)) }));
    expect(opened[0]).toBe('wx');
  });
});

describe('keepPrevious', () => {
  it('keeps a copy that a later write over the current file, even in place, does not change', () => {
    const current = join(dir, 'plan.json');
    const previous = join(dir, 'plan.prev.json');
    fs.writeFileSync(current, 'version 1');
    expect(keepPrevious(previous, 'version 1')).toEqual({ ok: true });
    fs.writeFileSync(current, 'version 2');
    expect(fs.readFileSync(previous, 'utf8')).toBe('version 1');
  });
});

describe('removeLeftoverTempFiles', () => {
  it('removes temp files (ours and conf’s) and nothing else', () => {
    for (const name of ['plan-a.json', 'plan-a.prev.json', 'plan-a.json.tmp-1b2c3d4e-aaaa', 'settings.json.tmp-17000000abc']) {
      fs.writeFileSync(join(dir, name), '{}');
    }
    expect(removeLeftoverTempFiles(dir)).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['plan-a.json', 'plan-a.prev.json']);
  });
});
