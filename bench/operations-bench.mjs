/**
 * Builds bench/operations-bench.ts for Node (as bench/run.mjs builds the main bench) and runs it:
 * `node bench/operations-bench.mjs [--rows N] [--runs R]`. Not a timed test: it prints figures.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, '.cache/bench/ops-dist');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      input: { 'operations-bench': resolve(root, 'bench/operations-bench.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const child = spawnSync(process.execPath, [resolve(outDir, 'operations-bench.mjs'), '--dir', resolve(root, '.cache/bench'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(child.status ?? 1);
