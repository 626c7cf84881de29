import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SHOTS_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface E2eSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly url: string;
  /** Saves a screenshot under test-results/screenshots for a person to look at. */
  shot(name: string): Promise<void>;
}

/**
 * One Chromium per test file, a fresh context (fresh IndexedDB, so fresh data) per test.
 * Page errors fail the test: a broken screen must not pass quietly.
 */
export function useBrowser(): E2eSession {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[] = [];
  const url = inject('appUrl');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: flags });
    mkdirSync(SHOTS_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // A pinned locale: the sentences the tests read are written in it, whatever the machine's language.
    context = await browser.newContext({ acceptDownloads: true, locale: 'en-US', viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page's Content-Security-Policy is the one Electron sends too: anything it blocks is a defect
    // (zod once probed `new Function` at every start), so each violation fails the test.
    await context.exposeBinding('__cspViolation', (_source, what: string) => void pageErrors.push(`a Content-Security-Policy violation: ${what}`));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __cspViolation: (what: string) => void }).__cspViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI || 'code'} (${event.sourceFile}:${event.lineNumber})`);
      }),
    );
    await page.goto(url);
  });
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') {
      const name = test.task.name.replace(/[^\w]+/g, '-').slice(0, 60);
      await page?.screenshot({ path: resolve(SHOTS_DIR, `FAILED-${name}.png`), fullPage: true }).catch(() => undefined);
    }
    await context?.close();
    if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join('; ')}`);
  });

  return {
    get page() {
      return page;
    },
    get context() {
      return context;
    },
    url,
    async shot(name: string) {
      await page.screenshot({ path: resolve(SHOTS_DIR, `${name}.png`), fullPage: true });
    },
  };
}
