import { formatDate, formatList } from '../format/format';
import { localDateOf } from '../model/dates';
import type { ImportRecord } from '../model/import-record';
import type { DecisionEntry } from './schema';

/** An import as a decision's evidence and the plan both name it. */
export type ImportRef = Pick<ImportRecord, 'sha256' | 'fileName' | 'importedAt'>;

/** The files imported and removed since a decision's evidence was frozen. */
export interface DataChanges {
  readonly added: readonly ImportRef[];
  readonly removed: readonly ImportRef[];
}

/**
 * The plan's imports against those a decision was taken on, by content (SHA-256): a file removed and
 * imported again unchanged is the same data, and a copied plan keeps its contents under new ids.
 */
export function dataChangesSince(decision: Pick<DecisionEntry, 'evidence'>, imports: readonly ImportRef[]): DataChanges {
  const then = new Set(decision.evidence.imports.map((i) => i.sha256));
  const now = new Set(imports.map((i) => i.sha256));
  return {
    added: imports.filter((i) => !then.has(i.sha256)),
    removed: decision.evidence.imports.filter((i) => !now.has(i.sha256)),
  };
}

const SHOWN = 3;

function filesText(files: readonly ImportRef[], withDate: boolean): string {
  const named = files.slice(0, SHOWN).map((i) => (withDate ? `${i.fileName} (imported ${formatDate(localDateOf(i.importedAt))})` : i.fileName));
  const more = files.length - named.length;
  return formatList(more > 0 ? [...named, `${more} more`] : named);
}

/**
 * One sentence saying that the data changed after a decision; null when they did not. The figures on
 * screen and on paper are today's: beside a decision they must not read as the evidence it was taken on.
 */
export function dataChangedWords(decision: DecisionEntry | null, imports: readonly ImportRef[]): string | null {
  if (decision === null) return null;
  const { added, removed } = dataChangesSince(decision, imports);
  if (added.length === 0 && removed.length === 0) return null;
  const parts = [
    ...(added.length > 0 ? [`${filesText(added, true)} added`] : []),
    ...(removed.length > 0 ? [`${filesText(removed, false)} removed`] : []),
  ];
  return `The data changed after this decision: ${parts.join('; ')}. The figures shown are today's; the evidence it was taken on is kept in the decision log.`;
}

/** "; taken before data added on Nov 29, 2026" for a decision's line beside today's recommendation; '' when the data are those it saw. */
export function dataChangedNote(decision: DecisionEntry, imports: readonly ImportRef[]): string {
  const { added, removed } = dataChangesSince(decision, imports);
  const latest = added.map((i) => localDateOf(i.importedAt)).sort().at(-1);
  if (latest !== undefined) return `; taken before data added on ${formatDate(latest)}`;
  return removed.length > 0 ? '; taken on data since removed' : '';
}
