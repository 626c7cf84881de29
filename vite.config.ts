import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The Electron main process: ESM, because electron-store and conf are ESM-only. */
const mainConfig: UserConfig = {
  build: {
    outDir: resolve(root, 'dist/electron'),
    emptyOutDir: false,
    target: 'node22',
    ssr: true,
    // The plan-file reader runs as a worker thread of the main process, from its own file beside main.js.
    rollupOptions: {
      input: { main: resolve(root, 'electron/main.ts'), 'plan-file-reader': resolve(root, 'electron/plan-file-reader-worker.ts') },
      external: nodeExternals,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'main-shared-[hash].js' },
    },
  },
  ssr: { noExternal: true },
};

/** The preload: CommonJS, because sandboxed preloads cannot be ES modules. */
const preloadConfig: UserConfig = {
  build: {
    outDir: resolve(root, 'dist/electron'),
    emptyOutDir: false,
    target: 'node22',
    ssr: resolve(root, 'electron/preload.ts'),
    rollupOptions: { external: nodeExternals, output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
  },
  ssr: { noExternal: true },
};

/**
 * index.html's Content-Security-Policy allows `ws://localhost:*` for the dev server's hot
 * reload (`npm run dev:web`); a built app has no dev server, so the built page does not allow it.
 */
export function withoutDevConnections(html: string): string {
  return html.replace(/(connect-src[^;"]*?)\s+ws:\/\/localhost:\*/g, '$1');
}

const productionCsp: Plugin = {
  name: 'rollout-production-csp',
  apply: 'build',
  transformIndexHtml: (html) => withoutDevConnections(html),
};

/**
 * The page's entry (renderer/start.ts) starts the plan scan worker and then imports the app's
 * bundle; a modulepreload link lets the browser fetch and compile that bundle from the start, in
 * parallel, as it did when the bundle was the entry itself.
 */
const preloadAppBundle: Plugin = {
  name: 'rollout-preload-app-bundle',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      const app = Object.values(ctx.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId === resolve(root, 'renderer/main.tsx'));
      if (!app) throw new Error('rollout-preload-app-bundle: no chunk for renderer/main.tsx');
      return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }];
    },
  },
};

/** The renderer: one build served by Electron's app:// protocol and by the browser twin. */
const rendererConfig: UserConfig = {
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react(), productionCsp, preloadAppBundle],
  // One stylesheet, linked from index.html as before: the app's bundle is loaded by the small entry
  // (renderer/start.ts), and split CSS would come with it, a step later.
  build: { outDir: resolve(root, 'dist/renderer'), emptyOutDir: true, chunkSizeWarningLimit: 2000, cssCodeSplit: false },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
};

export default defineConfig(({ mode }) => {
  if (mode === 'main') return mainConfig;
  if (mode === 'preload') return preloadConfig;
  return {
    ...rendererConfig,
    test: {
      root,
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      environment: 'node',
      // A limit only ends a hung test: vitest's 5 s default is a wall-clock bound that a sound property test
      // (150 imports) can pass on a quiet machine and miss on a busy 2-core one.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      setupFiles: [resolve(root, 'test/setup.ts')],
      // electron-store imports `electron` itself; inlining it lets vi.mock('electron') reach that import.
      server: { deps: { inline: ['electron-store'] } },
    },
  };
});
