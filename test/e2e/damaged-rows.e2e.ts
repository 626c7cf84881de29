import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openSamplePlan } from './journeys';
import { savePdf, squash } from './pdf-pages';

const session = useBrowser();
const OUT = resolve(import.meta.dirname, '../../test-results/damaged-rows');

const WHY = 'The rows of “quality.csv” are missing or damaged on this computer, so this cannot be measured from the imported files: remove that import on the Pilot data tab and import the file again.';

/**
 * Changes one byte in the middle of an import's stored rows, from a page of the same origin where the app is not
 * running (as a disk error would): the rows' checksum no longer matches.
 */
async function damageStoredRows(fileName: string): Promise<void> {
  const { page } = session;
  await page.goto(new URL('/not-the-app', session.url).href);
  const key = await page.evaluate(
    (name) =>
      new Promise<string>((done, fail) => {
        const request = indexedDB.open('rollout-readiness');
        request.onerror = () => fail(new Error('IndexedDB could not be opened'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['plans', 'importData'], 'readwrite');
          const plans = tx.objectStore('plans').getAll();
          let key = '';
          plans.onsuccess = () => {
            const plan = (plans.result as { id: string; imports: { id: string; fileName: string }[] }[])[0]!;
            const record = plan.imports.find((i) => i.fileName === name)!;
            key = `${encodeURIComponent(plan.id)}/${record.id}/rows`;
            const store = tx.objectStore('importData');
            const stored = store.get(key);
            stored.onsuccess = () => {
              const bytes = new Uint8Array(stored.result as Uint8Array);
              bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
              store.put(bytes, key);
            };
          };
          tx.oncomplete = () => {
            db.close();
            done(key);
          };
        };
      }),
    fileName,
  );
  expect(key).toMatch(/\/rows$/);
  await page.goto(session.url);
}

describe('an import whose stored rows changed after they were stored', () => {
  it('makes every figure of that file "cannot measure" on every screen and on paper, naming it and what to do; the rest stays', async () => {
    const { page } = session;
    await openSamplePlan(session);
    await damageStoredRows('quality.csv');
    await page.getByRole('heading', { level: 1, name: 'Sample: claims reply drafting' }).waitFor();
    const stages = page.getByRole('region', { name: 'Stage timeline' });
    // The other files are still read: stage 1 is held on the quality gate alone, its adoption still measured.
    await stages.getByRole('button', { name: /Stage 1: Internal pilot.*Hold/ }).waitFor({ timeout: 30_000 });

    // Dashboard: the value delivered and what needs attention name the file; never "import an output-quality file".
    const value = page.getByRole('region', { name: 'Value delivered' });
    await value.getByText('Cannot measure').waitFor();
    expect(await value.textContent()).toContain(WHY);
    await page.getByText('Import “quality.csv” again').waitFor();
    expect(await page.getByText('Import an output-quality file').count()).toBe(0);
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);
    await session.shot('damaged-rows-dashboard');

    // Thresholds: the editing threshold is not measured, and says why.
    await page.getByRole('tab', { name: 'Thresholds' }).click();
    const cannot = page.getByRole('status').filter({ hasText: 'Cannot measure.' });
    await cannot.waitFor();
    expect(await cannot.textContent()).toContain(WHY);
    await cannot.scrollIntoViewIfNeeded();
    await session.shot('damaged-rows-thresholds');

    // Stages: the gate on that file cannot be measured; the adoption gate keeps its figure.
    await page.getByRole('tab', { name: 'Stages' }).click();
    const stage1 = page.getByRole('region', { name: 'Stage 1: Internal pilot' });
    await stage1.getByRole('article', { name: /^Outputs under the editing limit/ }).getByText('Cannot measure').first().waitFor();
    await stage1.getByRole('article', { name: /^Adoption rate/ }).getByText('Adoption rate at week 4 is 3 of 5 users (60%); the gate needs at least 50%.').waitFor();

    // Pilot data: the import is still listed, with the damage in two sentences.
    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.getByText('The stored pilot data is damaged: the rows’ checksum no longer matches, so they changed after they were stored. Remove this import and import the file again.').waitFor();
    expect(await page.getByRole('table', { name: 'Imports (7)' }).count()).toBe(1);
    // Above the figures, which leave its columns out: the file is named, not silently absent.
    await page.getByRole('status', { name: 'Files not in these figures' }).getByText(/^Not in these figures: “quality\.csv” \(output quality/).waitFor();
    await page.getByRole('heading', { name: 'Pilot metrics' }).scrollIntoViewIfNeeded();
    await session.shot('damaged-rows-pilot-data');

    // A plan file never carries the changed rows: the export leaves them out and says so (checked in the storage worker).
    await page.getByRole('button', { name: 'Plan actions' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export' }).click();
    const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { plan: { imports: { id: string; fileName: string }[] }; importData: Record<string, { rows: unknown }> };
    const quality = exported.plan.imports.find((r) => r.fileName === 'quality.csv');
    expect(exported.importData[quality?.id ?? '']?.rows ?? null).toBeNull();
    expect(Object.values(exported.importData).filter((d) => d.rows !== null)).toHaveLength(6);
    await page.getByText(/The stored rows of “quality\.csv” \(imported [\d-]+\) are damaged \(the rows’ checksum no longer matches, so they changed after they were stored\), so the file carries that import without its rows\./).first().waitFor();
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);

    // On paper, A4 and Letter: the same sentence, no figure from the file, the file said not to be read.
    await page.getByRole('tab', { name: 'Summary report' }).click();
    await page.getByRole('heading', { name: 'Value delivered' }).waitFor();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      await page.getByRole('radio', { name: format }).check();
      const pdf = await savePdf(page, OUT, `damaged-${format}`, format);
      // SPEC §8: one to three pages, on either paper (the reason repeated per stage once pushed the sign-off onto a fourth).
      expect(pdf.pageCount).toBeLessThanOrEqual(3);
      const all = squash(pdf.text);
      expect(all).toContain('Hours saved: cannot measure. The rows of “quality.csv” are missing or damaged on this computer');
      expect(all).toContain('Not read: its rows stored on this computer are missing or damaged, so none of its figures is used');
      // The running footer of every page names the file as not read too (it listed it as a source of the figures).
      pdf.pages.forEach((text) => expect(squash(text)).toMatch(/Data: quality\.csv \(imported [^)]*; not read: stored rows missing or damaged\)/));
      expect(all).not.toContain('161.4');
      expect(all).not.toMatch(/81\.8% on /);
      // Said once among the open risks, naming the stages, though a gate and a trigger of each stage depend on the file.
      expect(all.split('The rows of “quality.csv” are missing or damaged').length - 1).toBeGreaterThan(0);
      expect(all).toContain('Cannot be measured: Internal pilot, Expanded pilot, and Full rollout: The rows of “quality.csv”');
    }
  });
});
