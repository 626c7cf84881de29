// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateRange } from '../../../shared/format/format';
import { renderApp } from '../render-app';
import { fixtureFile, samplePlan } from './data-fixtures';

// Before: a file whose every row is dated outside every stage ended on "3 rows accepted" alone, as if they counted:
// the lead could take the stage for having data from it.
describe('an import whose every row falls outside every stage', () => {
  it('says, beside “3 rows accepted”, that none falls in any stage’s dates, and which dates they span', async () => {
    const { user } = renderApp({ plans: [samplePlan()] });
    await user.click(await screen.findByRole('tab', { name: 'Pilot data' }));
    await user.upload(screen.getByLabelText('Choose a CSV file'), fixtureFile('usage-ambiguous-dates.csv'));
    const region = await screen.findByRole('region', { name: 'Import “usage-ambiguous-dates.csv”' });
    await user.click(within(within(region).getByRole('group', { name: 'Which date order does this file use?' })).getByRole('radio', { name: /^dd\/mm\/yyyy/ }));
    await user.click(within(within(region).getByRole('group', { name: 'Which stage does this file belong to?' })).getByRole('radio', { name: /^By date/ }));
    await user.click(within(region).getByRole('button', { name: 'Import' }));

    await within(region).findByText('3 rows accepted', {}, { timeout: 30_000 });
    const note = await within(region).findByRole('status', { name: 'Rows not counted' }, { timeout: 30_000 });
    expect(note.textContent).toBe(
      `None of these 3 rows falls in any stage's dates: they are dated ${formatDateRange('2025-04-03', '2025-11-12')}, and the stages run ` +
        `“Internal pilot” ${formatDateRange('2026-09-07', '2026-10-04')}; “Expanded pilot” ${formatDateRange('2026-10-05', '2026-11-01')}; “Full rollout” ${formatDateRange('2026-11-02', null)}. ` +
        "Nothing from this file is in any stage's figures: check the file's dates, or the stages' dates.",
    );
  });
});
