import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_RUNTIME_MESSAGE, launchArguments, resolveElectronBinary } from '../../scripts/launch-electron.mjs';
import packageJson from '../../package.json';
import { makeTempDir } from './fixtures';

const script = resolve(import.meta.dirname, '../../scripts/launch-electron.mjs');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** An electron package folder as `npm install` leaves it, with or without the downloaded binary. */
function fakeElectronPackage(withBinary: boolean): string {
  const packageDir = join(dir, 'electron');
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  writeFileSync(join(packageDir, 'path.txt'), 'electron');
  if (withBinary) {
    writeFileSync(join(packageDir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(packageDir, 'dist', 'electron'), 0o755);
  }
  return packageDir;
}

describe('resolveElectronBinary', () => {
  it('finds the binary named in path.txt under dist/', () => {
    const packageDir = fakeElectronPackage(true);
    expect(resolveElectronBinary(packageDir, {})).toBe(join(packageDir, 'dist', 'electron'));
  });

  it.each([
    ['path.txt is missing (download never ran)', () => dir],
    ['dist/ lacks the binary (download failed)', () => fakeElectronPackage(false)],
  ])('answers null when %s', (_label, packageDir) => {
    expect(resolveElectronBinary(packageDir(), {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const packageDir = fakeElectronPackage(false);
    expect(resolveElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') })).toBeNull();
    const override = join(dir, 'custom');
    mkdirSync(override);
    writeFileSync(join(override, 'electron'), '');
    expect(resolveElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
});

describe('launch script without the Electron runtime', () => {
  it.each([[[]], [['--dev']], [['--check']], [['--check', '--dev']]])('prints one clear line and exits with 1 (args %j)', (args) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ROLLOUT_ELECTRON_DIR: fakeElectronPackage(false) };
    delete env['ELECTRON_OVERRIDE_DIST_PATH'];
    const run = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${MISSING_RUNTIME_MESSAGE}\n`);
    expect(MISSING_RUNTIME_MESSAGE).toContain('npm run dev:web');
  });
});

describe('npm start and npm run dev', () => {
  it.each(['start', 'dev'] as const)('"%s" checks for the runtime before it builds anything', (name) => {
    const command = packageJson.scripts[name];
    expect(command.startsWith('node scripts/launch-electron.mjs --check')).toBe(true);
    expect(command.indexOf('--check')).toBeLessThan(command.indexOf('npm run build'));
  });

  it('the check alone exits quietly when the runtime is there', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ROLLOUT_ELECTRON_DIR: fakeElectronPackage(true) };
    delete env['ELECTRON_OVERRIDE_DIST_PATH'];
    const run = spawnSync(process.execPath, [script, '--check'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it.each([
    [false, [], []],
    [true, ['--dev'], ['--dev']],
    [false, ['plans/q3.rollout.json'], ['plans/q3.rollout.json']],
  ])('starts Electron on the project folder, so it reads package.json (dev=%s, args %j)', (dev, args, rest) => {
    const [folder, ...others] = launchArguments(dev, args);
    expect(folder).toBe(resolve(import.meta.dirname, '../..'));
    expect(others).toEqual(rest);
  });

  it('package.json names the built main process and the product', () => {
    expect(packageJson.main).toBe('dist/electron/main.js');
    expect(packageJson.productName).toBe('Rollout Readiness');
  });
});
