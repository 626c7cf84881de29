/** Header row clean-up: every column gets a unique, non-empty name, and the user is told about each change. */

export interface HeaderNote {
  readonly code: 'empty_header' | 'duplicate_header';
  /** 0-based column index. */
  readonly column: number;
  readonly original: string;
  readonly renamed: string;
  readonly message: string;
}

export interface Headers {
  readonly names: readonly string[];
  readonly notes: readonly HeaderNote[];
}

/**
 * Trims header cells, names empty ones "Column N" (1-based) and numbers repeats "name (2)", "name (3)".
 * Names are only ever used as array entries and Map keys, so `__proto__` or `constructor` are ordinary names.
 */
export function normaliseHeaders(cells: readonly string[]): Headers {
  const names: string[] = [];
  const notes: HeaderNote[] = [];
  const taken = new Set<string>();
  const lowerTaken = new Set<string>();
  const claim = (name: string): void => {
    taken.add(name);
    lowerTaken.add(name.toLowerCase());
  };
  // First pass: reserve the non-empty names that appear once, so a renamed column never takes them.
  const counts = new Map<string, number>();
  const trimmed = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
  for (const name of trimmed) if (name) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  for (const name of trimmed) if (name && counts.get(name.toLowerCase()) === 1) claim(name);

  const seen = new Map<string, number>();
  trimmed.forEach((name, column) => {
    if (name === '') {
      const renamed = unique(`Column ${column + 1}`, lowerTaken);
      claim(renamed);
      names.push(renamed);
      notes.push({
        code: 'empty_header',
        column,
        original: name,
        renamed,
        message: `Column ${column + 1} has no name in the header row; it is called "${renamed}".`,
      });
      return;
    }
    const key = name.toLowerCase();
    if (counts.get(key) === 1) {
      names.push(name);
      return;
    }
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    if (occurrence === 1 && !lowerTaken.has(key)) {
      claim(name);
      names.push(name);
      return;
    }
    const renamed = unique(`${name} (${occurrence})`, lowerTaken);
    claim(renamed);
    names.push(renamed);
    notes.push({
      code: 'duplicate_header',
      column,
      original: name,
      renamed,
      message: `The header "${name}" appears more than once; column ${column + 1} is called "${renamed}".`,
    });
  });
  return { names, notes };
}

function unique(candidate: string, lowerTaken: ReadonlySet<string>): string {
  if (!lowerTaken.has(candidate.toLowerCase())) return candidate;
  for (let n = 2; ; n++) {
    const next = `${candidate} (${n})`;
    if (!lowerTaken.has(next.toLowerCase())) return next;
  }
}

/** Names for a file without a header row: "Column 1" … "Column N". */
export function generatedHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Column ${i + 1}`);
}
