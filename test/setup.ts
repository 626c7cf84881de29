import { afterEach } from 'vitest';

// The real `electron` package downloads its binary when asked for its path; with this set it
// only returns a path, so no test can ever start a download (the binary cannot run here anyway).
process.env['ELECTRON_OVERRIDE_DIST_PATH'] ??= '/nonexistent-electron-dist';

// Component tests run in jsdom; unmount what they rendered so every case starts clean.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
