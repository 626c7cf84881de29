// First: before any module builds a schema (see the file).
import './zod-interpreted';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { pickApi, pickStoredRowsLocation } from './api';
import { setFormatLocale } from '../shared/format/locale';
import { createAppStore } from './store/create-app-store';
import { StoreProvider } from './store/StoreProvider';
// Already started by the page's entry (start.ts), before this bundle was loaded.
import { startupScan } from './api/startup-scan';
import './styles/base.css';
import './styles/layout-sidebar.css';
import './styles/layout-main.css';
import './styles/damaged-plans.css';
import './styles/buttons.css';
import './styles/fields.css';
import './styles/choices.css';
import './styles/badges-cards.css';
import './styles/tables.css';
import './styles/overlays.css';
import './styles/empty-states.css';
import './styles/overview.css';
import './styles/readiness-thresholds.css';
import './styles/stage-list.css';
import './styles/checklist.css';
import './styles/charts.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before anything formats a figure: dates, numbers and sorted names follow the user's locale.
setFormatLocale(navigator.language);

const storedRows = pickStoredRowsLocation();
const store = createAppStore(pickApi(startupScan), storedRows ? { storedRows } : {});
// The stored plans are read while React renders the first frame, not after it (App's effect awaits the same start).
void store.getState().initialise();

createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <ScreenErrorBoundary>
        <App />
      </ScreenErrorBoundary>
    </StoreProvider>
  </StrictMode>,
);
