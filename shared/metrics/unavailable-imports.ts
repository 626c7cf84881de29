/**
 * Imports listed in the plan whose stored rows are missing or damaged on this computer (a plan file
 * exported without its rows, a storage that lost them). The metrics are worked out from the other
 * imports only; a gate on a metric such a file carries would then be judged on part of the data,
 * or told "no usage file is imported" beside a usage file the plan lists. Both are untrue, so every
 * metric of that kind of file is "cannot measure", naming the files and what to do.
 */
import { importKindLabels, type ImportKind } from '../csv/kinds';
import type { ObservationLookup } from '../gates/observations';
import { formatList } from '../format/format';
import { importKindOfMetric } from './gate-observations';

export interface UnavailableImport {
  readonly kind: ImportKind;
  readonly fileName: string;
}

/**
 * Why a figure read from this kind of file cannot be measured, naming the files and what to do; null when
 * every listed file of the kind is read. One sentence for the gates, the thresholds and the value delivered.
 */
export function unavailableMessage(unavailable: readonly UnavailableImport[], kind: ImportKind): string | null {
  const files = unavailable.filter((u) => u.kind === kind).map((u) => `“${u.fileName}”`);
  if (files.length === 0) return null;
  const one = files.length === 1;
  return `The rows of ${formatList(files)} are missing or damaged on this computer, so this cannot be measured from the imported files: remove ${one ? 'that import' : 'those imports'} on the Pilot data tab and import the ${one ? 'file' : 'files'} again.`;
}

export function withUnavailableImports(lookup: ObservationLookup, unavailable: readonly UnavailableImport[]): ObservationLookup {
  if (unavailable.length === 0) return lookup;
  return (stageId, metric) => {
    const kind = importKindOfMetric(metric);
    const message = kind === null ? null : unavailableMessage(unavailable, kind);
    if (message === null) return lookup(stageId, metric);
    return { status: 'unmeasurable', why: { kind: 'unusable', message } };
  };
}

/**
 * What the Pilot data tab says above its tables when listed files cannot be read: their kinds' columns are absent from
 * the tables (no "Active users" beside a damaged usage file), which would otherwise read as if nothing were imported.
 */
export function unavailableNotice(unavailable: readonly UnavailableImport[]): string | null {
  if (unavailable.length === 0) return null;
  const files = formatList(unavailable.map((u) => `“${u.fileName}” (${importKindLabels[u.kind].toLowerCase()})`));
  const [their, that, file] = unavailable.length === 1 ? ['Its', 'that import', 'file'] : ['Their', 'those imports', 'files'];
  return `Not in these figures: ${files}, whose stored rows are missing or damaged on this computer. ${their} figures are not shown and the gates and thresholds on them cannot be measured: remove ${that} above and import the ${file} again.`;
}
