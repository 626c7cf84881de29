import { canonicalJson } from '../canonical-json';
import type { DecisionEntry } from './schema';

/** Two entries say the same, wherever each sits in its chain (`seq` and `prev` are the log's, not the entry's). */
function sameEntry(a: DecisionEntry, b: DecisionEntry): boolean {
  const { seq: _aSeq, prev: _aPrev, ...ours } = a;
  const { seq: _bSeq, prev: _bPrev, ...theirs } = b;
  return canonicalJson(ours) === canonicalJson(theirs);
}

/**
 * Whether importing a plan file with *Replace* may add its decisions to the log kept here. It
 * may when the log here is the start of the file's log (the same plan, moved on elsewhere):
 * the file's newer entries then follow in their own order. Otherwise the two logs went apart,
 * and mixing them would let entries from elsewhere decide what "latest" means here, so the
 * import is refused (the user can import it as a copy, with its own log). Null when allowed.
 */
export function replaceLogRefusal(local: readonly DecisionEntry[], incoming: readonly DecisionEntry[]): string | null {
  // The same entry, not only the same id: an entry the file holds in another wording is a log that went apart.
  const diverged = local.findIndex((entry, index) => {
    const theirs = incoming[index];
    return theirs === undefined || !sameEntry(entry, theirs);
  });
  if (diverged === -1) return null;
  const here = local.length - diverged;
  return (
    `This plan’s decision log here has ${here === 1 ? 'a decision' : `${here} decisions`} that the file does not have in the same order ` +
    '(the two logs went apart), so replacing it would mix two audit trails. Nothing was imported; import the file as a copy instead.'
  );
}
