import type { StoreApi } from 'zustand/vanilla';
import type { RolloutApi } from '../../shared/api';
import type { StoredRowsLocation } from '../import/stored-rows-reader';
import type { ChecklistSlice } from './checklist-slice';
import type { CommunicationSlice } from './communication-slice';
import type { DamagedPlansSlice } from './damaged-plans-slice';
import type { DecisionDraftSlice } from './decision-draft-slice';
import type { DecisionsSlice } from './decisions-slice';
import type { FormDraftsSlice } from './form-drafts-slice';
import type { ImportDownloadsSlice } from './import-downloads-slice';
import type { ImportRemovalSlice } from './import-removal-slice';
import type { ImportWizardSlice } from './import-wizard-slice';
import type { PilotMetricsSlice } from './pilot-metrics-slice';
import type { PilotThresholdsSlice } from './pilot-thresholds-slice';
import type { PlanEditSlice } from './plan-edit-slice';
import type { PlansSlice } from './plans-slice';
import type { SampleSlice } from './sample-slice';
import type { RecordsSlice } from './records-slice';
import type { ReportSlice } from './report-slice';
import type { SettingsSlice } from './settings-slice';
import type { StagesSlice } from './stages-slice';
import type { ThresholdsSlice } from './thresholds-slice';
import type { UiSlice } from './ui-slice';

/** What every slice may use besides the store itself; injected once, by `createAppStore`. */
export interface StoreDeps {
  readonly api: RolloutApi;
  readonly now: () => Date;
  /** Quiet time after the last edit before the plan is saved. */
  readonly saveDelayMs: number;
  /** Where the metrics worker reads stored import rows itself; without it they come through `api` on the UI thread. */
  readonly storedRows?: StoredRowsLocation;
}

export type AppState = PlansSlice &
  DamagedPlansSlice &
  PlanEditSlice &
  ChecklistSlice &
  ThresholdsSlice &
  UiSlice &
  SettingsSlice &
  PilotMetricsSlice &
  ImportWizardSlice &
  ImportRemovalSlice &
  ImportDownloadsSlice &
  PilotThresholdsSlice &
  SampleSlice &
  StagesSlice &
  DecisionsSlice &
  DecisionDraftSlice &
  FormDraftsSlice &
  CommunicationSlice &
  ReportSlice &
  RecordsSlice;
export type AppStore = StoreApi<AppState>;
export type SetState = AppStore['setState'];
export type GetState = AppStore['getState'];

/** A slice creator: its own state and actions, with access to the whole store and the deps. */
export type SliceCreator<S> = (set: SetState, get: GetState, deps: StoreDeps) => S;
