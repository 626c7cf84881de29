import { useAppStore } from '../store/useAppStore';
import { Icon } from './Icon';

/**
 * A quiet "Saved"; a loud "Not saved" with the reason only when saving failed (the edits stay in
 * memory and are retried). A gate changed after data arrived is "Saving…" until its log entry is written.
 */
export function SaveStatus() {
  const save = useAppStore((s) => s.save);
  // A gate change is saved with its decision-log entry, or not yet saved at all.
  const logging = useAppStore((s) => s.gateLogPending);
  const flushSave = useAppStore((s) => s.flushSave);

  if (save.status === 'error') {
    return (
      <div className="save-status is-error" role="alert">
        <Icon name="alert" />
        <span>
          {/^Not saved\b/.test(save.message ?? '') ? save.message : `Not saved: ${save.message ?? 'unknown error'}`}
          {save.details.length > 0 && <span className="save-details"> ({save.details.join('; ')})</span>}
        </span>
        <button type="button" className="button small" onClick={() => void flushSave()}>
          Retry
        </button>
      </div>
    );
  }
  const busy = save.status === 'saving' || save.status === 'pending' || logging;
  return (
    <div className="save-status" aria-live="off">
      <Icon name={busy ? 'loader' : 'check'} className={busy ? 'spin' : undefined} />
      <span>{busy ? 'Saving…' : 'Saved'}</span>
    </div>
  );
}
