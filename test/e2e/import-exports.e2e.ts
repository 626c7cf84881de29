import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { chooseExport as chooseIn, importExportsPlan as importPlanIn } from './exports-plan';

const session = useBrowser();
const importExportsPlan = (name: string): Promise<void> => importPlanIn(session, name);
const chooseExport = (file: string) => chooseIn(session, file);


/** The whole tab in one screenshot: the window is made as tall as the scrolled content (the main area scrolls inside it). */
async function tallShot(name: string, width = 1280): Promise<void> {
  const { page } = session;
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);
  const height = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll<HTMLElement>('main, main *')]
        .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
        .map((e) => e.getBoundingClientRect().top + e.scrollHeight),
    ),
  );
  await page.setViewportSize({ width, height: Math.min(6000, Math.max(860, Math.ceil(height) + 24)) });
  await session.shot(name);
  await page.setViewportSize({ width: 1280, height: 860 });
}


describe('survey and spreadsheet exports through the wizard', () => {
  it('a Qualtrics export with three header rows: proven a satisfaction file, header lines skipped, figures right', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Survey pilot');
    const wizard = await chooseExport('qualtrics-satisfaction.csv');
    expect(await wizard.getByRole('combobox', { name: 'Kind of file' }).inputValue()).toBe('satisfaction');
    // Detection on the first 64 KB ran in the preview worker, not on the UI thread.
    expect(page.workers().some((w) => w.url().includes('preview-worker'))).toBe(true);
    await wizard.getByText(/^Suggested Satisfaction: “Q1” looks like a rating\.$/).waitFor();
    await wizard.getByText(/skipped 2 header lines under the column names/).waitFor();
    expect(await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).inputValue()).toBe('Q1');
    expect(await wizard.getByRole('combobox', { name: 'User ID' }).inputValue()).toBe('RecipientEmail');
    await wizard.getByRole('table', { name: /Preview/ }).getByRole('cell', { name: 'Internal pilot, week 2' }).first().waitFor();
    await tallShot('exports-01-qualtrics-wizard', 1366);
    await tallShot('exports-01-qualtrics-wizard-1920', 1920);

    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('4 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    // By hand: ratings 5, 4 (week 1) and 2, 4 (week 2): mean 3.75, three of four rate 4 or 5.
    const internal = page.getByRole('table', { name: /^Internal pilot/ });
    const whole = internal.getByRole('row', { name: /Whole stage/ });
    await whole.getByText('3.75', { exact: true }).waitFor();
    await whole.getByText('3 of 4').waitFor();
    await internal.getByRole('row', { name: /Week 2/ }).getByText('1 of 2').waitFor();
  });

  it('a file of week numbers without a stage: the wizard asks which stage, shows where each row lands, and the figures follow', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Weekly survey');
    const wizard = await chooseExport('weekly-ratings-no-stage.csv');
    const question = wizard.getByRole('group', { name: 'Which stage does this file belong to?' });
    await question.getByText('4 rows carry a week number but no stage, so they would count in no stage.').waitFor();
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    const preview = wizard.getByRole('table', { name: /Preview/ });
    await preview.getByRole('cell', { name: 'No stage: the row has a week number but no stage' }).first().waitFor();
    await tallShot('exports-02-stage-question', 1366);

    await question.getByRole('radio', { name: 'Expanded pilot' }).check();
    expect(await preview.getByRole('cell', { name: 'Expanded pilot, week 1' }).count()).toBe(3);
    await preview.getByRole('cell', { name: 'Expanded pilot, week 2' }).waitFor();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('4 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    // Week 1: 4, 5, 3 → mean 4, two of three 4 or 5. Week 2: one rating of 2.
    const expanded = page.getByRole('table', { name: /^Expanded pilot/ });
    const week1 = expanded.getByRole('row', { name: /Week 1/ });
    await week1.getByText('2 of 3').waitFor();
    await expanded.getByRole('row', { name: /Week 2/ }).getByText('0 of 1').waitFor();
    await expanded.getByRole('row', { name: /Whole stage/ }).getByText('3.5', { exact: true }).waitFor();
  });

  it('an anonymous survey: the empty e-mail column is not proposed; mapped to it by hand, every row is rejected and Import is disabled', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Anonymous survey');
    const wizard = await chooseExport('anonymous-survey.csv');
    expect(await wizard.getByRole('combobox', { name: 'Kind of file' }).inputValue()).toBe('satisfaction');
    expect(await wizard.getByRole('combobox', { name: 'User ID' }).inputValue()).toBe('');
    await wizard.getByText('Choose the column for: User ID.').waitFor();

    await wizard.getByRole('combobox', { name: 'User ID' }).selectOption('Email Address');
    await wizard.getByText(/^Every row of the file would be rejected \(3 of 3\), for example: User ID is empty\./).waitFor();
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await wizard.getByText('Nothing can be imported: every row would be rejected.').waitFor();
    await tallShot('exports-03-all-rejected', 1366);

    // The respondent id identifies each answer: with it, the three ratings import (4, 2, 5 → 2 of 3 rate 4 or 5).
    await wizard.getByRole('combobox', { name: 'User ID' }).selectOption('Respondent ID');
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('3 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: /^Internal pilot/ }).getByRole('row', { name: /Whole stage/ }).getByText('2 of 3').waitFor();
  });

  it('a monitoring export: the unitless latency is asked, the rate and p95 columns are listed as not imported, the mean is 1.83 s', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Monitoring pilot');
    const wizard = await chooseExport('datadog-operations.csv');
    expect(await wizard.getByRole('combobox', { name: 'Kind of file' }).inputValue()).toBe('operations');
    await wizard.getByText('Which unit are the latencies in?').waitFor();
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await wizard.getByText('2 columns are not imported').click();
    await wizard.getByText(/a percentile or extreme, not a mean latency/).waitFor();
    await wizard.getByText(/a rate, not a count/).waitFor();
    await tallShot('exports-04-latency-unit-question', 1366);
    await tallShot('exports-04-latency-unit-question-1920', 1920);

    await wizard.getByRole('radio', { name: /^Milliseconds/ }).click();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('7 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    // Σ latency × requests = 12,378,790 ms over 6,749 requests: 1.834 s (read as seconds it was 1,834 s).
    await page.getByText('1.83 s').first().waitFor();
  });

  it('an admin-console usage report: the kind is asked; as usage, the last-activity warning must be confirmed', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Copilot usage');
    const wizard = await chooseExport('m365-copilot-usage.csv');
    await wizard.getByText(/6 of the file's 8 columns would not be used\. Choose the kind to go on\./).waitFor();
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('usage');
    // Answered: the note keeps why the app asked, and no longer asks.
    await wizard.getByText(/^You chose Usage \/ adoption\. The app could not tell on its own: .*6 of the file's 8 columns would not be used\. Check the columns below\.$/).waitFor();
    expect(await wizard.getByText('Choose the kind to go on').count()).toBe(0);
    await wizard.getByText(/holds each user's last active day, not every day they were active/).waitFor();
    await wizard.getByText('6 columns are not imported').waitFor();
    await tallShot('exports-05-last-activity-warning', 1366);
    await wizard.getByRole('checkbox', { name: /I checked these: import anyway/ }).check();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('4 rows accepted').waitFor();
  });
});
