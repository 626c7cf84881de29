import type { KindSuggestion } from './kind-scoring';
import { importKindLabels, type ImportKind } from './kinds';

export interface KindNote {
  readonly text: string;
  /** The app is waiting for the user to choose the kind (shown as a question that blocks the import). */
  readonly asking: boolean;
}

/**
 * The sentence under the wizard's kind selector. Once the user has chosen, it no longer asks them
 * to choose; it keeps why the app could not tell, or what it had suggested instead.
 */
export function kindNote(suggestion: KindSuggestion, chosen: ImportKind | null): KindNote {
  if (chosen === null) return { text: suggestion.explanation, asking: suggestion.kind === null };
  if (chosen === suggestion.kind) return { text: suggestion.explanation, asking: false };
  const label = importKindLabels[chosen];
  if (suggestion.kind === null) {
    return { text: `You chose ${label}. The app could not tell on its own: ${suggestion.reason} Check the columns below.`, asking: false };
  }
  return { text: `You chose ${label}. ${suggestion.explanation}`, asking: false };
}
