// Starts the built app in Electron (`npm start`, `npm run dev`). With `--check` it only says,
// in one line and before anything is built, whether the Electron runtime is there.
// The binary is looked up by hand: `require('electron')` downloads it when it is missing,
// which offline ends in a stack trace instead of a sentence the user can act on.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_RUNTIME_MESSAGE =
  'Rollout Readiness: the Electron runtime is not installed on this machine (it could not be downloaded offline). Run `npm run dev:web` to use the app in your browser.';
export const NOT_BUILT_MESSAGE = 'Rollout Readiness: the app is not built yet. Run `npm run build` first.';

/** The electron package folder; `ROLLOUT_ELECTRON_DIR` points elsewhere (tests, unusual layouts). */
export function electronPackageDir(env = process.env) {
  return env.ROLLOUT_ELECTRON_DIR ?? join(projectRoot, 'node_modules', 'electron');
}

/**
 * The Electron executable, found the way `electron/index.js` finds it (path.txt, then dist/,
 * honouring ELECTRON_OVERRIDE_DIST_PATH), or null when it is not installed. Never downloads.
 */
export function resolveElectronBinary(packageDir, env = process.env) {
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relativePath || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (relativePath === '') return null;
  const candidate = join(packageDir, 'dist', relativePath);
  return existsSync(candidate) ? candidate : null;
}

/** Electron's arguments: the app folder, `--dev` when asked, then any files to open. */
export function launchArguments(dev, args) {
  const files = args.filter((arg) => !arg.startsWith('--'));
  return [projectRoot, ...(dev ? ['--dev'] : []), ...files];
}

async function startDevServer() {
  const { createServer } = await import('vite');
  const server = await createServer({ configFile: join(projectRoot, 'vite.config.ts') });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server did not report its address');
  return { server, url };
}

async function main() {
  const dev = process.argv.includes('--dev');
  const binary = resolveElectronBinary(electronPackageDir());
  if (binary === null) {
    console.error(MISSING_RUNTIME_MESSAGE);
    process.exit(1);
  }
  if (process.argv.includes('--check')) return;
  const entry = join(projectRoot, 'dist', 'electron', 'main.js');
  if (!existsSync(entry)) {
    console.error(NOT_BUILT_MESSAGE);
    process.exit(1);
  }

  const env = { ...process.env };
  // Set by some shells and tools; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  let devServer = null;
  if (dev && !env.ROLLOUT_DEV_URL) {
    devServer = await startDevServer();
    env.ROLLOUT_DEV_URL = devServer.url;
  }

  // The project folder, not main.js: Electron then reads package.json (name, version, main) the
  // way an installed app has them, instead of calling itself "Electron".
  const child = spawn(binary, launchArguments(dev, process.argv.slice(2)), { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Rollout Readiness: Electron could not be started (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    void (devServer?.server.close() ?? Promise.resolve()).finally(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(`Rollout Readiness: could not start (${error instanceof Error ? error.message : String(error)}).`);
    process.exit(1);
  });
}
