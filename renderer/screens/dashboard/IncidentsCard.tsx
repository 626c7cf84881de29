import { formatDate } from '../../../shared/format/format';
import { responseShare, responseShareWords } from '../../../shared/incidents';
import type { Incident } from '../../../shared/model/schema';
import { localMoment } from '../../store/records-slice';
import { useAppStore } from '../../store/useAppStore';

const NO_INCIDENTS: readonly Incident[] = [];

/** The incident register at a glance (SPEC §5/§6): open and critical incidents, responses within target. */
export function IncidentsCard() {
  const incidents = useAppStore((s) => s.plan?.incidents ?? NO_INCIDENTS);
  const keptSince = useAppStore((s) => s.plan?.incidentsKeptSince ?? null);
  const showTab = useAppStore((s) => s.showTab);
  const open = incidents.filter((i) => i.resolvedAt === null);
  const openCritical = open.filter((i) => i.severity === 'critical').length;
  const critical = incidents.filter((i) => i.severity === 'critical').length;
  const share = responseShare(incidents, localMoment(new Date()));
  const note =
    keptSince === null
      ? 'Register not kept: critical-incident gates cannot be judged'
      : `Kept since ${formatDate(keptSince)}; ${critical} critical in all; answered within target: ${responseShareWords(share)}`;

  return (
    <section className="dashboard-incidents" aria-label="Incidents">
      <button type="button" className={`stat-card stat-button${openCritical > 0 ? ' is-alert' : ''}`} onClick={() => showTab('stages')}>
        <span className="stat-label">Incidents</span>{' '}
        <span className="stat-value small">
          {open.length} open{openCritical > 0 ? `, ${openCritical} critical` : ''}
        </span>{' '}
        <span className="stat-note">{note}</span>
      </button>
    </section>
  );
}
