import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ImportRowsHandler } from './import-rows-protocol';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The file an `app://rollout/…` URL names inside `root`, or null when it names anything
 * outside it. Works on the raw text rather than a parsed URL: parsing collapses a literal
 * `../` but not an encoded `..%2f`, which decoding would turn back into a way out.
 */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}/`;
  if (rawUrl.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  const pathPart = rawUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows, so `..\` would climb out there; no asset has one.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, decoded === '' ? 'index.html' : decoded);
  const inside = relative(base, target);
  if (inside === '' || isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) return null;
  return target;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer from `root` with the
 * Content-Security-Policy header, refusing anything outside `root` and any method but GET.
 * `importRows` answers the metrics worker's reads of stored rows (electron/import-rows-protocol.ts).
 */
export function createAppProtocolHandler(root: string, importRows?: ImportRowsHandler) {
  return async (request: { readonly url: string; readonly method?: string }): Promise<Response> => {
    const rows = importRows?.(request);
    if (rows) return rows;
    if (request.method !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) return textResponse(403, 'Forbidden');
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
