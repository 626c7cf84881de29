import { useRef, type KeyboardEvent } from 'react';
import { planTabs, type PlanTab } from '../store/ui-slice';
import { useAppStore } from '../store/useAppStore';

export const tabLabels: Record<PlanTab, string> = {
  dashboard: 'Dashboard',
  overview: 'Overview',
  checklist: 'Checklist',
  readiness: 'Readiness',
  thresholds: 'Thresholds',
  data: 'Pilot data',
  stages: 'Stages',
  decisions: 'Decisions',
  communication: 'Communication',
  report: 'Summary report',
};

export const tabId = (tab: PlanTab): string => `tab-${tab}`;
export const PANEL_ID = 'plan-panel';

/** The open plan's sections, as ARIA tabs: arrow keys move between them. */
export function PlanTabs() {
  const tab = useAppStore((s) => s.tab);
  const screen = useAppStore((s) => s.screen);
  const showTab = useAppStore((s) => s.showTab);
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent): void => {
    const index = planTabs.indexOf(tab);
    const to =
      event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? -1 : null;
    if (to === null) return;
    event.preventDefault();
    const next = planTabs.at(to % planTabs.length) ?? 'overview';
    showTab(next);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };

  return (
    <div ref={listRef} className="tabs" role="tablist" aria-label="Plan sections" onKeyDown={onKeyDown}>
      {planTabs.map((t) => {
        const selected = screen === 'plan' && t === tab;
        return (
          <button
            key={t}
            id={tabId(t)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={selected}
            aria-controls={PANEL_ID}
            tabIndex={t === tab ? 0 : -1}
            onClick={() => showTab(t)}
          >
            {tabLabels[t]}
          </button>
        );
      })}
    </div>
  );
}
