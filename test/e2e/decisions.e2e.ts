import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openSamplePlan } from './journeys';

const session = useBrowser();

describe('deciding on a stage', () => {
  it('starts on the recommendation; an override takes an explicit choice and a confirmation', async () => {
    const { page } = session;
    await openSamplePlan(session);
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const form = page.getByRole('region', { name: 'Record a decision' });
    await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Stage 1: Internal pilot' });
    // The sample's stage 1 clears its gates: the form opens on Proceed, not on an override.
    expect(await form.getByRole('radio', { name: 'Proceed' }).isChecked()).toBe(true);
    expect(await form.getByText(/You are overriding/).count()).toBe(0);
    await session.shot('decisions-01-form-on-recommendation');

    // Recording with empty fields: the first field to fix gets focus and says why.
    await form.getByRole('button', { name: 'Record decision' }).click();
    const name = form.getByRole('textbox', { name: 'Your name' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBe('true');

    await name.fill('Dana Kim');
    await form.getByRole('radio', { name: 'Hold' }).check();
    await form.getByRole('alert').getByText('You are overriding the recommendation “proceed”').waitFor();
    await form.getByRole('textbox', { name: 'Rationale' }).fill('The security review is still open.');
    await form.getByRole('textbox', { name: 'Approved by' }).fill('Steering committee');
    await form.getByRole('button', { name: 'Record override' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Record an override?' });
    await confirm.getByText('You are recording “hold” for stage 1 “Internal pilot”, against the app’s recommendation “proceed”').waitFor();
    await session.shot('decisions-02-override-confirmation');
    await confirm.getByRole('button', { name: 'Record override: hold' }).click();

    const entry = page.getByRole('region', { name: 'Decision log' }).getByRole('article').first();
    await entry.getByText('The security review is still open.').waitFor();
    // Focus follows the new entry, so keyboard and screen-reader users land on what was stored.
    await expect.poll(() => entry.evaluate((el) => el === document.activeElement)).toBe(true);

    // The stage list shows both: what the app recommends and what the lead decided.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page
      .getByRole('region', { name: 'Stage timeline' })
      .getByRole('button', { name: /Stage 1: Internal pilot.*Recommended\s*Proceed\s*Decided\s*Hold \(override\)/ })
      .waitFor();
    await session.shot('decisions-03-timeline-recommended-and-decided');
  });

  it('logs the statistical-confidence switch with the verdicts it changed', async () => {
    const { page } = session;
    await openSamplePlan(session);
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.locator('label.switch').filter({ hasText: 'Statistical confidence' }).click();
    expect(await page.getByRole('switch', { name: 'Statistical confidence' }).isChecked()).toBe(true);
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const entry = page.getByRole('region', { name: 'Decision log' }).getByRole('article').filter({ hasText: 'Setting change' });
    await entry.getByText(/Statistical confidence .*: off → on\./).first().waitFor({ timeout: 15_000 });
    await entry.getByText(/Verdicts changed: Stage 1 “Internal pilot” proceed → hold/).waitFor();
    await entry.screenshot({ path: `${process.cwd()}/test-results/screenshots/decisions-04-confidence-logged.png` });
  });
});
