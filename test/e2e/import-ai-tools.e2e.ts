/**
 * Exports of AI and support tools through the real wizard (rounds 4 and 5; test/fixtures/exports/README.md): a
 * per-feature usage report whose counts are not read as the uses, a coded rating chosen by hand, a cost report in
 * cents, and a 0–10 NPS score chosen as the rating.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { chooseExport as chooseIn, importExportsPlan as importPlanIn } from './exports-plan';

const session = useBrowser();
const importExportsPlan = (name: string): Promise<void> => importPlanIn(session, name);
const chooseExport = (file: string) => chooseIn(session, file);



async function shots(name: string): Promise<void> {
  const { page } = session;
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await session.shot(`${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('exports of AI and support tools through the wizard', () => {
  it('Amazon Q Developer: no feature count is the uses, the month-first dates are asked, weeks 1 and 2 read 4 of 5', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Amazon Q pilot');
    const wizard = await chooseExport('amazon-q-developer-user-activity.csv');
    await wizard.getByText(/Choose the kind to go on\./).waitFor();
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('usage');
    expect(await wizard.getByRole('combobox', { name: 'Number of uses' }).inputValue()).toBe('');
    const question = wizard.getByRole('group', { name: 'Which date order does this file use?' });
    await question.waitFor();
    await shots('ai-tools-01-amazon-q-wizard');
    await question.getByRole('radio', { name: /month first/ }).click();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('9 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    // Before: "Chat_MessagesSent" was the uses and inline-only days counted as no use: 2 of 5, then 3 of 5.
    const internal = page.getByRole('table', { name: /^Internal pilot/ });
    await internal.getByRole('row', { name: /Week 1/ }).getByText('4 of 5').waitFor();
    await internal.getByRole('row', { name: /Week 2/ }).getByText('4 of 5').waitFor();
  });

  it('Help Scout: "ratingId" is not proposed as the rating; chosen by hand, the coded answers are flagged', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Support ratings');
    const wizard = await chooseExport('helpscout-happiness-ratings.csv');
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('satisfaction');
    expect(await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).inputValue()).not.toBe('ratingId');
    await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).selectOption('ratingId');
    const warning = wizard.getByText(/holds a code for each answer, not a rating/);
    await warning.waitFor();
    await warning.scrollIntoViewIfNeeded();
    await shots('ai-tools-02-helpscout-coded-rating');
  });

  it('Anthropic cost report: "amount" chosen as the cost, the app asks cents or dollars; cents read as a hundredth', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Claude costs');
    const wizard = await chooseExport('anthropic-cost-report.csv');
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('operations');
    // Before: "cost_type" (tokens, web_search) was proposed as the cost.
    expect(await wizard.getByRole('combobox', { name: 'Cost' }).inputValue()).toBe('');
    await wizard.getByRole('combobox', { name: 'Cost' }).selectOption('amount');
    const question = wizard.getByRole('group', { name: 'Which unit are the costs in?' });
    await question.getByText(/laid out like Anthropic's cost report, whose amounts are in cents/).waitFor();
    await question.scrollIntoViewIfNeeded();
    await shots('ai-tools-03-anthropic-cost-unit');
    await question.getByRole('radio', { name: /Cents \(divided by 100\) — 1523\.4120 is 15\.23/ }).click();
    await question.waitFor({ state: 'detached' });
    // Before: 1,907.2 a row, the cents read as dollars.
    await wizard.getByText(/\(19\.1 on average in the file\)/).waitFor();
  });

  it('Delighted NPS: "score" (0–10) is not the rating; chosen by hand, the import is refused with the reason', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('NPS survey');
    const wizard = await chooseExport('delighted-nps-responses.csv');
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('satisfaction');
    expect(await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).inputValue()).toBe('');
    await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).selectOption('score');
    const refusal = wizard.getByText(/holds answers from 2 to 10 .* is not a 1–5 rating/);
    await refusal.waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await shots('ai-tools-04-delighted-nps-refused');
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    // Before: "every row would be rejected", which 2 of 6 rows are not.
    await wizard.getByText('Nothing can be imported with these columns: see why above.').waitFor();
  });
});
