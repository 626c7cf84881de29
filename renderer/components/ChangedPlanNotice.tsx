import { useState } from 'react';
import { formatTimestamp } from '../format/dates';
import { useAppStore } from '../store/useAppStore';
import { Icon } from './Icon';

/**
 * On every tab of a plan whose stored copy no longer matches the seal the app saved with it: what
 * the app can and cannot tell, and the two ways on (accept it as it is, or restore the previous
 * version). Until one is taken, nothing shown may be relied on and no edit is saved.
 */
export function ChangedPlanNotice() {
  const planId = useAppStore((s) => s.plan?.id ?? null);
  const changed = useAppStore((s) => s.plans.find((p) => p.id === s.plan?.id)?.changedOutsideApp ?? null);
  const accept = useAppStore((s) => s.acceptChangedPlan);
  const restore = useAppStore((s) => s.restorePreviousVersion);
  const [busy, setBusy] = useState(false);
  if (planId === null || changed === null) return null;

  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  const lastSaved = changed.lastSavedAt === null ? 'The app cannot read when it last saved it.' : `The app last saved it on ${formatTimestamp(changed.lastSavedAt)}.`;
  return (
    <div className="callout callout-warning changed-plan-notice" role="alert">
      <Icon name="alert" />
      <div className="changed-plan-body">
        <p>
          <strong>Changed outside the app.</strong> This plan as stored no longer matches the seal the app saved with it: another program, an
          edit by hand or a damaged disk changed it. The app cannot tell what changed, nor when. {lastSaved} It was kept exactly as found.
        </p>
        <p>
          Until you choose, its scores, thresholds and verdicts may rest on values the app did not record: do not rely on them, and changes are
          not saved.
        </p>
        <div className="changed-plan-actions">
          <button type="button" className="button small primary" disabled={busy} onClick={() => run(accept)}>
            Use this plan as it is now
          </button>
          {changed.previous && (
            <button type="button" className="button small" disabled={busy} onClick={() => run(() => restore(planId))}>
              Restore previous version (saved {formatTimestamp(changed.previous.savedAt)})
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
