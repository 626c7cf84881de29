import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { SPLIT_MIN_BYTES } from '../../renderer/import/split-import-job';
import { useBrowser } from './browser';

const session = useBrowser();
const FIXTURES = resolve(import.meta.dirname, '../fixtures/csv');
const RESULTS = resolve(import.meta.dirname, '../../test-results');

/** A "Team workflow pilot" plan whose stages have dates and enrolment, imported through the UI like a colleague's file. */
const pilot2025: Record<string, [string, number | null]> = {
  'Internal pilot': ['2025-01-13', 5],
  'Expanded pilot': ['2025-02-10', 15],
  'Full rollout': ['2025-03-10', null],
};

/** The stages samples/README.md describes. */
const samplePilot: Record<string, [string, number | null]> = {
  'Internal pilot': ['2026-09-07', 5],
  'Expanded pilot': ['2026-10-05', 15],
  'Full rollout': ['2026-11-02', null],
};

async function importDatedPlan(name: string, dates = pilot2025): Promise<void> {
  const { page } = session;
  const plan = createPlan({ name, templateId: 'team-workflow-pilot', now: new Date() });
  const dated = {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, plannedStart: dates[s.name]?.[0] ?? null, enrolledUsers: dates[s.name]?.[1] ?? null })),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import (a )?plan/ }).first().click();
  await (await chooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(serialisePlanFile(dated, new Date())) });
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * A screenshot of the whole tab: the window is made as tall as the scrolled content for the shot
 * (the main area scrolls inside the window, so a full-page shot alone would cut it), toasts dismissed.
 */
async function tallShot(name: string): Promise<void> {
  const { page } = session;
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);
  const height = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll<HTMLElement>('main, main *')]
        .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
        .map((e) => e.getBoundingClientRect().top + e.scrollHeight),
    ),
  );
  await page.setViewportSize({ width: 1280, height: Math.min(6000, Math.max(860, Math.ceil(height) + 24)) });
  await session.shot(name);
  await page.setViewportSize({ width: 1280, height: 860 });
}

async function openDataTab(): Promise<void> {
  await session.page.getByRole('tab', { name: 'Pilot data' }).click();
  await session.page.getByRole('heading', { name: 'Pilot metrics' }).waitFor();
}

/** Output rows over the internal and expanded pilots; one in a thousand is bad. */
function largeQualityCsv(rows: number): Buffer {
  const parts = ['output_id,user_id,date,editing_share_percent,team\n'];
  const start = Date.UTC(2025, 0, 13);
  for (let i = 0; i < rows; i++) {
    const day = new Date(start + (i % 56) * 86_400_000).toISOString().slice(0, 10);
    const share = i % 1000 === 999 ? 'n/a' : String((i * 7) % 100);
    parts.push(`out-${i},u${i % 20},${day},${share},${i % 3 === 0 ? 'Support' : 'Claims'}\n`);
  }
  return Buffer.from(parts.join(''));
}

