// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { pilotMetrics, pilotPlan, pinPilotMetrics, stageMetrics } from '../stages/pilot-fixtures';

async function openReportWithPilotData() {
  const { plan, stage } = pilotPlan();
  const app = renderApp({ plans: [plan] });
  await screen.findByRole('tab', { name: 'Summary report' });
  // Adoption 5, 4, 3, 2 of 5 users in weeks 1–4; 90 of 108 outputs under the editing limit, all in week 1.
  pinPilotMetrics(
    app.store,
    pilotMetrics([
      stageMetrics(
        stage,
        [{ adoption: [5, 5], quality: [90, 108] }, { adoption: [4, 5] }, { adoption: [3, 5] }, { adoption: [2, 5] }],
        { adoption: [5, 5], quality: [90, 108] },
      ),
    ]),
  );
  await app.user.click(screen.getByRole('tab', { name: 'Summary report' }));
  const sheet = await screen.findByRole('article', { name: 'Stakeholder summary' });
  return { ...app, sheet };
}

describe('summary report stage charts', () => {
  it('draws each gate metric of a stage with data as a named figure with its weekly values as text', async () => {
    const { sheet } = await openReportWithPilotData();
    const stage = within(sheet).getByRole('article', { name: 'Stage 1: Internal pilot' });

    const adoption = await within(stage).findByRole('figure', { name: 'Adoption rate — gate at least 50%, judged at week 4' });
    const table = within(adoption).getByRole('table', { name: /^Adoption rate — gate at least 50%.*: weekly values against the gate \(at least 50%\)$/ });
    const week = (n: number) => within(table).getByRole('row', { name: new RegExp(`^Week ${n} `) });
    expect(within(week(1)).getByText('100% (5 of 5)')).toBeTruthy();
    expect(within(week(1)).getByText('Meets the gate')).toBeTruthy();
    expect(within(week(4)).getByText('40% (2 of 5)')).toBeTruthy();
    expect(within(week(4)).getByText('Misses the gate')).toBeTruthy();

    expect(
      within(stage).getByRole('figure', { name: 'Outputs under the editing limit — gate at least 80%, judged at the end of the stage' }),
    ).toBeTruthy();
    expect(within(stage).queryByText('No weekly pilot data for this stage yet.')).toBeNull();
    // The next stage has no data: no figure, and no empty frame either.
    const later = within(sheet).getByRole('article', { name: 'Stage 2: Expanded pilot' });
    expect(within(later).queryByRole('figure')).toBeNull();
  });
});
