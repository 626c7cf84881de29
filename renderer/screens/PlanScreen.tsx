import { useLayoutEffect, useRef } from 'react';
import { ChangedPlanNotice } from '../components/ChangedPlanNotice';
import { Icon } from '../components/Icon';
import { PlanActionsMenu } from '../components/PlanActionsMenu';
import { PANEL_ID, PlanTabs, tabId } from '../components/PlanTabs';
import { SaveStatus } from '../components/SaveStatus';
import { useAppStore } from '../store/useAppStore';
import { ChecklistScreen } from './checklist/ChecklistScreen';
import { CommunicationScreen } from './communication/CommunicationScreen';
import { DashboardScreen } from './dashboard/DashboardScreen';
import { DataScreen } from './data/DataScreen';
import { DecisionsScreen } from './decisions/DecisionsScreen';
import { OverviewScreen } from './overview/OverviewScreen';
import { ReadinessScreen } from './readiness/ReadinessScreen';
import { ReportScreen } from './report/ReportScreen';
import { StagesScreen } from './stages/StagesScreen';
import { ThresholdsScreen } from './thresholds/ThresholdsScreen';

/** The open plan: its name and actions, the section tabs, and the chosen section. */
export function PlanScreen() {
  const name = useAppStore((s) => s.plan?.name ?? '');
  const archived = useAppStore((s) => s.plan?.archived ?? false);
  const revision = useAppStore((s) => s.plan?.revision ?? 1);
  const tab = useAppStore((s) => s.tab);
  const setCurrentArchived = useAppStore((s) => s.setCurrentArchived);
  const planId = useAppStore((s) => s.plan?.id);
  const ref = useRef<HTMLDivElement>(null);

  // Each tab (and each plan) opens at its top: the scrolling area is shared, and would otherwise
  // keep the previous tab's position. Layout effect: before paint, so the old position never shows.
  // A child that moves focus to a target (in its own effect, which runs later) still scrolls there.
  useLayoutEffect(() => {
    const main = ref.current?.closest('.main');
    if (main) {
      main.scrollTop = 0;
      main.scrollLeft = 0;
    }
  }, [tab, planId]);

  return (
    <div ref={ref} className="plan-screen">
      <header className="plan-header">
        <div className="plan-title-row">
          <div className="plan-title">
            <h1 tabIndex={-1}>{name}</h1>
            {/* The saved revision counts every save; the version a reader cites is on the summary report. */}
            <span className="plan-version">Revision {revision}</span>
          </div>
          <div className="plan-header-actions">
            <SaveStatus />
            <PlanActionsMenu />
          </div>
        </div>
        {archived && (
          <div className="archived-banner">
            <Icon name="archive" />
            <span>This plan is archived. It stays readable and editable, but is listed apart from active plans.</span>
            <button type="button" className="button small" onClick={() => void setCurrentArchived(false)}>
              Unarchive
            </button>
          </div>
        )}
        <ChangedPlanNotice />
        <PlanTabs />
      </header>
      <div id={PANEL_ID} className="panel" role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'dashboard' && <DashboardScreen />}
        {tab === 'overview' && <OverviewScreen />}
        {tab === 'checklist' && <ChecklistScreen />}
        {tab === 'readiness' && <ReadinessScreen />}
        {tab === 'thresholds' && <ThresholdsScreen />}
        {tab === 'data' && <DataScreen />}
        {tab === 'stages' && <StagesScreen />}
        {tab === 'decisions' && <DecisionsScreen />}
        {tab === 'communication' && <CommunicationScreen />}
        {tab === 'report' && <ReportScreen />}
      </div>
    </div>
  );
}
