import type { Locator } from 'playwright-core';
import type { E2eSession } from './browser';

/** Creates a plan through the New plan dialog and waits until it is open. */
export async function createPlanFromTemplate(session: E2eSession, name: string, template: string): Promise<void> {
  const { page } = session;
  await page.getByRole('button', { name: 'Create a plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByRole('textbox', { name: 'Plan name' }).fill(name);
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Waits for the autosave to report that everything is stored. */
export async function waitForSaved(session: E2eSession): Promise<void> {
  await session.page.getByText('Saved', { exact: true }).waitFor();
}

/** "Try with sample data" (the first such button: the empty state's or the plan list's), then the template's sample plan. */
export async function trySampleData(session: Pick<E2eSession, 'page'>, template = 'Team workflow pilot'): Promise<void> {
  const { page } = session;
  await page.getByRole('button', { name: 'Try with sample data' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Try with sample data' });
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Create sample plan' }).click();
}

/** Opens the sample plan ("Try with sample data") on a fixed day after its pilot, and waits until its stages are judged. */
export async function openSamplePlan(session: E2eSession, viewport = { width: 1366, height: 768 }): Promise<void> {
  const { page } = session;
  await page.setViewportSize(viewport);
  // The sample pilot ran September to November 2026; judge it a few weeks later.
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.reload();
  await trySampleData(session);
  await page.getByRole('heading', { level: 1, name: 'Sample: claims reply drafting' }).waitFor({ timeout: 30_000 });
  // Every sample file imported and stored: a file still arriving moves verdicts under the test's feet.
  await page.getByText(/^Created “Sample: claims reply drafting” with \d+ sample files imported$/).waitFor({ timeout: 60_000 });
  await page
    .getByRole('region', { name: 'Stage timeline' })
    .getByRole('button', { name: /Stage 1: Internal pilot.*Proceed/ })
    .waitFor({ timeout: 30_000 });
}

/** On the sample plan, from the Decisions tab: stage 1 proceeds as recommended, by Dana Kim. Returns the decision form. */
export async function recordStage1Proceed(session: E2eSession, rationale: string): Promise<Locator> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Decisions' }).click();
  const form = page.getByRole('region', { name: 'Record a decision' });
  await form.getByRole('textbox', { name: 'Your name' }).fill('Dana Kim');
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Stage 1: Internal pilot' });
  await form.getByText('The app recommends').waitFor();
  await form.getByRole('radio', { name: 'Proceed' }).check();
  await form.getByRole('textbox', { name: 'Rationale' }).fill(rationale);
  await form.getByRole('textbox', { name: 'Approved by' }).fill('Steering committee');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Stage 2 may start: stage 1 proceed decision by Dana Kim').waitFor();
  return form;
}

/** On the sample plan: stage 1 proceeds as recommended, stage 2 proceeds as an override (it is recommended to roll back or hold). */
export async function recordSampleDecisions(session: E2eSession, overrideRationale: string): Promise<void> {
  const { page } = session;
  const form = await recordStage1Proceed(session, 'Adoption held at 60% in week 4 and 83% of outputs needed little editing.');
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Stage 2: Expanded pilot' });
  await form.getByRole('radio', { name: 'Proceed' }).check();
  await form.getByRole('textbox', { name: 'Rationale' }).fill(overrideRationale);
  await form.getByRole('textbox', { name: 'Approved by' }).fill('Steering committee');
  await form.getByRole('button', { name: 'Record override' }).click();
  await page.getByRole('alertdialog', { name: 'Record an override?' }).getByRole('button', { name: 'Record override: proceed' }).click();
  await page.getByText('Stage 3 may start: stage 2 proceed decision by Dana Kim').waitFor();
}
