import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** A printed PDF: where it is, its text, its pages as text, and its page count as the file declares it. */
export interface PrintedPdf {
  readonly path: string;
  readonly text: string;
  readonly pages: string[];
  readonly pageCount: number;
}

/** Pages as pdftotext separates them (form feeds), without the empty tail after the last one. */
export function pagesOf(text: string): string[] {
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** The page count the PDF declares (pdfinfo), independent of how its text splits. */
export function pageCountOf(path: string): number {
  const count = /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];
  if (count === undefined) throw new Error(`pdfinfo gave no page count for ${path}`);
  return Number(count);
}

/** Prints the page as the print dialog would (print media, the report's own page size) to `<dir>/<name>.pdf`. */
export async function savePdf(page: Page, dir: string, name: string, format: 'A4' | 'Letter'): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print' });
  const path = resolve(dir, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  return { path, text, pages: pagesOf(text), pageCount: pageCountOf(path) };
}

/** Renders every page to PNG for a person to look at (`<dir>/<name>-N.png`); returns the file names. */
export function renderPages(pdf: string, dir: string, name: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, resolve(dir, name)]);
  return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

/** The text of a stage's block on its page: from its heading to the next stage's. */
export function stageBlock(pages: readonly string[], stage: string): string {
  const page = pages.find((text) => text.includes(`${stage} Recommendation`)) ?? '';
  return page.slice(page.indexOf(`${stage} Recommendation`)).split(/\nStage \d: .* Recommendation/)[0] ?? '';
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ');

const MM_PER_POINT = 25.4 / 72;

/**
 * The white space on a page between the last line of content and the running footer, whose first word is `footerWord`, in
 * millimetres, from pdftotext's word boxes. Text to text: the footer's rule and any writing line under the last text take
 * about 2.5 mm of it.
 */
export function textGapAboveFooter(pdf: string, pageNumber: number, footerWord: string): number {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(pageNumber), '-l', String(pageNumber), pdf, '-'], { encoding: 'utf8' });
  const words = [...xhtml.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map(([, top, bottom, text]) => ({ top: Number(top), bottom: Number(bottom), text }));
  const footerTops = words.filter((w) => w.text === footerWord).map((w) => w.top);
  if (footerTops.length === 0) throw new Error(`no “${footerWord}” on page ${pageNumber} of ${pdf}`);
  const footerTop = Math.max(...footerTops);
  const contentBottom = Math.max(...words.filter((w) => w.bottom < footerTop).map((w) => w.bottom));
  return (footerTop - contentBottom) * MM_PER_POINT;
}
