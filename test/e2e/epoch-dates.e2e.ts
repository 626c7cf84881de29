import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';

const session = useBrowser();
const OUT = resolve(import.meta.dirname, '../../test-results/epoch-dates');

describe('Unix timestamps in a date column, through the import wizard', () => {
  // Before: every row refused ("“1772533800” is not a valid date"). Now read as UTC dates, which the preview shows.
  it('shows the dates they stand for in the preview, and imports them', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page } = session;
    await page.clock.setFixedTime(new Date('2026-03-20T10:00:00'));
    await page.reload();
    await createPlanFromTemplate(session, 'Traffic rollout', 'Percentage traffic rollout');
    await page.getByRole('tab', { name: 'Pilot data' }).click();
    const csv = 'timestamp,requests,errors\n1772533800,200,3\n1772620200,180,2\n1772706600123,210,4\n';
    await page.locator('input[type="file"]').setInputFiles({ name: 'unix-ops.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const wizard = page.getByRole('region', { name: 'Import “unix-ops.csv”' });
    await wizard.getByRole('table', { name: /Preview/ }).waitFor();
    const kind = wizard.getByRole('combobox', { name: 'Kind of file' });
    if ((await kind.inputValue()) !== 'operations') await kind.selectOption('operations');
    // The preview as the import will read it: the dates the numbers stand for (UTC).
    const preview = wizard.getByRole('table', { name: /Preview/ });
    await preview.getByRole('cell', { name: '2026-03-05' }).waitFor();
    const text = await preview.innerText();
    expect(text).toContain('2026-03-03');
    expect(text).toContain('2026-03-04');
    expect(await wizard.getByRole('combobox', { name: /Date format/i }).inputValue()).toBe('unix');
    expect(await wizard.innerText()).not.toMatch(/do not read as a date/);
    await preview.screenshot({ path: resolve(OUT, 'wizard-preview.png') });
    // The plan's stages have no dates yet: the file goes to the first stage, then is imported.
    await wizard.getByRole('radio', { name: '5% of traffic' }).check();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor();
  });
});
