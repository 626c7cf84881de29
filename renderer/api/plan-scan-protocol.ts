import type { CheckedPlanRecord } from '../../shared/service/plan-check';

/** To the start-up plan scan worker: read and check every plan stored in this database. */
export interface PlanScanRequest {
  readonly dbName: string;
}

/** Every stored plan record, checked, in storage order; or why the scan could not run (the page then reads them itself). */
export type PlanScanAnswer =
  | { readonly ok: true; readonly records: readonly CheckedPlanRecord[] }
  | { readonly ok: false; readonly error: string };
