import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { trySampleData } from './journeys';

const session = useBrowser();

describe('every gate judged from evidence', () => {
  it('compares a gate with the previous stage, records a value by hand and keeps an incident register', async () => {
    const { page } = session;
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
    await page.reload();
    await trySampleData(session);
    await page.getByText('Created “Sample: claims reply drafting” with 7 sample files imported').waitFor({ timeout: 30_000 });

    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: /^Stage 2: Expanded pilot/ }).click();
    const stage = page.getByRole('region', { name: 'Stage 2: Expanded pilot' });
    await stage.getByRole('radio', { name: 'Edit stage' }).check();
    const gate = stage.getByRole('group', { name: 'Gate criterion 2: Outputs under the editing limit' });
    await gate.getByRole('combobox', { name: 'Compare with' }).selectOption('The previous stage');
    await gate.getByRole('textbox', { name: 'Allowed difference (points)' }).fill('-10');
    await gate.getByRole('textbox', { name: 'Allowed difference (points)' }).blur();
    await gate.getByRole('note', { name: 'What the baseline comparison needs' }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await gate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/evidence-01-baseline-editor-1366.png' });

    await stage.getByRole('radio', { name: 'Gate results' }).check();
    const card = stage.getByRole('article', { name: /^Outputs under the editing limit against the previous stage: difference at least −10 points/ });
    await card.getByText('Baseline', { exact: true }).waitFor();
    const reason = await card.locator('.result-reason').textContent();
    expect(reason).toMatch(/against a baseline of \d+ of \d+ outputs \([\d.]+%\), the previous stage "Internal pilot", difference [+−][\d.]+ points \(95% interval [+−]?[\d.]+ to [+−]?[\d.]+\); the gate allows at least −10 points/);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/evidence-02-baseline-result-1366.png' });

    const register = stage.getByRole('region', { name: 'Incidents' });
    await register.getByRole('checkbox', { name: /Every incident is recorded here/ }).check();
    await register.getByText('Add an incident').click();
    const form = register.getByRole('group', { name: 'Add an incident' });
    await form.getByLabel('Opened').fill('2026-10-14T09:00');
    await form.getByLabel('Acknowledged').fill('2026-10-14T09:10');
    await form.getByRole('textbox', { name: 'What happened' }).fill('Drafts quoted the wrong policy for two hours');
    await form.getByRole('button', { name: 'Add incident' }).click();
    await register.getByText('Within target (10 min; target 15 min)').waitFor();

    const hand = stage.getByRole('region', { name: 'Hand-recorded values' });
    await hand.getByText('Record a value').click();
    const record = hand.getByRole('group', { name: 'Record a hand-recorded value' });
    await record.getByRole('combobox', { name: 'For' }).selectOption('Week 2');
    await record.getByRole('textbox', { name: 'How many (error rate)' }).fill('12');
    await record.getByRole('textbox', { name: 'Of (requests)' }).fill('1500');
    await record.getByRole('textbox', { name: 'Source' }).fill('Grafana export 2026-10-19');
    await record.getByRole('button', { name: 'Record value' }).click();
    await hand.getByText('12 of 1,500 requests (0.8%) from “Grafana export 2026-10-19”').waitFor();
    await register.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/evidence-03-register-1366.png' });
    await hand.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/evidence-03b-hand-values-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await session.shot('evidence-04-stage-1920');

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: 'Incidents' }).getByText(/1 open, 1 critical/).waitFor();
    await session.shot('evidence-05-dashboard-1920');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: 'test-results/screenshots/evidence-06-dashboard-1366.png' });
  });
});
