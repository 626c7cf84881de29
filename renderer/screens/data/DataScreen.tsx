import { useAppStore } from '../../store/useAppStore';
import './data-screen.css';
import './import-wizard.css';
import './import-outcome.css';
import './imports-list.css';
import './metrics-tables.css';
import { ImportStart } from './ImportStart';
import { ImportsList } from './ImportsList';
import { ImportWizard } from './ImportWizard';
import { MetricsSection } from './MetricsSection';

/** The Pilot data tab (SPEC §5): import CSV files, see every import with its provenance, and the metrics they give. */
export function DataScreen() {
  const wizard = useAppStore((s) => s.csvWizard);
  return (
    <div className="page data-page">
      {wizard ? <ImportWizard wizard={wizard} /> : <ImportStart />}
      <ImportsList />
      <MetricsSection />
    </div>
  );
}
