import { ReadinessSummaryCards } from './ReadinessSummaryCards';
import { SystemForm } from './SystemForm';
import { TierSection } from './TierSection';

/** The plan at a glance, what the system is, and how risky it is. */
export function OverviewScreen() {
  return (
    <div className="page">
      <ReadinessSummaryCards />
      <SystemForm />
      <TierSection />
    </div>
  );
}
