import { selectActivePlans, selectArchivedPlans } from '../store/plans-selectors';
import { useAppStore } from '../store/useAppStore';
import { DamagedPlanItem } from './DamagedPlanItem';
import { Icon } from './Icon';
import { PlanListItem } from './PlanListItem';

/** The plan list with the app-wide actions: new, import, settings. */
export function Sidebar() {
  const active = useAppStore(selectActivePlans);
  const archived = useAppStore(selectArchivedPlans);
  const currentId = useAppStore((s) => (s.screen === 'plan' ? (s.plan?.id ?? null) : null));
  const screen = useAppStore((s) => s.screen);
  const openPlan = useAppStore((s) => s.openPlan);
  const showScreen = useAppStore((s) => s.showScreen);
  const openDialog = useAppStore((s) => s.openDialog);
  const importFromFile = useAppStore((s) => s.importFromFile);
  const chooseSamplePlan = useAppStore((s) => s.chooseSamplePlan);
  const sampleLoading = useAppStore((s) => s.sampleLoading);
  const plansLoaded = useAppStore((s) => s.plansLoaded);
  const loadedId = useAppStore((s) => s.plan?.id ?? null);
  const damaged = useAppStore((s) => s.damagedPlans);
  const restorePreviousVersion = useAppStore((s) => s.restorePreviousVersion);

  const open = (id: string): void => {
    // A plan already loaded behind the settings screen only needs the screen switched back.
    if (id === loadedId) showScreen('plan');
    else void openPlan(id);
  };

  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="layers" size={16} />
        </span>
        <span className="brand-name">Rollout Readiness</span>
      </div>
      <div className="sidebar-actions">
        <button type="button" className="button primary block" onClick={() => openDialog({ kind: 'new-plan' })}>
          <Icon name="plus" />
          New plan
        </button>
        <button type="button" className="button block" onClick={() => void importFromFile()}>
          <Icon name="upload" />
          Import plan
        </button>
        {/* Reachable once plans exist too: the empty state that offered it is gone by then. */}
        {plansLoaded && active.length + archived.length > 0 && (
          <button type="button" className="button subtle block" onClick={chooseSamplePlan} disabled={sampleLoading}>
            <Icon name="file" />
            {sampleLoading ? 'Loading the sample…' : 'Try with sample data'}
          </button>
        )}
      </div>
      <nav className="plan-nav" aria-label="Plans">
        <h2 className="sidebar-heading">Plans</h2>
        {plansLoaded && active.length === 0 && damaged.length === 0 && <p className="sidebar-empty">No active plans.</p>}
        <ul className="plan-list">
          {active.map((plan) => (
            <PlanListItem key={plan.id} plan={plan} current={plan.id === currentId} onOpen={open} />
          ))}
        </ul>
        {damaged.length > 0 && (
          <ul className="plan-list damaged-plans" aria-label="Damaged plans">
            {damaged.map((plan) => (
              <DamagedPlanItem key={plan.key} plan={plan} onRestore={(key) => void restorePreviousVersion(key)} />
            ))}
          </ul>
        )}
        {archived.length > 0 && (
          <details className="archived">
            <summary>Archived ({archived.length})</summary>
            <ul className="plan-list">
              {archived.map((plan) => (
                <PlanListItem key={plan.id} plan={plan} current={plan.id === currentId} onOpen={open} />
              ))}
            </ul>
          </details>
        )}
      </nav>
      <div className="sidebar-footer">
        <button
          type="button"
          className="plan-link"
          aria-current={screen === 'settings' ? 'page' : undefined}
          onClick={() => showScreen('settings')}
        >
          <Icon name="settings" />
          <span className="plan-link-name">Settings</span>
        </button>
      </div>
    </aside>
  );
}
