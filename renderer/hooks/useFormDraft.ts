import { useState } from 'react';
import { useAppStore, useStoreApi } from '../store/useAppStore';

/**
 * A form's fields as one object, kept in the store per plan under `key` as they are typed, so leaving the tab and
 * coming back finds them. `initial` is the empty form; `clear` empties it (or sets `next`) and forgets the draft (after submitting).
 */
export function useFormDraft<T extends object>(key: string, initial: T): readonly [T, (patch: Partial<T>) => void, (next?: T) => void] {
  const storeApi = useStoreApi();
  const keepFormDraft = useAppStore((s) => s.keepFormDraft);
  const [fields, setFields] = useState<T>(() => {
    const state = storeApi.getState();
    const kept = state.plan ? state.formDrafts[state.plan.id]?.[key] : undefined;
    // Only this hook writes under `key`, always a whole `T`.
    return kept === undefined ? initial : (kept as T);
  });
  const edit = (patch: Partial<T>): void => {
    const next = { ...fields, ...patch };
    setFields(next);
    keepFormDraft(key, next);
  };
  const clear = (next?: T): void => {
    setFields(next ?? initial);
    keepFormDraft(key, next ?? null);
  };
  return [fields, edit, clear] as const;
}
