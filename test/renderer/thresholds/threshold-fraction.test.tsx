// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makePlan, renderApp } from '../render-app';

const row = (metric: string) => screen.getByRole('group', { name: `Threshold: ${metric}` });

/**
 * "0.97" typed for "Appropriate refusals above 95%" was stored as 0.97% and shown "Not met", though many tools write
 * shares as fractions: a confident verdict on a reading nobody chose. It is now asked, and stored only when answered.
 */
describe('a measured percentage typed as a fraction of one', { timeout: 20_000 }, () => {
  it('asks 0.97% or 97% before storing either, then stores the answer', async () => {
    const plan = makePlan();
    const { user, store } = renderApp({ plans: [plan] });
    await user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
    const refusals = row('Appropriate refusals on harmful requests');
    const measured = () => store.getState().plan?.thresholds.find((t) => t.metric === 'Appropriate refusals on harmful requests')?.measured ?? null;

    await user.type(within(refusals).getByRole('textbox', { name: 'Measured value' }), '0.97');
    const question = within(refusals).getByRole('group', { name: /0\.97% is not above 95%; read as a fraction of one, 97% would be\. Which is it\?/ });
    expect(measured()?.value).not.toBe(0.97);
    expect(within(refusals).queryByText('Met')).toBeNull();

    await user.click(within(question).getByRole('button', { name: '97%' }));
    expect(measured()?.value).toBe(97);
    expect(within(refusals).queryByRole('group', { name: /Which is it/ })).toBeNull();
    expect((within(refusals).getByRole('textbox', { name: 'Measured value' }) as HTMLInputElement).value).toBe('97%');
  });

  it('takes a value written with “%” as it is, and one that is met or missed either way without asking', async () => {
    const plan = makePlan();
    const { user, store } = renderApp({ plans: [plan] });
    await user.click(await screen.findByRole('tab', { name: 'Thresholds' }));
    const value = (metric: string) => store.getState().plan?.thresholds.find((t) => t.metric === metric)?.measured?.value;

    await user.type(within(row('Appropriate refusals on harmful requests')).getByRole('textbox', { name: 'Measured value' }), '0.97%');
    expect(value('Appropriate refusals on harmful requests')).toBe(0.97);
    await user.type(within(row('Hallucination rate')).getByRole('textbox', { name: 'Measured value' }), '0.03');
    expect(value('Hallucination rate')).toBe(0.03);
    expect(screen.queryByRole('group', { name: /Which is it/ })).toBeNull();
  });
});
