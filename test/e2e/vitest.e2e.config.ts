import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

/** End-to-end tests: the built renderer in Debian's Chromium, one browser, a fresh context per test. */
export default defineConfig({
  test: {
    root,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: [resolve(root, 'test/e2e/global-setup.ts')],
  },
});
