import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../electron/app-protocol';
import { createImportRowsHandler, parseImportRowsUrl } from '../../electron/import-rows-protocol';
import type { RolloutApi } from '../../shared/api';
import { ok } from '../../shared/result';
import { storedRowsFromAnswer } from '../../shared/service/stored-rows-http';

vi.mock('electron', () => ({ default: {} }));

describe('parseImportRowsUrl', () => {
  it.each([
    ['app://rollout/.import-rows?plan=p1&import=i1', { planId: 'p1', importId: 'i1' }],
    ['app://rollout/.import-rows?import=i1&plan=a%2Fb%3F', { planId: 'a/b?', importId: 'i1' }],
    ['app://rollout/.import-rows?plan=p1&import=..%2F..%2Fx', { planId: 'p1', importId: '../../x' }],
  ])('reads %s', (url, expected) => {
    expect(parseImportRowsUrl(url)).toEqual(expected);
  });

  it.each([
    'app://rollout/.import-rows?plan=p1',
    'app://rollout/.import-rows?plan=p1&plan=p2&import=i1',
    'app://rollout/.import-rows/x?plan=p1&import=i1',
    'app://evil/.import-rows?plan=p1&import=i1',
    'https://rollout/.import-rows?plan=p1&import=i1',
    'not a url',
  ])('refuses %s', (url) => {
    expect(parseImportRowsUrl(url)).toBeNull();
  });
});

describe('import rows handler', () => {
  const calls: unknown[][] = [];
  const loadImportData: RolloutApi['loadImportData'] = async (...args) => {
    calls.push(args);
    return ok(new Uint8Array([7, 8, 9]));
  };
  const handler = createImportRowsHandler(loadImportData);
  const answer = async (response: Response) =>
    storedRowsFromAnswer(response.status, () => response.arrayBuffer(), () => response.json());

  it('leaves every other app URL to the file server', () => {
    expect(handler({ url: 'app://rollout/index.html', method: 'GET' })).toBeNull();
  });

  it('answers a read with the service’s bytes, never cached', async () => {
    const response = await handler({ url: 'app://rollout/.import-rows?plan=p1&import=i1', method: 'GET' });
    expect(response?.headers.get('cache-control')).toBe('no-store');
    expect(await answer(response!)).toEqual(ok(new Uint8Array([7, 8, 9])));
    expect(calls.at(-1)).toEqual(['p1', 'i1', 'rows']);
  });

  it.each([
    ['a write', { url: 'app://rollout/.import-rows?plan=p1&import=i1', method: 'POST' }, 'forbidden'],
    ['two plans', { url: 'app://rollout/.import-rows?plan=p1&plan=p2&import=i1', method: 'GET' }, 'invalid'],
    ['no import', { url: 'app://rollout/.import-rows?plan=p1', method: 'GET' }, 'invalid'],
  ])('refuses %s without reading', async (_name, request, code) => {
    const before = calls.length;
    const response = await handler(request);
    expect(await answer(response!)).toMatchObject({ ok: false, error: { code } });
    expect(calls.length).toBe(before);
  });

  it('is served by the app protocol before any file', async () => {
    const app = createAppProtocolHandler('/nonexistent-root', handler);
    const response = await app({ url: 'app://rollout/.import-rows?plan=p1&import=i1', method: 'GET' });
    expect(response.status).toBe(200);
    expect((await app({ url: 'app://rollout/index.html', method: 'GET' })).status).toBe(404);
  });
});

describe('storedRowsFromAnswer', () => {
  it.each([
    [599, 'oops', /status 599/],
    [500, JSON.stringify({ code: 'made_up', message: 'x' }), /status 500/],
    [404, JSON.stringify({ code: 'not_found', message: 'This plan does not exist.' }), /^This plan does not exist\.$/],
  ])('turns status %i into a failure, never rows', async (status, body, message) => {
    const result = await storedRowsFromAnswer(status, async () => new ArrayBuffer(8), async () => JSON.parse(body) as unknown);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});
