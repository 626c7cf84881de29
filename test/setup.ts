import { afterEach, beforeEach } from 'vitest';
import { setFormatLocale } from '../shared/format/locale';

// The real `electron` package downloads its binary when asked for its path; with this set it
// only returns a path, so no test can ever start a download (the binary cannot run here anyway).
process.env['ELECTRON_OVERRIDE_DIST_PATH'] ??= '/nonexistent-electron-dist';

// Dates and times a test asserts are read in one pinned time zone, whatever the machine's (a UTC timestamp of
// 10:00 on Nov 22 is Nov 23 in Kiritimati); a test about another zone sets TZ itself and puts it back.
process.env['TZ'] = 'UTC';

// Testing Library's waits (findBy…, waitFor) give up after 1 s by default: on a busy 2-core machine a sound
// screen can take longer to settle. The wait ends as soon as the text appears; the limit only ends a hang.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 20_000 });
}

// Component tests run in jsdom; unmount what they rendered so every case starts clean.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// Every sentence a test asserts is written in one pinned locale, whatever the machine's; a test
// that sets another (to prove a sentence follows the locale) cannot leak it into the next.
beforeEach(() => {
  setFormatLocale('en-US');
});
