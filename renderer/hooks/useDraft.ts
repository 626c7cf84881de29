import { useState } from 'react';

/**
 * Local text for a field whose committed value may only change when the text is valid
 * (a number, a non-empty name). The draft follows the committed value when it changes
 * elsewhere (undo, another field), unless the draft already means that value.
 */
export function useDraft<T>(committed: T, format: (value: T) => string, parse: (text: string) => T | null) {
  const [draft, setDraft] = useState(() => format(committed));
  const [seen, setSeen] = useState(committed);
  if (!Object.is(committed, seen)) {
    setSeen(committed);
    if (!Object.is(parse(draft), committed)) setDraft(format(committed));
  }
  return [draft, setDraft] as const;
}
