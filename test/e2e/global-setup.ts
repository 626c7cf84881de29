import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './static-server';

/** Serves dist/renderer once for all end-to-end files; `npm run test:e2e` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(import.meta.dirname, '../../dist/renderer');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run test:e2e`, which builds the renderer first.');
  }
  const server = await serveDirectory(dist);
  project.provide('appUrl', server.url);
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
