/*
 * The user's locale for every formatted figure, set once by the renderer (and the main process)
 * at start. A module value rather than a parameter on every sentence builder: the gate, metric
 * and import sentences are many layers below anything that knows the user, and the locale does
 * not change while the app runs. Tests pin it with `setFormatLocale('en-US')` (test/setup.ts).
 */

/** Before anyone sets it, and whenever the given locale cannot be read: US English, the app's own. */
export const DEFAULT_LOCALE = 'en-US';

interface Locales {
  /** What the user's system says, e.g. "de-DE": decides how names sort. */
  readonly user: string;
  /**
   * English as written in the user's region, e.g. "en-DE": decides dates, numbers, plurals and
   * lists. The app's words are English, so a German user reads "16 Nov 2026" and "45,5%", never
   * "16. Nov. 2026" or "1, 3 und 4" inside an English sentence.
   */
  readonly text: string;
}

let current: Locales = { user: DEFAULT_LOCALE, text: DEFAULT_LOCALE };

/** The English of the user's region ("de-DE" → "en-DE", "fr" → "en-FR"); the default when unreadable. */
export function textLocaleFor(userLocale: string | null | undefined): string {
  if (!userLocale) return DEFAULT_LOCALE;
  try {
    const locale = new Intl.Locale(userLocale);
    // "de" alone is most likely Germany: the likely region is what its speakers mostly write.
    const region = locale.region ?? locale.maximize().region;
    return region === undefined ? DEFAULT_LOCALE : `en-${region}`;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function canonical(locale: string | null | undefined): string {
  if (!locale) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Reads `userLocale` ("de-DE", navigator.language) into the locales used from now on; returns the text locale. */
export function setFormatLocale(userLocale: string | null | undefined): string {
  const user = canonical(userLocale);
  current = { user, text: textLocaleFor(user) };
  collators.clear();
  return current.text;
}

/** The locale dates, numbers, plurals and lists are written in. */
export function formatLocale(): string {
  return current.text;
}

/** The user's own locale, for sorting names the way the user's alphabet does. */
export function userLocale(): string {
  return current.user;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Names in the user's alphabetical order, digits by value ("Team 2" before "Team 10"), case and
 * accents ignored; names that still compare equal fall back to their code units, so the order is
 * total and the same on every run.
 */
export function compareNames(a: string, b: string, locale: string = current.user): number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator([locale, DEFAULT_LOCALE], { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
