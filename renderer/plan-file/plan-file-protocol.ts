import type { PlanFileContents, PlanFileEvidence } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import type { Result } from '../../shared/result';

/** To the plan-file worker: build an export file, or read (parse and check) an imported one. */
export type PlanFileRequest =
  | { readonly kind: 'build'; readonly plan: Plan; readonly exportedAt: string; readonly evidence: PlanFileEvidence }
  | { readonly kind: 'read'; readonly file: Blob };

/** From the plan-file worker: the file as a Blob (built from its parts), or the checked contents. */
export type PlanFileAnswer =
  | { readonly kind: 'built'; readonly blob: Blob }
  | { readonly kind: 'read'; readonly result: Result<PlanFileContents> }
  | { readonly kind: 'failed'; readonly message: string };
