// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RendererErrorReport } from '../../shared/desktop-channels';
import packageJson from '../../package.json';
import { ErrorBoundary, formatErrorDetails } from '../../renderer/components/ErrorBoundary';
import { BROWSER_ERROR_LOG_KEY, createBrowserDesktop } from '../../renderer/desktop/desktop-bridge';

const AT = new Date('2026-12-06T09:00:00.000Z');

/** A screen that draws fine until its button is pressed, then fails to render. */
function FragileScreen() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'weeks')");
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Open stage
    </button>
  );
}

function setup() {
  const logged: RendererErrorReport[] = [];
  const onReload = vi.fn();
  const copy = vi.fn(async () => true);
  render(
    <>
      <nav aria-label="Plans">Plan list</nav>
      <ErrorBoundary onReload={onReload} log={async (report) => void logged.push(report)} copy={copy} now={() => AT}>
        <FragileScreen />
      </ErrorBoundary>
    </>,
  );
  return { logged, onReload, copy, user: userEvent.setup() };
}

// React reports caught render errors on the console; the boundary is what is under test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('replaces only the failed part with a plain explanation, and the rest of the window stays', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open stage' }));
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'This part of the window could not be shown' })).toBeTruthy();
    expect(alert.textContent).toContain('Your plans are safe');
    expect(alert.textContent).toContain("TypeError: Cannot read properties of undefined (reading 'weeks')");
    expect(screen.getByRole('navigation', { name: 'Plans' })).toBeTruthy();
  });

  it('writes the error with its component stack to the local log', async () => {
    const { user, logged } = setup();
    await user.click(screen.getByRole('button', { name: 'Open stage' }));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ message: expect.stringContaining('TypeError'), at: AT.toISOString() });
    expect(logged[0]?.componentStack).toContain('FragileScreen');
  });

  it('offers Reload and Copy details', async () => {
    const { user, onReload, copy } = setup();
    await user.click(screen.getByRole('button', { name: 'Open stage' }));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(copy).toHaveBeenCalledWith(expect.stringContaining('Component stack:'));
    expect(screen.getByRole('status').textContent).toBe('Details copied.');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});

describe('formatErrorDetails', () => {
  it('gives the version, the message once, the stack and the component stack', () => {
    const text = formatErrorDetails({ message: 'TypeError: x', stack: 'TypeError: x\n    at f (a.js:1:1)', componentStack: '\n    at Stage\n    at Screen', at: AT.toISOString() });
    expect(text).toBe(
      [`Rollout Readiness ${packageJson.version}, error at 2026-12-06T09:00:00.000Z`, 'TypeError: x', '    at f (a.js:1:1)', '', 'Component stack:', '    at Stage', '    at Screen'].join('\n'),
    );
  });
});

describe('browser error log', () => {
  it('keeps the last entries in this browser only', async () => {
    const storage = new Map<string, string>();
    const desktop = createBrowserDesktop({ getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) });
    for (let i = 0; i < 25; i += 1) await desktop.logRendererError({ message: `e${i}`, stack: '', componentStack: '', at: '' });
    const kept = JSON.parse(storage.get(BROWSER_ERROR_LOG_KEY) ?? '[]') as RendererErrorReport[];
    expect(kept.map((entry) => entry.message)).toEqual(Array.from({ length: 20 }, (_, i) => `e${i + 5}`));
  });
});
