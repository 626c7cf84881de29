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
