// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { samplePlan } from './data-fixtures';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** Nothing the file says may become an element: a tag would run (img onerror) or load (script). */
const injected = (container: HTMLElement) => container.querySelector('img, script');

async function importFile(text: string, fileName: string) {
  const app = renderApp({ plans: [samplePlan()] });
  await app.user.click(await screen.findByRole('tab', { name: 'Pilot data' }));
  await app.user.upload(screen.getByLabelText('Choose a CSV file'), new File([text], fileName, { type: 'text/csv' }));
  const region = await screen.findByRole('region', { name: `Import “${fileName}”` });
  return { ...app, region };
}

async function finishImport(user: ReturnType<typeof renderApp>['user'], region: HTMLElement) {
  // Many rejected rows are a warning the user confirms before importing.
  const confirm = within(region).queryByRole('checkbox', { name: /import anyway/ });
  if (confirm) await user.click(confirm);
  await user.click(within(region).getByRole('button', { name: 'Import' }));
  await within(region).findByText(/rows? accepted/, {}, { timeout: 30_000 });
}

/** The whole-stage breakdown by group under the stage's metrics table. */
const groupTable = () => screen.findByRole('table', { name: 'Groups in Internal pilot, whole stage' });

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('markup in an imported CSV file is shown as text', () => {
  it('shows user ids, groups and comments written as tags as those characters, in the preview, the rejected rows and the group breakdown', async () => {
    const csv = [
      'user_id,date,rating,comment,team',
      `${IMG},2026-09-08,4,${SCRIPT},${IMG}`,
      `u02,2026-09-08,5,${IMG},${SCRIPT}`,
      // A rating that is markup: rejected, and its reason quotes the cell.
      `u03,2026-09-08,${SCRIPT},bad rating,Support`,
    ].join('\n');
    const { user, region, container } = await importFile(csv, 'satisfaction-markup.csv');
    expect((within(region).getByRole('combobox', { name: 'Kind of file' }) as HTMLSelectElement).value).toBe('satisfaction');

    const preview = within(region).getByRole('table', { name: /Preview: the first 3 rows as they will be imported/ });
    const line2 = within(preview).getByRole('row', { name: /^2 / });
    expect(within(line2).getAllByRole('cell').map((c) => c.textContent)).toEqual(
      expect.arrayContaining([IMG, SCRIPT]),
    );
    const line3 = within(preview).getByRole('row', { name: /^3 / });
    expect(within(line3).getByRole('cell', { name: IMG })).toBeTruthy();
    expect(within(line3).getByRole('cell', { name: SCRIPT })).toBeTruthy();
    // A row the check rejects is shown as its raw cells.
    const line4 = within(preview).getByRole('row', { name: /^4 / });
    expect(within(line4).getByText(`u03 | 2026-09-08 | ${SCRIPT} | bad rating | Support`)).toBeTruthy();
    expect(injected(container)).toBeNull();

    await finishImport(user, region);
    expect(within(region).getByText('2 rows accepted')).toBeTruthy();
    const rejected = within(region).getByRole('list', { name: 'Rejected rows by reason' });
    expect(within(rejected).getByText(`Rating “${SCRIPT}” is not a number from 1 to 5`)).toBeTruthy();
    expect(injected(container)).toBeNull();

    await user.click(within(region).getByRole('button', { name: 'Done' }));
    const groups = await groupTable();
    expect(within(groups).getByRole('rowheader', { name: IMG })).toBeTruthy();
    expect(within(groups).getByRole('rowheader', { name: SCRIPT })).toBeTruthy();
    expect(screen.getByText(`By group (2): ${IMG}, ${SCRIPT}`)).toBeTruthy();
    expect(injected(container)).toBeNull();
  });

  it('shows a quality file’s markup user id, group and rejected editing share as text', async () => {
    const csv = [
      'output_id,user_id,date,editing_share_percent,team',
      `out-1,${IMG},2026-09-08,10,${SCRIPT}`,
      `out-2,${SCRIPT},2026-09-09,${IMG},Support`,
    ].join('\n');
    const { user, region, container } = await importFile(csv, 'quality-markup.csv');
    expect((within(region).getByRole('combobox', { name: 'Kind of file' }) as HTMLSelectElement).value).toBe('quality');

    const preview = within(region).getByRole('table', { name: /Preview: the first 2 rows as they will be imported/ });
    const line2 = within(preview).getByRole('row', { name: /^2 / });
    expect(within(line2).getByRole('cell', { name: IMG })).toBeTruthy();
    expect(within(line2).getByRole('cell', { name: SCRIPT })).toBeTruthy();
    expect(within(preview).getByText(`out-2 | ${SCRIPT} | 2026-09-09 | ${IMG} | Support`)).toBeTruthy();

    await finishImport(user, region);
    const rejected = within(region).getByRole('list', { name: 'Rejected rows by reason' });
    expect(within(rejected).getByText(`Editing share “${IMG}” is not a number`)).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Done' }));
    expect(within(await groupTable()).getByRole('rowheader', { name: SCRIPT })).toBeTruthy();
    expect(injected(container)).toBeNull();
  });
});
