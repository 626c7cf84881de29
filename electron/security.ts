import type { CustomScheme, Session, WebContents, WebPreferences } from 'electron';

/** The app is served from `app://rollout/…`: a privileged scheme, never `file://` (Electron security guide §18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rollout';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Standard + secure gives the app a real origin and a secure context; fetch serves the sample files. */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads its dictionaries from Google on Windows and Linux: off,
    // so the app never touches the network (macOS would use the OS's own, but one rule is simpler).
    spellcheck: false,
  };
}

/**
 * The Content-Security-Policy of every app:// response. `style-src 'unsafe-inline'` is the one
 * allowance: React and recharts set styles through the CSSOM, which CSP does not govern, but
 * components that render a `<style>` element or a `style="…"` string (print styles, SVG
 * exports) need it, and inline styles cannot run code. No 'unsafe-eval': zod falls back to
 * its interpreter when `new Function` is refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True for a URL of the app itself. Non-special schemes keep the host's case, hence the lower-casing. */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server origin when the development script asked for it (`--dev`, with the server's
 * address in `ROLLOUT_DEV_URL` or the default), or null. `ROLLOUT_DEV_URL` alone does nothing:
 * a variable left in a shell must not make `npm start` load a dev server. Never when packaged,
 * and only a loopback http URL: the app never loads anything remote.
 */
export function resolveDevServerUrl(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | null {
  if (isPackaged || !argv.includes('--dev')) return null;
  const requested = env['ROLLOUT_DEV_URL'] ?? 'http://localhost:5173/';
  const url = parseUrl(requested);
  if (!url || url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) return null;
  return url.href;
}

function sameOrigin(raw: string, origin: string): boolean {
  const url = parseUrl(raw);
  const base = parseUrl(origin);
  return url !== null && base !== null && url.origin === base.origin;
}

/** The window may show the app (or, in dev, the loopback dev server) and nothing else. */
export function isTrustedUrl(raw: string, devServerUrl: string | null): boolean {
  if (isAppUrl(raw)) return true;
  return devServerUrl !== null && sameOrigin(raw, devServerUrl);
}

/**
 * "No network access at all" (SPEC §9): every request that is not the app itself, inline data
 * or, in dev, the dev server and its hot-reload socket is cancelled.
 */
export function isAllowedRequest(raw: string, devServerUrl: string | null): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (isAppUrl(raw) || url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (devServerUrl === null) return false;
  if (url.protocol === 'devtools:') return true;
  const dev = parseUrl(devServerUrl);
  if (!dev) return false;
  const sameHost = url.host === dev.host;
  return sameHost && (url.protocol === 'http:' || url.protocol === 'ws:');
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

export const denyPermissionRequest = (_contents: unknown, _permission: string, callback: (granted: boolean) => void): void => {
  callback(false);
};

export const denyPermissionCheck = (): boolean => false;

/** A `will-navigate` / `will-redirect` listener that stops the window from leaving the app. */
export function navigationGuard(devServerUrl: string | null) {
  return (event: { preventDefault(): void }, url: string): void => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault();
  };
}

/** Applied to every web contents the app creates (Electron security guide §13–15). */
export function hardenWebContents(contents: WebContents, devServerUrl: string | null): void {
  const guard = navigationGuard(devServerUrl);
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permissions (camera, notifications, clipboard reads…) are never granted; requests off the app are cancelled. */
export function hardenSession(target: Session, devServerUrl: string | null): void {
  // No dictionary download, whatever a window asks for (see secureWebPreferences).
  target.setSpellCheckerEnabled(false);
  target.setPermissionRequestHandler(denyPermissionRequest);
  target.setPermissionCheckHandler(denyPermissionCheck);
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}
