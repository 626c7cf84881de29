/** Reading an incident's severity as incident tools write it (issue 10), documented in the README draft. */
import type { RowSeverity } from './kinds';
import type { SeverityScale } from './settings';

/** Words, lower case; a number in front ("1 - Critical", "Sev2 (major)") is read by its word. */
const severityWords = new Map<string, RowSeverity>();
const words: Record<RowSeverity, readonly string[]> = {
  critical: ['critical', 'crit', 'blocker', 'highest', 'emergency', 'urgent', 'severe', 'kritisch', 'critique', 'crítico', 'critico', 'kritiek'],
  high: ['high', 'major', 'important', 'hoch', 'haute', 'élevé', 'eleve', 'alta', 'alto', 'hoog'],
  medium: ['medium', 'med', 'moderate', 'normal', 'mittel', 'moyen', 'moyenne', 'media', 'medio', 'gemiddeld'],
  low: ['low', 'minor', 'trivial', 'lowest', 'info', 'informational', 'niedrig', 'faible', 'basse', 'baja', 'bajo', 'laag'],
};
for (const [severity, list] of Object.entries(words) as [RowSeverity, readonly string[]][]) for (const w of list) severityWords.set(w, severity);

/** P1, Sev 1, SEV-1, S1, Priority 1, Severity 1, or a bare 1: a numbered level. */
const NUMBERED = /^(?:p|s|sev|severity|prio|priority)?[\s\-_.#]*(\d)$/;

const fromOne: readonly RowSeverity[] = ['critical', 'critical', 'high', 'medium', 'low', 'low'];
const fromZero: readonly RowSeverity[] = ['critical', 'high', 'medium', 'low', 'low'];

export type SeverityReading =
  | { readonly severity: RowSeverity }
  /** A numbered level while the file's scale is not known: the user must say which level is the most severe. */
  | { readonly numbered: number }
  | null;

/**
 * A severity from the words incident tools write (critical / high / medium / low and their synonyms),
 * or from a numbered level read on `scale`. Null for anything else (the row is rejected, never guessed).
 */
export function readSeverity(text: string, scale: SeverityScale | null): SeverityReading {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = severityWords.get(key);
  if (word !== undefined) return { severity: word };
  // "1 - Critical", "Sev2 (Major)", "P3: medium": the word decides.
  const tail = /^[a-z]*[\s\-_.#]*\d\s*[-:–(]\s*([a-zé ]+?)\)?$/.exec(key);
  if (tail) {
    const named = severityWords.get(tail[1]!.trim());
    if (named !== undefined) return { severity: named };
  }
  const numbered = NUMBERED.exec(key);
  if (!numbered) return null;
  const level = Number(numbered[1]);
  if (scale === null) return level === 0 ? { severity: 'critical' } : { numbered: level };
  const table = scale === 'from_0' ? fromZero : fromOne;
  const severity = table[level];
  return severity === undefined ? null : { severity };
}

/** Whether the values hold numbered levels, and whether one of them is level 0 (which proves the P0 scale). */
export function numberedLevels(values: readonly string[]): { readonly any: boolean; readonly zero: boolean; readonly examples: readonly string[] } {
  const found: string[] = [];
  let zero = false;
  for (const v of values) {
    const reading = readSeverity(v, null);
    const key = v.trim().toLowerCase();
    const numbered = NUMBERED.exec(key);
    if (numbered === null || (reading !== null && 'severity' in reading && Number(numbered[1]) !== 0)) continue;
    if (Number(numbered[1]) === 0) zero = true;
    if (found.length < 3 && !found.includes(v)) found.push(v);
  }
  return { any: found.length > 0, zero, examples: found };
}
