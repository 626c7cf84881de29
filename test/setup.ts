import { afterEach } from 'vitest';

// Component tests run in jsdom; unmount what they rendered so every case starts clean.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
