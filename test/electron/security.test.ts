import type { Session, WebContents } from 'electron';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  appSchemePrivileges,
  denyPermissionCheck,
  denyWindowOpen,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isTrustedUrl,
  resolveDevServerUrl,
  secureWebPreferences,
} from '../../electron/security';

vi.mock('electron', () => ({ default: {} }));

const DEV = 'http://localhost:5173/';

describe('window options', () => {
  const preferences = secureWebPreferences('/app/dist/electron/preload.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s', (option, value) => {
    expect(preferences[option]).toBe(value);
  });

  it('loads the preload from the given path', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('serves the app from a standard, secure scheme', () => {
    expect(APP_ENTRY_URL).toBe('app://rollout/index.html');
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(appSchemePrivileges.privileges?.bypassCSP).toBeUndefined();
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['connect-src', "'self'"],
    ['worker-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ])('has %s %s', (name, value) => {
    expect(directives.get(name)).toBe(value);
  });

  it('never allows eval or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});

describe('trusted URLs and requests', () => {
  it.each([
    ['app://rollout/index.html', null, true],
    ['app://rollout/assets/x.js', null, true],
    ['app://evil/index.html', null, false],
    ['https://evil.example/', null, false],
    ['file:///etc/passwd', null, false],
    ['http://localhost:5173/', null, false],
    ['http://localhost:5173/src/main.tsx', DEV, true],
    ['http://localhost:5174/', DEV, false],
    ['not a url', null, false],
  ])('isTrustedUrl(%s, dev=%s) is %s', (url, dev, expected) => {
    expect(isTrustedUrl(url, dev)).toBe(expected);
  });

  it.each([
    ['app://rollout/assets/index.js', null, true],
    ['data:image/png;base64,AAAA', null, true],
    ['blob:app://rollout/1234', null, true],
    ['https://fonts.googleapis.com/css', null, false],
    ['http://localhost:5173/@vite/client', null, false],
    ['file:///home/user/secret', null, false],
    ['http://localhost:5173/@vite/client', DEV, true],
    ['ws://localhost:5173/', DEV, true],
    ['https://evil.example/', DEV, false],
  ])('isAllowedRequest(%s, dev=%s) is %s', (url, dev, expected) => {
    expect(isAllowedRequest(url, dev)).toBe(expected);
  });

  it.each([
    [['electron', 'main.js'], {}, false, null],
    [['electron', 'main.js', '--dev'], {}, false, 'http://localhost:5173/'],
    [['electron', 'main.js'], { ROLLOUT_DEV_URL: 'http://127.0.0.1:4000' }, false, null],
    [['electron', 'main.js', '--dev'], { ROLLOUT_DEV_URL: 'http://127.0.0.1:4000' }, false, 'http://127.0.0.1:4000/'],
    [['electron', 'main.js', '--dev'], { ROLLOUT_DEV_URL: 'https://evil.example/' }, false, null],
    [['electron', 'main.js', '--dev'], { ROLLOUT_DEV_URL: 'http://192.168.1.5:5173' }, false, null],
    [['electron', 'main.js', '--dev'], {}, true, null],
  ])('resolveDevServerUrl(%j, %j, packaged=%s) is %s', (argv, env, packaged, expected) => {
    expect(resolveDevServerUrl(argv, env, packaged)).toBe(expected);
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;

/** Records what hardenWebContents wires up, standing in for a real WebContents. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => unknown) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: () => unknown) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, openWindow: () => openHandler?.() };
}

describe('web contents guards', () => {
  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, null);
    expect(fake.openWindow()).toEqual({ action: 'deny' });
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to a foreign URL is prevented', (name) => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, null);
    expect(fake.fire(name, 'https://evil.example/phish')).toBe(true);
    expect(fake.fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fake.fire(name, 'app://rollout/index.html')).toBe(false);
  });

  it('lets the dev window navigate within the dev server only', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, DEV);
    expect(fake.fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, null);
    expect(fake.fire('will-attach-webview', 'app://rollout/index.html')).toBe(true);
  });
});

describe('session guards', () => {
  function fakeSession() {
    let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let checkHandler: ((...args: unknown[]) => boolean) | null = null;
    let beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
    let spellchecker: boolean | null = null;
    const target = {
      setSpellCheckerEnabled: (enabled: boolean) => {
        spellchecker = enabled;
      },
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
      webRequest: {
        onBeforeRequest: (handler: typeof beforeRequest) => {
          beforeRequest = handler;
        },
      },
    };
    return {
      session: target as unknown as Session,
      spellchecker: () => spellchecker,
      request: (permission: string) => {
        const callback = vi.fn();
        requestHandler?.({}, permission, callback);
        return callback.mock.calls;
      },
      check: (permission: string) => checkHandler?.({}, permission, 'app://rollout', {}),
      cancelled: (url: string) => {
        const callback = vi.fn();
        beforeRequest?.({ url }, callback);
        return (callback.mock.calls[0]?.[0] as { cancel: boolean } | undefined)?.cancel;
      },
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies a %s permission request and check',
    (permission) => {
      const fake = fakeSession();
      hardenSession(fake.session, null);
      expect(fake.request(permission)).toEqual([[false]]);
      expect(fake.check(permission)).toBe(false);
      expect(denyPermissionCheck()).toBe(false);
    },
  );

  it('cancels network requests that leave the app', () => {
    const fake = fakeSession();
    hardenSession(fake.session, null);
    expect(fake.cancelled('https://telemetry.example/collect')).toBe(true);
    expect(fake.cancelled('app://rollout/assets/index.js')).toBe(false);
  });

  // "No network at all": outside development, the session lets through the app's own scheme
  // and in-memory data only, whatever the scheme, host or port.
  it.each([
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'http://127.0.0.1/',
    'https://clients2.google.com/service/update2',
    'ftp://example.com/file',
    'file:///etc/hosts',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/script.js',
    'app://other-host/index.html',
  ])('blocks %s in a production session', (url) => {
    const fake = fakeSession();
    hardenSession(fake.session, null);
    expect(fake.cancelled(url)).toBe(true);
  });

  it('blocks any URL that is not the app, inline data or a blob, whatever its scheme, host or path', () => {
    const fake = fakeSession();
    hardenSession(fake.session, null);
    const scheme = fc.constantFrom('http', 'https', 'ws', 'wss', 'ftp', 'file', 'app', 'chrome', 'devtools', 'chrome-extension');
    const host = fc.oneof(fc.domain(), fc.constantFrom('localhost', '127.0.0.1', '[::1]', 'rollout.evil', 'ROLLOUT.example'));
    const path = fc.webPath();
    fc.assert(
      fc.property(scheme, host, path, (s, h, p) => {
        const url = `${s}://${h}${p}`;
        const isApp = s === 'app' && h.toLowerCase() === 'rollout';
        expect(fake.cancelled(url)).toBe(!isApp);
      }),
    );
  });

  it('turns the spellchecker (and its dictionary download) off', () => {
    const fake = fakeSession();
    hardenSession(fake.session, null);
    expect(fake.spellchecker()).toBe(false);
  });
});
