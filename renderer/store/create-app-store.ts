import { createStore } from 'zustand/vanilla';
import type { RolloutApi } from '../../shared/api';
import type { StoredRowsLocation } from '../import/stored-rows-reader';
import { createChecklistSlice } from './checklist-slice';
import { createCommunicationSlice } from './communication-slice';
import { createDamagedPlansSlice } from './damaged-plans-slice';
import { createDecisionDraftSlice } from './decision-draft-slice';
import { createDecisionsSlice } from './decisions-slice';
import { createFormDraftsSlice } from './form-drafts-slice';
import { createPlanEditSlice } from './plan-edit-slice';
import { createImportDownloadsSlice } from './import-downloads-slice';
import { createImportRemovalSlice } from './import-removal-slice';
import { createImportWizardSlice } from './import-wizard-slice';
import { createPilotMetricsSlice, watchPilotData } from './pilot-metrics-slice';
import { createPilotThresholdsSlice } from './pilot-thresholds-slice';
import { createPlansSlice } from './plans-slice';
import { createSampleSlice } from './sample-slice';
import { createRecordsSlice } from './records-slice';
import { createReportSlice } from './report-slice';
import { createSettingsSlice } from './settings-slice';
import { createStagesSlice } from './stages-slice';
import { createThresholdsSlice } from './thresholds-slice';
import type { AppState, AppStore, StoreDeps } from './types';
import { createUiSlice } from './ui-slice';

export interface StoreOptions {
  readonly now?: () => Date;
  readonly saveDelayMs?: number;
  readonly storedRows?: StoredRowsLocation;
}

/** Quiet time after the last keystroke before the plan is written. */
export const SAVE_DELAY_MS = 300;

/**
 * The one app store, combined from its slices, bound to an API. The app makes one at start-up;
 * each test makes its own over `createMemoryApi()`, which is how tests reset the store.
 */
export function createAppStore(api: RolloutApi, options: StoreOptions = {}): AppStore {
  const deps: StoreDeps = {
    api,
    now: options.now ?? (() => new Date()),
    saveDelayMs: options.saveDelayMs ?? SAVE_DELAY_MS,
    ...(options.storedRows ? { storedRows: options.storedRows } : {}),
  };
  const store = createStore<AppState>()((set, get) => ({
    ...createPlansSlice(set, get, deps),
    ...createDamagedPlansSlice(set, get, deps),
    ...createPlanEditSlice(set, get, deps),
    ...createChecklistSlice(set, get, deps),
    ...createThresholdsSlice(set, get, deps),
    ...createUiSlice(set, get, deps),
    ...createSettingsSlice(set, get, deps),
    ...createPilotMetricsSlice(set, get, deps),
    ...createImportWizardSlice(set, get, deps),
    ...createImportRemovalSlice(set, get, deps),
    ...createImportDownloadsSlice(set, get, deps),
    ...createPilotThresholdsSlice(set, get, deps),
    ...createSampleSlice(set, get, deps),
    ...createStagesSlice(set, get, deps),
    ...createDecisionsSlice(set, get, deps),
    ...createDecisionDraftSlice(set, get, deps),
    ...createFormDraftsSlice(set, get, deps),
    ...createCommunicationSlice(set, get, deps),
    ...createReportSlice(set, get, deps),
    ...createRecordsSlice(set, get, deps),
  }));
  watchPilotData(store);
  return store;
}
