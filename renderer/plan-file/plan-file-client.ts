import type { PlanFileContents, PlanFileEvidence } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import { fail, type Result } from '../../shared/result';
import { pageLocks, watchWorker, type LocksLike, type WorkerLike } from '../workers/watched-worker';
import type { PlanFileAnswer, PlanFileRequest } from './plan-file-protocol';

const startWorker = (): WorkerLike => new Worker(new URL('./plan-file-worker.ts', import.meta.url), { type: 'module', name: 'plan-file' });

/**
 * One worker per request: plan files are rare, and a finished worker frees its memory at once.
 * Always settles: a worker that fails, cannot send its answer or is gone says so (`failed`).
 */
export function askPlanFileWorker(
  request: PlanFileRequest,
  transfer: Transferable[],
  start: () => WorkerLike = startWorker,
  locks: LocksLike | undefined = pageLocks(),
): Promise<PlanFileAnswer> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = start();
    } catch (error) {
      resolve({ kind: 'failed', message: `the background task could not start: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const finish = (answer: PlanFileAnswer): void => {
      end();
      resolve(answer);
    };
    const end = watchWorker(worker, (data) => finish(data as PlanFileAnswer), (reason) => finish({ kind: 'failed', message: `the background task ${reason}` }), locks);
    try {
      worker.postMessage(request, transfer);
    } catch (error) {
      finish({ kind: 'failed', message: `the background task could not be given the plan: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
}

/** The export file of a plan, built in a worker; the evidence's buffers are handed over (the caller must not use them after). */
export async function buildPlanFileBlob(plan: Plan, now: Date, evidence: PlanFileEvidence): Promise<Result<Blob>> {
  const buffers = new Set<ArrayBuffer>();
  for (const bundle of Object.values(evidence.importData)) {
    for (const bytes of [bundle.rows, bundle.rejected]) if (bytes && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  }
  const answer = await askPlanFileWorker({ kind: 'build', plan, exportedAt: now.toISOString(), evidence }, [...buffers]);
  if (answer.kind === 'built') return { ok: true, value: answer.blob };
  return fail('io', `The plan file could not be built (${answer.kind === 'failed' ? answer.message : 'unexpected answer'}).`);
}

/**
 * Reads and checks a chosen plan file in a worker, with every check of `readPlanFile`: the
 * `File` goes to the worker as a handle and is read there, so neither its text nor its parse
 * ever occupies the UI thread.
 */
export async function readPlanFileInWorker(file: Blob, send: (request: PlanFileRequest, transfer: Transferable[]) => Promise<PlanFileAnswer> = askPlanFileWorker): Promise<Result<PlanFileContents>> {
  const answer = await send({ kind: 'read', file }, []);
  performance.mark('rr:plan-file-read');
  if (answer.kind === 'read') return answer.result;
  return fail('io', `The plan file could not be read (${answer.kind === 'failed' ? answer.message : 'unexpected answer'}). Nothing was imported.`);
}
