import type { ImportConflictChoice, ImportOutcome, OpenedFile, RolloutApi } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { textPlanFile, type PlanFileSource } from '../../../shared/service/opened-plan-files';

/** What a test hands plan files to: a service that takes chosen files, as a drop or the OS would. */
export type TakesFiles = Pick<RolloutApi, 'importPlan'> & { offerPlanFile(source: PlanFileSource): OpenedFile };

/** A plan file's text handed to the service as a chosen file: its token. */
export function offerText(api: Pick<TakesFiles, 'offerPlanFile'>, text: string, name = 'plan.rollout.json'): string {
  return api.offerPlanFile(textPlanFile(name, text)).token;
}

/** Imports a plan file's text as the user would: chosen, then imported by its token. */
export function importText(api: TakesFiles, text: string, choice: ImportConflictChoice): Promise<Result<ImportOutcome>> {
  return api.importPlan(offerText(api, text), choice);
}
