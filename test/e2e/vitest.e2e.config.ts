import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

/** End-to-end tests: the built renderer in Debian's Chromium, one browser, a fresh context per test. */
export default defineConfig({
  test: {
    root,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Generous: a whole-journey test (axe on every tab) took 67 s with the machine's two cores at load 14;
    // a limit only ends a hung test, and a busy CI machine must not fail a sound one.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: [resolve(root, 'test/e2e/global-setup.ts')],
  },
});
