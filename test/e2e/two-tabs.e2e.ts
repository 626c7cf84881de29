import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR, useBrowser } from './browser';
import { createPlanFromTemplate, waitForSaved } from './journeys';

const session = useBrowser();

describe('the same plan open in two tabs', () => {
  it('an edit saved in one is never undone by the other’s out-of-date copy: that one says "Not saved" and why', async () => {
    const { page: first, context } = session;
    await first.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await createPlanFromTemplate(session, 'Claims triage assistant', 'Team workflow pilot');
    await first.getByRole('tab', { name: 'Overview' }).click();
    await first.getByRole('textbox', { name: 'Purpose' }).fill('Drafts first replies to insurance claims.');
    await waitForSaved(session);

    // A second tab opens the plan as stored now (the app reopens the last plan).
    const second = await context.newPage();
    await second.goto(session.url);
    await second.getByRole('heading', { level: 1, name: 'Claims triage assistant' }).waitFor();
    await second.getByRole('tab', { name: 'Overview' }).click();
    await second.getByRole('textbox', { name: 'Purpose' }).waitFor();

    // The first tab saves an edit; the second, still on the older copy, edits the same plan.
    await first.getByRole('textbox', { name: 'Purpose' }).fill('Drafts first replies; a person sends them.');
    await waitForSaved(session);
    await second.getByRole('textbox', { name: 'Purpose' }).fill('Something else entirely.');

    const alert = second.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/changed in another window or tab .*nothing was written/);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await second.setViewportSize({ width, height });
      await second.screenshot({ path: resolve(SHOTS_DIR, `two-tabs-not-saved-${width}x${height}.png`), fullPage: true });
    }

    // What the first tab saved is what is stored.
    await first.reload();
    await first.getByRole('heading', { level: 1, name: 'Claims triage assistant' }).waitFor();
    await first.getByRole('tab', { name: 'Overview' }).click();
    expect(await first.getByRole('textbox', { name: 'Purpose' }).inputValue()).toBe('Drafts first replies; a person sends them.');
    await second.close();
  });
});
