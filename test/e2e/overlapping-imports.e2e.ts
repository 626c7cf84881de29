import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openSamplePlan } from './journeys';
import { savePdf, squash } from './pdf-pages';

const session = useBrowser();
const SAMPLES = resolve(import.meta.dirname, '../../samples');
const OUT = resolve(import.meta.dirname, '../../test-results');

/** Imports a file through the Pilot data tab's wizard, confirming nothing: these files are plausible. */
async function importFile(name: string, text: string): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.getByLabel('Choose a CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const wizard = page.getByRole('region', { name: `Import “${name}”` });
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor();
  await wizard.getByRole('button', { name: 'Done' }).click();
}

describe('files that overlap the data already imported', () => {
  it('counts the rows two files share once, says so on the screen and on paper, and keeps a re-run of the test set apart', async () => {
    const { page } = session;
    await openSamplePlan(session);

    // The first 200 outputs of quality.csv again, as a colleague's export of September: other bytes, the same rows.
    const quality = readFileSync(resolve(SAMPLES, 'quality.csv'), 'utf8').split('\n');
    await importFile('quality-september.csv', `${quality.slice(0, 201).join('\n')}\n`);
    const warnings = page.getByRole('list', { name: 'Pilot data warnings' });
    await warnings
      .getByText('200 quality rows are the same, value for value, as rows of an earlier quality import (the files overlap), so they were counted once.', { exact: false })
      .waitFor();
    // The internal pilot's outputs as before: 90 of 108, not 180 of 216.
    const internal = page.getByRole('table', { name: /^Internal pilot/ });
    await internal.getByRole('row', { name: /Whole stage/ }).getByText('90 of 108').waitFor();

    // The test set run again after a prompt change: two cases now wrong. Each case counts once, from the later run.
    const tests = readFileSync(resolve(SAMPLES, 'test-results.csv'), 'utf8').replace('TC-001,Existing customer,billing,billing,yes', 'TC-001,Existing customer,billing,refund,no');
    await importFile('test-results-rerun.csv', tests.replace('TC-002,Broker,billing,billing,yes', 'TC-002,Broker,billing,refund,no'));
    await warnings.getByText(/^200 test cases are in a later test-results file too \(a re-run of the test set\): each case counts once, from the latest file/).waitFor();
    const allCases = page.getByRole('row', { name: /^All cases/ });
    // 200 cases (not 400), 178 of the 194 whose correctness is known.
    expect(squash(await allCases.innerText())).toMatch(/^All cases 200 91\.8% 178 of 194/);
    await session.shot('overlapping-imports-pilot-data');

    await page.getByRole('tab', { name: 'Summary report' }).click();
    const note = page.getByRole('note', { name: 'Figures counted with care' });
    await note.getByText(/200 test cases are in a later test-results file too/).waitFor();
    const pdf = await savePdf(page, OUT, 'overlapping-imports-a4', 'A4');
    const printed = squash(pdf.text);
    // Each file's line says which of its rows count nowhere, and why; figures counted with care follow the list.
    // (A long file name may break at its hyphen on paper.)
    expect(printed).toMatch(/quality-\s?september\.csv Output quality \/ editing time, imported Nov 22, 2026, 200 rows accepted, 0 rejected, 200 not counted \(the same as an earlier file’s rows\)/);
    expect(printed).toContain('usage.csv Usage / adoption, imported Nov 22, 2026, 212 rows accepted, 0 rejected, 2 not counted (dated outside every stage)');
    expect(printed).toContain('Counted with care: 200 test cases are in a later test-results file too (a re-run of the test set)');
  });
});
