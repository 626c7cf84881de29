// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePlan, renderApp } from './render-app';

const notices = () => screen.findByRole('region', { name: 'Start-up notices' });

describe('start-up notices', () => {
  it('tells the user a damaged plan was set aside, keeps the good plans usable, and can be dismissed', async () => {
    const good = makePlan({ name: 'Good plan' });
    const { user, api } = renderApp({ plans: [good], rawPlans: { broken: { schemaVersion: 1, id: 'broken', name: 42 } } });

    const region = await notices();
    // Announced at once: it appears after start-up, and it is about the user's data.
    const alert = within(region).getByRole('alert');
    expect(alert.textContent).toMatch(/^A saved plan could not be opened because it does not match the expected format \(name: .*\)\. It was kept as a record in this browser’s store of set-aside data \(quarantine\) and nothing was deleted/);
    expect(api.quarantined.map((record) => record.key)).toEqual(['broken']);
    // The damaged record does not stop the rest of the app.
    expect(await screen.findByRole('heading', { level: 1, name: 'Good plan' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Plans' })).getByRole('button', { name: /Good plan/ })).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByRole('region', { name: 'Start-up notices' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says politely that a plan in an older format was updated', async () => {
    const { schemaVersion: _v, revision: _r, archived: _a, scoreHistory: _s, ...old } = makePlan({ name: 'Old plan' });
    const { user } = renderApp({ rawPlans: { [old.id]: old } });

    const region = await notices();
    expect(within(region).getByRole('status').textContent).toBe('The plan "Old plan" was saved by an older version of Rollout Readiness and has been upgraded.');
    expect(within(region).queryByRole('alert')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Old plan' })).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByRole('region', { name: 'Start-up notices' })).toBeNull();
  });
});
