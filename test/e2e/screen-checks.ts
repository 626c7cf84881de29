import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const TAB_NAMES = [
  'Dashboard',
  'Overview',
  'Checklist',
  'Readiness',
  'Thresholds',
  'Pilot data',
  'Stages',
  'Decisions',
  'Communication',
  'Summary report',
] as const;

/** How far the page and its scrolling area reach past the window sideways, and what sticks out. */
export async function horizontalOverflow(page: Page): Promise<{ page: number; main: number; widest: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector<HTMLElement>('.main');
    const limit = main ? main.getBoundingClientRect().right : root.clientWidth;
    // The elements that reach past the scrolling area, innermost first, for the failure message.
    const widest = [...document.querySelectorAll<HTMLElement>('.main *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1 && el.getClientRects().length > 0)
      .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > limit + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return {
      page: root.scrollWidth - root.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      widest,
    };
  });
}

const axeSource = (): string => {
  const require = createRequire(import.meta.url);
  return (require('axe-core') as { source: string }).source;
};

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: the app's Content Security Policy refuses inline <script> tags, rightly.
  if (!loaded) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document.body, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => String(n.target.join(' '))) }));
  });
}

/** Scrolling boxes and text fields whose content is wider than they are: a clipped table, a cut-off cell. */
export async function clippedBoxes(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}/${el.clientWidth}`),
    selector,
  );
}

/**
 * The innermost elements of `from` (itself included) whose right edge passes the left edge of `into`:
 * a side column that grew into the content beside it. Hidden elements and the screen-reader-only text are skipped.
 */
export async function reachingInto(page: Page, from: string, into: string): Promise<string[]> {
  return page.evaluate(
    ({ from, into }) => {
      const source = document.querySelector<HTMLElement>(from);
      const target = document.querySelector<HTMLElement>(into);
      if (!source || !target) return [`missing ${source ? into : from}`];
      const limit = target.getBoundingClientRect().left;
      const past = (el: Element) => el.getClientRects().length > 0 && !el.closest('.sr-only') && el.getBoundingClientRect().right > limit + 0.5;
      return [source, ...source.querySelectorAll('*')]
        .filter((el) => past(el) && ![...el.children].some(past))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} “${(el.textContent ?? '').slice(0, 40)}” (${Math.round(el.getBoundingClientRect().right)} > ${Math.round(limit)} px)`);
    },
    { from, into },
  );
}
