import { EmptyState } from '../components/EmptyState';
import { Icon } from '../components/Icon';
import { useAppStore } from '../store/useAppStore';
import { PlanScreen } from './PlanScreen';
import { SettingsScreen } from './settings/SettingsScreen';

/** What the main area shows: settings, the open plan, or what to do when there is none. */
export function MainScreen() {
  const screen = useAppStore((s) => s.screen);
  const hasPlan = useAppStore((s) => s.plan !== null);
  const plansLoaded = useAppStore((s) => s.plansLoaded);
  // A damaged plan waiting in the list is a plan too: "No plans yet" would tell the user it is gone.
  const planCount = useAppStore((s) => s.plans.length + s.damagedPlans.length);
  const openDialog = useAppStore((s) => s.openDialog);
  const importFromFile = useAppStore((s) => s.importFromFile);
  const chooseSamplePlan = useAppStore((s) => s.chooseSamplePlan);
  const sampleLoading = useAppStore((s) => s.sampleLoading);

  if (screen === 'settings') return <SettingsScreen />;
  if (hasPlan) return <PlanScreen />;
  if (!plansLoaded) return <p className="loading">Loading your plans…</p>;

  const actions = (
    <>
      <button type="button" className="button primary" onClick={() => openDialog({ kind: 'new-plan' })}>
        <Icon name="plus" />
        Create a plan
      </button>
      <button type="button" className="button" onClick={() => void importFromFile()}>
        <Icon name="upload" />
        Import a plan file
      </button>
      <button type="button" className="button" onClick={chooseSamplePlan} disabled={sampleLoading}>
        <Icon name="layers" />
        {sampleLoading ? 'Loading the sample…' : 'Try with sample data'}
      </button>
    </>
  );

  if (planCount === 0) {
    return (
      <EmptyState level={1} icon="layers" title="No plans yet" actions={actions}>
        <p>
          A plan follows one AI system from pilot to full rollout: the readiness checklist, the quality thresholds, and
          the stages with the criteria each must pass.
        </p>
        <p>
          Create one from a template, or import a plan file a colleague exported. You can also drop a plan file onto
          this window. To see a complete plan first, try it with the sample pilot data.
        </p>
      </EmptyState>
    );
  }
  return (
    <EmptyState level={1} icon="file" title="No plan open" actions={actions}>
      <p>Choose a plan from the list on the left, or start a new one.</p>
    </EmptyState>
  );
}
