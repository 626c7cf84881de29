// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/menu-commands';
import { renderApp } from '../render-app';

describe('Try with sample data', () => {
  it('asks which template, offering one sample plan per template', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    const dialog = screen.getByRole('dialog', { name: 'Try with sample data' });
    const options = within(dialog).getAllByRole('radio');
    expect(options.map((o) => o.getAttribute('aria-label'))).toEqual([
      'Team workflow pilot',
      'Percentage traffic rollout',
      'Shadow mode, then human-in-the-loop',
    ]);
    expect((within(dialog).getByRole('radio', { name: 'Team workflow pilot' }) as HTMLInputElement).checked).toBe(true);
    const traffic = within(dialog).getByRole('radio', { name: 'Percentage traffic rollout' });
    const ids = (traffic.getAttribute('aria-describedby') ?? '').split(' ');
    const description = ids.map((i) => document.getElementById(i)?.textContent ?? '').join(' ');
    expect(description).toContain('Files: traffic-operations.csv, traffic-satisfaction.csv.');
  });

  it.each([
    ['Percentage traffic rollout', 'Sample: customer chat assistant', '5% of traffic'],
    ['Shadow mode, then human-in-the-loop', 'Sample: invoice coding assistant', 'Shadow mode'],
  ])('creates the %s sample and opens it', async (template, name, firstStage) => {
    const { user, store } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await user.click(screen.getByRole('radio', { name: template }));
    await user.click(screen.getByRole('button', { name: 'Create sample plan' }));
    await screen.findByRole('heading', { level: 1, name });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().plan?.stages[0]?.name).toBe(firstStage);
    await waitFor(() => expect(store.getState().sampleLoading).toBe(false));
  });

  it('the menu’s Try with Sample Data… opens the same choice', async () => {
    let send: ((command: MenuCommand) => void) | null = null;
    window.rolloutMenu = {
      onCommand: (listener) => {
        send = listener;
        return () => undefined;
      },
    };
    try {
      renderApp();
      await screen.findByRole('heading', { name: 'No plans yet' });
      act(() => send?.('try-sample-data'));
      expect(screen.getByRole('dialog', { name: 'Try with sample data' })).toBeTruthy();
    } finally {
      delete window.rolloutMenu;
    }
  });

  it('Cancel creates nothing', async () => {
    const { user, api } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.storedPlans.size).toBe(0);
  });
});
