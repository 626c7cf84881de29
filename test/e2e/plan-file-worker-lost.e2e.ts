import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/csv/sha256';
import { encodeBase64 } from '../../shared/model/base64';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { importRecord } from '../shared/decisions/fixtures';
import { storedRows } from '../shared/rows-fixture';
import { useBrowser } from './browser';

const session = useBrowser();

/**
 * A worker script that does what a worker the browser ends mid-task does: nothing more. It holds
 * the lock the page names before it works (as the app's workers do, so the page can tell when it
 * is gone), then closes itself on the request, without an answer and without an error event.
 */
const VANISHING_WORKER = `
let held = Promise.resolve();
self.onmessage = (event) => {
  const data = event.data;
  if (data && data.kind === 'rr-hold') {
    held = new Promise((granted) => navigator.locks.request(data.lock, () => {
      self.postMessage({ kind: 'rr-holding' });
      granted();
      return new Promise(() => {});
    }));
    return;
  }
  void held.then(() => self.close());
};`;

/** A worker that holds its lock and works on, as one reading a huge plan file does: it never answers while the test looks. */
const BUSY_WORKER = `
self.onmessage = (event) => {
  const data = event.data;
  if (data && data.kind === 'rr-hold') {
    navigator.locks.request(data.lock, () => {
      self.postMessage({ kind: 'rr-holding' });
      return new Promise(() => {});
    });
  }
};`;

describe('an import whose worker is gone never shows "importing" forever', () => {
  it('says what is under way while a plan file is read, at 1366×768 and 1920×1080', async () => {
    const { page, context } = session;
    await context.route(/plan-file-worker[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: BUSY_WORKER }));
    const file = serialisePlanFile(createPlan({ name: 'Claims pilot', templateId: 'team-workflow-pilot', now: new Date() }), new Date());
    const chooser = page.getByRole('button', { name: 'Import a plan file' });
    const choosing = page.waitForEvent('filechooser');
    await chooser.click();
    await (await choosing).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const notice = page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: 'Importing the plan file: reading it, checking its fingerprints and storing its rows…' });
    await notice.waitFor();
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await session.shot(`plan-file-importing-${width}x${height}`);
    }
    expect(await page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: /Claims pilot/ }).count()).toBe(0);
  });

  it('says the plan file could not be read, and lists no plan, when the plan-file worker is gone mid-read', async () => {
    const { page, context } = session;
    await context.route(/plan-file-worker[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: VANISHING_WORKER }));
    const file = serialisePlanFile(createPlan({ name: 'Claims pilot', templateId: 'team-workflow-pilot', now: new Date() }), new Date());
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a plan file' }).click();
    await (await chooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // Bounded: on the old code the page waited for the worker's answer forever.
    const dialog = page.getByRole('alertdialog', { name: 'Could not import the plan file' }).or(page.getByRole('dialog', { name: 'Could not import the plan file' }));
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('The plan file could not be read (the background task stopped without answering; the browser may have run out of memory). Nothing was imported.');
    expect(await page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: /Claims pilot/ }).count()).toBe(0);
    await session.shot('plan-file-worker-lost');
  });

  it('does not import a plan half: when the storage worker is gone while it stores the rows, no plan is listed and the error says why', async () => {
    const { page, context } = session;
    await context.route(/idb-bytes-worker[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: VANISHING_WORKER }));
    const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', records: 20, accepted: 20 });
    const plan = { ...createPlan({ name: 'Claims pilot', templateId: 'team-workflow-pilot', now: new Date() }), imports: [usage] };
    const rows = storedRows('usage', 20);
    const file = JSON.parse(serialisePlanFile(plan, new Date(), { importData: {}, decisions: [] })) as Record<string, unknown>;
    file['importData'] = { [usage.id]: { rows: encodeBase64(rows), rowsSha256: sha256Hex(rows), rejected: null, rejectedSha256: null } };
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a plan file' }).click();
    await (await chooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const dialog = page.getByRole('alertdialog', { name: 'Could not import the plan file' });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain(
      'The plan file was not imported: The rows of “usage.csv” (imported 2026-10-05) could not be stored (The imported rows were not saved because the storage’s background task stopped without answering; the browser may have run out of memory). Nothing of it was kept',
    );
    await page.reload();
    await page.getByRole('button', { name: 'Import a plan file' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: /Claims pilot/ }).count()).toBe(0);
  });
});