describe('pilot data import', () => {
  it('imports a messy Excel export through the wizard, shows the numbers, keeps them after a reload, and saves the rejected rows', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Claims drafting pilot');
    await openDataTab();
    await session.shot('import-00-data-tab-empty');

    await page.getByLabel('Choose a CSV file').setInputFiles(resolve(FIXTURES, 'e2e-quality-messy.csv'));
    const wizard = page.getByRole('region', { name: 'Import “e2e-quality-messy.csv”' });
    await wizard.waitFor();
    // Detected: UTF-8 with BOM, semicolons, decimal commas, day-first dates; the kind from the headers.
    expect(await wizard.getByRole('combobox', { name: 'Kind of file' }).inputValue()).toBe('quality');
    expect(await wizard.getByRole('combobox', { name: 'Encoding' }).inputValue()).toBe('utf-8');
    expect(await wizard.getByRole('combobox', { name: 'Delimiter' }).inputValue()).toBe(';');
    expect(await wizard.getByRole('combobox', { name: 'Date format' }).inputValue()).toBe('dmy');
    expect(await wizard.getByRole('checkbox', { name: /Decimal comma/ }).isChecked()).toBe(true);
    await wizard.getByText(/UTF-8 with byte order mark/).waitFor();
    expect(await wizard.getByRole('combobox', { name: 'Group' }).inputValue()).toBe('Team');
    const preview = wizard.getByRole('table', { name: /Preview/ });
    await preview.getByRole('cell', { name: '12.5', exact: true }).waitFor();
    await preview.getByText(/Rejected: .*31\/02\/2025/).waitFor();
    // 4 of 15 rows rejected: a warning the user confirms, with the number it leaves.
    await wizard.getByText('4 of 15 rows of the file (27%) would be rejected; only 11 would count.').waitFor();
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await tallShot('import-01-wizard');
    await wizard.getByRole('checkbox', { name: /import anyway/ }).check();

    // The window itself never puts the rows into IndexedDB: the metrics worker saves them (checked after the reload below).
    await page.evaluate(() => {
      const puts = { rows: 0 };
      Object.assign(window, { uiThreadRowPuts: puts });
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if (this.name === 'importData' && String(key).endsWith('/rows')) puts.rows++;
        return put.call(this, value, key);
      };
    });
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('11 rows accepted').waitFor();
    expect(await page.evaluate(() => (window as unknown as { uiThreadRowPuts: { rows: number } }).uiThreadRowPuts.rows)).toBe(0);
    await wizard.getByText('4 rows rejected').waitFor();
    const rejected = wizard.getByRole('list', { name: 'Rejected rows by reason' });
    for (const line of [12, 13, 14, 15]) await rejected.getByText(`Line ${line}`, { exact: true }).waitFor();
    await tallShot('import-02-results');

    const downloadPromise = page.waitForEvent('download');
    await wizard.getByRole('button', { name: 'Save rejected rows as CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('e2e-quality-messy-rejected-rows.csv');
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Line,Reason,Output ID,User ID,Datum,Editing share %,Team');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['12', '13', '14', '15']);
    await wizard.getByRole('button', { name: 'Done' }).click();

    // By hand: 11 outputs in the internal pilot, 7 strictly under 15% (15 itself is not), median 12.5%.
    const checkMetrics = async () => {
      const internal = page.getByRole('table', { name: /^Internal pilot/ });
      const whole = internal.getByRole('row', { name: /Whole stage/ });
      await whole.getByText('63.6%').waitFor();
      await whole.getByText('7 of 11').waitFor();
      await whole.getByText('12.5%').waitFor();
      await internal.getByRole('row', { name: /Week 1/ }).getByText('2 of 3').waitFor();
    };
    await checkMetrics();
    await tallShot('import-03-metrics');
    await page.getByText('Saved', { exact: true }).waitFor();

    // From here on, every IndexedDB read of stored rows made by the window (not by a worker) is counted.
    await page.addInitScript(() => {
      const reads = { count: 0 };
      Object.assign(window, { uiThreadRowReads: reads });
      const get = IDBObjectStore.prototype.get;
      IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
        if (this.name === 'importData') reads.count++;
        return get.call(this, query);
      };
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Claims drafting pilot' }).waitFor();
    await openDataTab();
    const imports = page.getByRole('table', { name: 'Imports (1)' });
    await imports.getByText('e2e-quality-messy.csv').waitFor();
    await checkMetrics();
    // The metrics worker read the stored rows itself: they never passed through the UI thread.
    expect(await page.evaluate(() => (window as unknown as { uiThreadRowReads: { count: number } }).uiThreadRowReads.count)).toBe(0);
    await imports.getByRole('button', { name: 'Details of e2e-quality-messy.csv' }).click();
    await imports.getByText(/Editing share \(%\) ← “Editing share %”/).waitFor();
    // The fingerprint the import worker took from its own reads is the file's standard SHA-256 (what sha256sum prints).
    await imports.getByText(createHash('sha256').update(readFileSync(resolve(FIXTURES, 'e2e-quality-messy.csv'))).digest('hex')).waitFor();
    await tallShot('import-04-imports-list');

    // The editing limit recomputes from the stored rows: at 20%, 8 of 11 (14.99 and 15 now count).
    const limit = page.getByRole('textbox', { name: 'Editing limit (%)' });
    await limit.fill('20');
    await page.getByRole('table', { name: /^Internal pilot/ }).getByRole('row', { name: /Whole stage/ }).getByText('8 of 11').waitFor();

    // A CSV dropped on the window opens the wizard for it.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['user_id,date\nu1,03/02/2025\nu2,04/02/2025\n'], 'dropped-usage.csv', { type: 'text/csv' }));
      return transfer;
    });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const dropped = page.getByRole('region', { name: 'Import “dropped-usage.csv”' });
    // 03/02/2025 could be 3 February or 2 March: the app asks, and will not import until answered.
    const question = dropped.getByRole('group', { name: 'Which date order does this file use?' });
    await question.waitFor();
    expect(await dropped.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await tallShot('import-08-date-question');
    // click(), not check(): answering removes the question, so there is no radio left to verify.
    await question.getByRole('radio', { name: /day first/ }).click();
    expect(await dropped.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);
    await dropped.getByRole('table', { name: /Preview/ }).getByText('2025-02-03').waitFor();
  });

  it('loads the bundled sample data of every kind and shows the figures samples/README.md promises', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Sample pilot', samplePilot);
    await openDataTab();
    const samples: [string, string][] = [
      ['Usage / adoption', 'usage.csv'],
      ['Output quality / editing time', 'quality.csv'],
      ['Satisfaction', 'satisfaction.csv'],
      ['Test results', 'test-results.csv'],
    ];
    for (const [kind, file] of samples) {
      await page.getByRole('button', { name: `Load sample data: ${kind}` }).click();
      const wizard = page.getByRole('region', { name: `Import “${file}”` });
      await wizard.getByText(/rows accepted/).waitFor();
      await wizard.getByRole('button', { name: 'Done' }).click();
    }
    await page.getByRole('table', { name: 'Imports (4)' }).waitFor();
    const internal = page.getByRole('table', { name: /^Internal pilot/ });
    // Adoption at week 4: u05 opened the tool but used it 0 times, so 3 of 5.
    await internal.getByRole('row', { name: /Week 4/ }).getByText('3 of 5').waitFor();
    await internal.getByRole('row', { name: /Whole stage/ }).getByText('90 of 108').waitFor();
    await page.getByText('2 usage rows are dated outside every stage (Sep 3\u2009–\u20094, 2026).').waitFor();
    const expanded = page.getByRole('region', { name: /^Expanded pilot/ });
    await expanded.getByText(/By group \(3\)/).click();
    await expanded.getByRole('table', { name: /Groups in Expanded pilot/ }).getByRole('row', { name: /Claims/ }).getByText('75 of 96').waitFor();
    const tests = page.getByRole('table', { name: 'Test results' });
    await tests.getByRole('row', { name: /All cases/ }).getByText('7 of 200').waitFor();
    await tallShot('import-06-sample-metrics');
    await page.emulateMedia({ colorScheme: 'dark' });
    await tallShot('import-07-sample-metrics-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The thresholds the test results measure show the values by themselves, with the file as the source.
    await page.getByRole('tab', { name: 'Thresholds' }).click();
    const hallucination = page.getByRole('group', { name: 'Threshold: Hallucination rate' });
    await hallucination.getByText('Measured from the pilot data: 3.5%').waitFor();
    await hallucination.getByText(/^Source: test-results\.csv, imported [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/).waitFor();
  });

  it('imports 250,000 rows on two cores with progress, can cancel, and keeps the window responsive', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importDatedPlan('Large log pilot');
    await openDataTab();
    // E2E_IMPORT_ROWS=1000000 measures a year of logs; 250,000 keeps the suite quick and the file big enough to be read in two parts.
    const rows = Number(process.env['E2E_IMPORT_ROWS'] ?? 250_000);
    const csv = largeQualityCsv(rows);
    expect(csv.length).toBeGreaterThan(SPLIT_MIN_BYTES);

    // Long tasks (main-thread work over 50 ms) from here on.
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
      }).observe({ type: 'longtask' });
    });

    // What the window asks its workers to do: a file this size is read in two parts, on two cores
    // (the page is told it has two, whatever machine runs the test).
    await page.evaluate(() => {
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 2 });
      const sent: string[] = [];
      Object.assign(window, { workerOrders: sent });
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown, transfer?: Transferable[]) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: Transferable[]) {
        const order = message as { type?: string; job?: { part?: { role: string } } };
        if (order.type === 'start' || order.type === 'start-part') sent.push(order.job?.part?.role ?? order.type);
        post.call(this, message, transfer ?? []);
      } as typeof Worker.prototype.postMessage;
    });

    const marks: Record<string, number> = {};
    const mark = async (name: string) => (marks[name] = Math.round(await page.evaluate(() => performance.now())));
    await mark('before-choose');
    // From a path: a buffer would be turned into a File by script in the page, a long task of the harness, not the app.
    const path = resolve(mkdtempSync(resolve(tmpdir(), 'rollout-e2e-')), 'outputs-2025.csv');
    writeFileSync(path, csv);
    await page.getByLabel('Choose a CSV file').setInputFiles(path);
    await mark('chosen');
    const wizard = page.getByRole('region', { name: 'Import “outputs-2025.csv”' });
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    const progress = wizard.getByRole('progressbar', { name: 'Import progress' });
    await progress.waitFor();
    await wizard.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByText('Import of “outputs-2025.csv” cancelled: nothing was imported.').waitFor();

    await mark('cancelled');
    const started = Date.now();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await progress.waitFor();
    // The bar moves while the worker reads; the page answers in between.
    const values = new Set<string>();
    while (await progress.isVisible().catch(() => false)) {
      // A short timeout: the bar may vanish between the two calls, and the default would wait 30 s for it.
      const value = await progress.getAttribute('aria-valuenow', { timeout: 100 }).catch(() => null);
      if (value !== null) values.add(value);
      if (values.size === 2) await session.shot('import-05-progress');
      await page.waitForTimeout(30);
    }
    const bad = Math.floor(rows / 1000);
    await wizard.getByText(`${(rows - bad).toLocaleString('en')} rows accepted`).waitFor({ timeout: 100_000 });
    const importMs = Date.now() - started;
    await wizard.getByText(`${bad.toLocaleString('en')} rows rejected`).first().waitFor();
    await mark('imported');
    // Both imports (the cancelled one and this) ran as two parts, and the second part numbered its lines
    // right: every rejected row (one in a thousand, all through the file) is on the line it is on.
    expect(await page.evaluate(() => (window as unknown as { workerOrders: string[] }).workerOrders)).toEqual(['first', 'rest', 'first', 'rest']);
    const downloadPromise = page.waitForEvent('download');
    await wizard.getByRole('button', { name: 'Save rejected rows as CSV' }).click();
    const rejectedText = await readFile(await (await downloadPromise).path(), 'utf8');
    const rejectedLines = rejectedText.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((l) => Number(l.split(',')[0]));
    expect(rejectedLines).toEqual(Array.from({ length: bad }, (_, k) => 1000 * k + 999 + 2));
    await wizard.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: /^Internal pilot/ }).getByRole('row', { name: /Whole stage/ }).waitFor();
    await mark('metrics');

    // Recomputing the metrics of all these rows runs in the metrics worker too.
    await page.getByRole('textbox', { name: 'Editing limit (%)' }).fill('30');
    await page.getByRole('columnheader', { name: 'Under 30% editing' }).first().waitFor();
    await page.waitForTimeout(300);

    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    const max = (tasks: typeof longTasks) => Math.max(0, ...tasks.map((t) => t.duration));
    // From the click on Import to the metrics of the new rows on screen: the worker's part.
    const duringImport = longTasks.filter((t) => t.start >= (marks['cancelled'] ?? 0));
    const report = {
      rows,
      bytes: csv.length,
      importMs,
      progressValuesSeen: values.size,
      maxLongTaskMs: max(longTasks),
      maxLongTaskDuringImportMs: max(duringImport),
      /** Start (performance.now(), ms) and duration of each long task, and when each step happened. */
      longTasks,
      steps: marks,
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(resolve(RESULTS, 'ui-longtask.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`UI long tasks during a ${rows.toLocaleString('en')}-row import:`, JSON.stringify(report));
    // The window drew several progress values while the rows were read: it was free to run during the import.
    expect(values.size).toBeGreaterThan(1);
    // How long the window's longest task took is a figure, not a pass mark: it depends on the machine's load (a
    // 376 ms task at load average 14, 103 ms alone), so it is written to ui-longtask.json above and measured by
    // `npm run bench:app` (issue 12, target 2). What this test holds is that the work ran in the workers.
  }, 240_000);
});
