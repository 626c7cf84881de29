import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { PlatformPackager, type Configuration, type FuseOptionsV1 } from 'app-builder-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { makeTempDir } from '../electron/fixtures';

/*
 * The fuses are flipped in the Electron binary at packaging time, which only hosted CI does.
 * Here the same two steps run offline on a stand-in binary that carries Electron's fuse wire:
 * electron-builder turns package.json's `electronFuses` into a fuse config, and
 * @electron/fuses (the library electron-builder calls) writes it into the wire.
 */
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** Electron's own defaults, in wire order: run-as-node on, NODE_OPTIONS on, inspect on, asar checks off… */
const ELECTRON_DEFAULT_WIRE = '10110001';

function standInBinary(): string {
  const path = join(dir, 'rollout-readiness');
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1');
  writeFileSync(path, Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire, Buffer.from('…more code')]));
  return path;
}

/** electron-builder's own translation of `electronFuses` (a private method, called as it calls it). */
async function builderFuseConfig(fuses: FuseOptionsV1): Promise<FuseConfig> {
  const generate = (PlatformPackager.prototype as unknown as { generateFuseConfig(f: FuseOptionsV1): Promise<FuseConfig> }).generateFuseConfig;
  return generate.call(null, fuses);
}

describe('Electron fuses of the packaged app', () => {
  it.each([
    ['run as Node (ELECTRON_RUN_AS_NODE)', FuseV1Options.RunAsNode, FuseState.DISABLE],
    ['NODE_OPTIONS and NODE_EXTRA_CA_CERTS', FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
    ['--inspect flags and SIGUSR1', FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
    ['asar integrity validation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
    ['load the app only from app.asar', FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
    ['extra file:// privileges', FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
    // The app keeps no cookies; encrypting them would only make macOS ask for keychain access.
    ['cookie encryption', FuseV1Options.EnableCookieEncryption, FuseState.DISABLE],
  ])('sets "%s" as configured', async (_label, fuse, state) => {
    const binary = standInBinary();
    const config = await builderFuseConfig((packageJson.build as Configuration).electronFuses as FuseOptionsV1);
    expect(await flipFuses(binary, config)).toBe(1);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[fuse]).toBe(state);
  });

  it('leaves the rest of the binary byte for byte', async () => {
    const binary = standInBinary();
    const before = readFileSync(binary);
    await flipFuses(binary, await builderFuseConfig((packageJson.build as Configuration).electronFuses as FuseOptionsV1));
    const after = readFileSync(binary);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart));
    expect(after.subarray(wireStart + ELECTRON_DEFAULT_WIRE.length)).toEqual(before.subarray(wireStart + ELECTRON_DEFAULT_WIRE.length));
  });
});
