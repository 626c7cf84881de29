import type { ImportKind, RowByKind } from './kinds';

/** A row of the wizard's sample as the warnings before importing read it: its cells, and its row when it was accepted. */
export interface SampledRow {
  readonly cells: readonly string[];
  readonly row: RowByKind[ImportKind] | null;
}

/** What a warning's count covers: the whole file when the sample held all of it. */
export function sampleScope(complete: boolean): string {
  return complete ? 'the file' : 'the first rows of the file';
}
