import { readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { APP_ID, APP_NAME } from '../../electron/app-identity';
import packageJson from '../../package.json';
import { unexpectedModules } from '../../scripts/check-bundle.mjs';
import viteConfig, { withoutDevConnections } from '../../vite.config';

const root = resolve(import.meta.dirname, '../..');
const build = packageJson.build as Configuration;

describe('electron-builder configuration (checked offline; only hosted CI builds installers)', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('a misspelt option is refused by the same validation (so the check above can fail)', async () => {
    const config = await getConfig(root, null, { electronFuses: { runAsnode: false } } as unknown as Configuration);
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object.*electronFuses/s);
  });

  it('names the app as the app names itself', () => {
    expect(build.appId).toBe(APP_ID);
    expect(build.productName).toBe(APP_NAME);
    expect(packageJson.productName).toBe(APP_NAME);
  });

  it.each([
    ['win', 'nsis', ['x64']],
    ['mac', 'dmg', ['arm64', 'x64']],
    ['linux', 'AppImage', ['x64']],
    ['linux', 'deb', ['x64']],
  ] as const)('builds %s %s for %j', (platform, target, arch) => {
    const targets = (build[platform]?.target ?? []) as Array<{ target: string; arch: string[] }>;
    expect(targets.find((entry) => entry.target === target)?.arch).toEqual(arch);
  });

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('flips the %s fuse to %s', (fuse, value) => {
    expect(build.asar).toBe(true);
    expect(build.electronFuses?.[fuse]).toBe(value);
  });

  it.each([
    ['win', build.win?.icon],
    ['mac', build.mac?.icon],
    ['linux', build.linux?.icon],
  ])('the %s icon it names exists (%s)', (_platform, icon) => {
    expect(icon).toBeTruthy();
    expect(existsSync(join(root, String(icon)))).toBe(true);
  });

  it('ships the built app only, and keeps the data folder on uninstall', () => {
    expect(build.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']));
    expect(packageJson.main).toBe('dist/electron/main.js');
    expect(build.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('associates the files Export Plan writes (.rollout.json)', () => {
    expect(build.fileAssociations).toEqual([expect.objectContaining({ ext: 'rollout.json', name: 'Rollout Readiness plan' })]);
  });
});

describe('dependencies', () => {
  it('has no runtime dependencies: electron and every library are devDependencies, inlined by the build', () => {
    expect(packageJson.dependencies).toEqual({});
    expect(Object.keys(packageJson.devDependencies)).toEqual(expect.arrayContaining(['electron', 'electron-store', 'react', 'zod', 'zustand']));
  });

  it('the main and preload builds inline everything but electron and Node’s own modules', () => {
    for (const mode of ['main', 'preload']) {
      const config = viteConfig({ mode, command: 'build', isSsrBuild: false, isPreview: false });
      if (typeof config !== 'object' || config instanceof Promise) throw new Error('unexpected vite config');
      expect(config.ssr?.noExternal).toBe(true);
      const external = config.build?.rollupOptions?.external as string[];
      expect(new Set(external)).toEqual(new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]));
    }
  });

  it.each([
    ['import { app } from "electron";\nimport fs from "node:fs";', []],
    ['import Store from "electron-store";', ['electron-store']],
    ['const z = require("zod");', ['zod']],
    ['await import("papaparse")', ['papaparse']],
    ['\t* @param {import(\'../types/index\').Options} options', []],
    ['const code = _`require("ajv/dist/runtime/validation_error")`', []],
  ])('the bundle check reads %j as loading %j', (code, expected) => {
    expect(unexpectedModules(code)).toEqual(expected);
  });
});

describe('production Content-Security-Policy', () => {
  it('the built page does not allow the dev server’s socket', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    expect(html).toContain('ws://localhost:*');
    const built = withoutDevConnections(html);
    expect(built).not.toContain('ws://');
    expect(built).toMatch(/connect-src 'self';/);
  });
});

describe('release workflow', () => {
  const workflow = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8');

  it.each(['windows-latest', 'macos-latest', 'ubuntu-latest'])('has a job on %s', (os) => {
    expect(workflow).toContain(`os: ${os}`);
  });

  it('checks, packages with npm run dist, and checks the bundle', () => {
    expect(workflow).toContain('npm ci');
    expect(workflow).toContain('npm run check');
    expect(workflow).toContain('npm run dist');
    expect(workflow).toContain('node scripts/check-bundle.mjs');
  });

  it('npm run dist builds for the current OS without publishing', () => {
    expect(packageJson.scripts.dist).toBe('npm run build && electron-builder --publish never');
  });
});
