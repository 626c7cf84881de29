import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openSamplePlan, recordSampleDecisions } from './journeys';
import { clippedBoxes, horizontalOverflow, reachingInto, seriousAxeViolations, TAB_NAMES } from './screen-checks';

const session = useBrowser();

describe('every tab of the sample plan', () => {
  it('fits 1366×768 without sideways scrolling, and each tab opens at its top', async () => {
    const { page } = session;
    await openSamplePlan(session, { width: 1366, height: 768 });
    const problems: string[] = [];
    // The sample opens on the dashboard: start elsewhere, so that every tab is one switched to.
    await page.getByRole('tab', { name: 'Summary report' }).click();
    for (const name of TAB_NAMES) {
      // Scroll the previous tab down first: the next one must still open at its top.
      await page.evaluate(() => document.querySelector('.main')?.scrollTo({ top: 600 }));
      await page.getByRole('tab', { name }).click();
      await page.getByRole('tab', { name, selected: true }).waitFor();
      const top = await page.evaluate(() => document.querySelector('.main')?.scrollTop ?? -1);
      if (top !== 0) problems.push(`${name}: opened scrolled down by ${top} px`);
      if (name === 'Stages') await page.getByRole('region', { name: /^Stage 1: / }).waitFor();
      const overflow = await horizontalOverflow(page);
      if (overflow.page > 0 || overflow.main > 0) problems.push(`${name}: ${overflow.page}/${overflow.main} px too wide: ${overflow.widest.join(', ')}`);
      await session.shot(`screens-1366-${name.toLowerCase().replace(/\s+/g, '-')}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows whole tables and cells at 1366×768: the every-group table, the communication plan', async () => {
    const { page } = session;
    await openSamplePlan(session, { width: 1366, height: 768 });
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('button', { name: /Stage 2: Expanded pilot/ }).click();
    await page.getByRole('region', { name: /^Stage 2: / }).getByText('In every group with enough data').first().waitFor();
    expect(await clippedBoxes(page, '.table-scroll')).toEqual([]);
    await page.getByRole('tab', { name: 'Communication' }).click();
    await page.getByRole('table', { name: 'Communication plan' }).waitFor();
    expect(await clippedBoxes(page, '.comm-table input, .comm-table textarea, .table-scroll')).toEqual([]);
    await session.shot('screens-1366-communication-whole-cells');
  });

  it('keeps the stage list in its column once a stage has an override decision, at 1366×768 and 1920×1080', async () => {
    const { page } = session;
    await openSamplePlan(session, { width: 1366, height: 768 });
    await recordSampleDecisions(session, 'Legal joined late; their first weeks are onboarding, not quality.');
    await page.getByRole('tab', { name: 'Stages' }).click();
    const nav = page.getByRole('navigation', { name: 'Stages' });
    // The longest badge the list shows: "Proceed (override) · Nov 22, 2026".
    await nav.getByRole('button', { name: /^Stage 2: Expanded pilot.*\(override\)/ }).click();
    await page.getByRole('region', { name: 'Stage 2: Expanded pilot' }).waitFor();
    const problems: string[] = [];
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      const size = `${viewport.width}×${viewport.height}`;
      for (const reach of await reachingInto(page, '.stage-nav', '.stage-detail')) problems.push(`${size}: the stage list reaches into the stage: ${reach}`);
      const overflow = await horizontalOverflow(page);
      if (overflow.page > 0 || overflow.main > 0) problems.push(`${size}: ${overflow.page}/${overflow.main} px too wide: ${overflow.widest.join(', ')}`);
      await session.shot(`screens-${viewport.width}-stages-override`);
    }
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe-core violations in the %s theme', async (theme) => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: theme });
    await openSamplePlan(session, { width: 1366, height: 768 });
    const found: string[] = [];
    for (const name of TAB_NAMES) {
      await page.getByRole('tab', { name }).click();
      await page.getByRole('tab', { name, selected: true }).waitFor();
      if (name === 'Stages') await page.getByRole('region', { name: /^Stage 1: / }).waitFor();
      for (const v of await seriousAxeViolations(page)) found.push(`${name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
    }
    expect(found).toEqual([]);
  });
});
