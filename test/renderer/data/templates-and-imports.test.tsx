// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../renderer/format/dates';
import { renderApp, TEST_NOW } from '../render-app';
import { samplePlan } from './data-fixtures';

async function openDataTab() {
  const app = renderApp({ plans: [samplePlan()] });
  await app.user.click(await screen.findByRole('tab', { name: 'Pilot data' }));
  return app;
}

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('pilot data: templates and the imports list', () => {
  it.each([
    ['Usage / adoption', 'usage', 'rollout-readiness-usage-template.csv', 'user_id,date,stage,group,uses'],
    ['Output quality / editing time', 'quality', 'rollout-readiness-quality-template.csv', 'output_id,user_id,date,editing_share_percent,stage,group'],
    ['Satisfaction', 'satisfaction', 'rollout-readiness-satisfaction-template.csv', 'user_id,date,rating,comment,stage,group'],
    ['Test results', 'test_results', 'rollout-readiness-test-results-template.csv', 'case_id,expected,actual,correct,hallucination,latency_seconds,group'],
  ])('saves the %s template as a CSV the importer reads back as that kind', async (label, kind, fileName, header) => {
    const { user, api } = await openDataTab();
    await user.click(screen.getByRole('button', { name: `Download template: ${label}` }));

    await waitFor(() => expect(api.savedFiles).toHaveLength(1));
    const saved = api.savedFiles[0]!;
    expect(saved.fileName).toBe(fileName);
    expect(saved.kind).toBe('csv');
    // A byte order mark so Excel reads accents right, the header the importer knows, then two example rows.
    expect(saved.text.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    expect(saved.text.trimEnd().split('\r\n')).toHaveLength(3);

    // Filled in and chosen again, it is recognised without any mapping work.
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File([saved.text], fileName, { type: 'text/csv' }));
    const wizard = await screen.findByRole('region', { name: `Import “${fileName}”` });
    expect((within(wizard).getByRole('combobox', { name: 'Kind of file' }) as HTMLSelectElement).value).toBe(kind);
    expect(within(wizard).getByRole('table', { name: /Preview: the first 2 rows as they will be imported/ })).toBeTruthy();
  });

  it('lists an import with its kind, size, short SHA-256 and import time', async () => {
    const { user } = await openDataTab();
    const text = 'user_id,date,team\r\nu01,2026-09-08,Support\r\nu02,2026-09-09,Sales\r\n';
    const bytes = new TextEncoder().encode(text);
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    await user.upload(screen.getByLabelText('Choose a CSV file'), new File([bytes], 'usage-week-1.csv', { type: 'text/csv' }));
    const wizard = await screen.findByRole('region', { name: 'Import “usage-week-1.csv”' });
    await user.click(within(wizard).getByRole('button', { name: 'Import' }));
    await within(wizard).findByText('2 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(wizard).getByRole('button', { name: 'Done' }));

    const imports = screen.getByRole('table', { name: 'Imports (1)' });
    const row = within(imports).getByRole('row', { name: /^usage-week-1\.csv/ });
    expect(within(row).getByRole('rowheader').textContent).toBe(`usage-week-1.csvUsage / adoption · ${bytes.length} bytes`);
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]?.textContent).toBe(formatTimestamp(TEST_NOW.toISOString()));
    expect(cells[1]?.textContent).toBe('2');
    expect(cells[2]?.textContent).toBe('0');
    // The first 12 hex digits on screen, the whole hash on hover.
    const hash = within(cells[3]!).getByText(`${sha256.slice(0, 12)}…`);
    expect(hash.getAttribute('title')).toBe(sha256);
    expect(within(cells[3]!).getByRole('button', { name: 'Copy SHA-256 of usage-week-1.csv' })).toBeTruthy();
  });
});
