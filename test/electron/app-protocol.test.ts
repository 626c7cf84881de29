import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {} }));

let base: string;
let root: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: base, cleanup } = makeTempDir());
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rollout Readiness</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  // A secret beside the renderer folder that traversal would reach.
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
});
afterEach(() => cleanup());

describe('resolveAppPath', () => {
  it.each([
    ['app://rollout/index.html', 'index.html'],
    ['app://rollout/', 'index.html'],
    ['app://rollout/assets/app.js?v=3#top', 'assets/app.js'],
    ['app://rollout/assets/../index.html', 'index.html'],
    ['app://rollout/assets/my%20file.js', 'assets/my file.js'],
  ])('maps %s inside the renderer folder', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(join(root, expected));
  });

  it.each([
    'app://rollout/../../etc/passwd',
    'app://rollout/../secret.txt',
    'app://rollout/..%2fsecret.txt',
    'app://rollout/%2e%2e/secret.txt',
    'app://rollout/assets/..%2f..%2fsecret.txt',
    'app://rollout/..%5csecret.txt',
    'app://rollout/%2Fetc%2Fpasswd',
    'app://rollout/index.html%00.png',
    'app://rollout/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://rollout/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('app protocol handler', () => {
  const handler = () => createAppProtocolHandler(root);

  it('serves the app with its type and the Content-Security-Policy', async () => {
    const response = await handler()({ url: 'app://rollout/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Rollout Readiness</title>');
    const script = await handler()({ url: 'app://rollout/assets/app.js' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://rollout/../../etc/passwd', 'app://rollout/..%2fsecret.txt'])('refuses the traversal %s with 403', async (url) => {
    const response = await handler()({ url, method: 'GET' });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('answers 404 for a missing file or a folder, and 405 for a POST', async () => {
    expect((await handler()({ url: 'app://rollout/nope.js' })).status).toBe(404);
    expect((await handler()({ url: 'app://rollout/assets' })).status).toBe(404);
    expect((await handler()({ url: 'app://rollout/index.html', method: 'POST' })).status).toBe(405);
  });
});
