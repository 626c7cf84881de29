/**
 * The plan every UI benchmark imports into: a "Team workflow pilot" whose first stage starts on
 * 2026-01-05, when the generated log (bench/generate.ts) does; its rows name their stage. Ends on the
 * Pilot data tab, ready for a file to be chosen.
 */
export async function createDatedTeamPlan(page) {
  await page.getByRole('button', { name: 'Create a plan' }).click();
  await page.getByRole('radio', { name: 'Team workflow pilot' }).check();
  await page.getByRole('button', { name: 'Create plan' }).click();
  await page.getByRole('tab', { name: 'Stages' }).click();
  const stage1 = page.getByRole('region', { name: 'Stage 1: Internal pilot' });
  await stage1.getByRole('radio', { name: 'Edit stage' }).check();
  await stage1.getByRole('textbox', { name: 'Planned start' }).fill('2026-01-05');
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Pilot data' }).click();
}
