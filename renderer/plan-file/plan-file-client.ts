import type { PlanFileContents, PlanFileEvidence } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import { fail, type Result } from '../../shared/result';
import type { PlanFileAnswer, PlanFileRequest } from './plan-file-protocol';

/** One worker per request: plan files are rare, and a finished worker frees its memory at once. */
function ask(request: PlanFileRequest, transfer: Transferable[]): Promise<PlanFileAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./plan-file-worker.ts', import.meta.url), { type: 'module', name: 'plan-file' });
    const finish = (answer: PlanFileAnswer): void => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<PlanFileAnswer>) => finish(event.data);
    worker.onerror = (event) => finish({ kind: 'failed', message: event.message || 'the plan-file worker stopped' });
    worker.postMessage(request, transfer);
  });
}

/** The export file of a plan, built in a worker; the evidence's buffers are handed over (the caller must not use them after). */
export async function buildPlanFileBlob(plan: Plan, now: Date, evidence: PlanFileEvidence): Promise<Result<Blob>> {
  const buffers = new Set<ArrayBuffer>();
  for (const bundle of Object.values(evidence.importData)) {
    for (const bytes of [bundle.rows, bundle.rejected]) if (bytes && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  }
  const answer = await ask({ kind: 'build', plan, exportedAt: now.toISOString(), evidence }, [...buffers]);
  if (answer.kind === 'built') return { ok: true, value: answer.blob };
  return fail('io', `The plan file could not be built (${answer.kind === 'failed' ? answer.message : 'unexpected answer'}).`);
}

/**
 * Reads and checks a chosen plan file in a worker, with every check of `readPlanFile`: the
 * `File` goes to the worker as a handle and is read there, so neither its text nor its parse
 * ever occupies the UI thread.
 */
export async function readPlanFileInWorker(file: Blob, send: typeof ask = ask): Promise<Result<PlanFileContents>> {
  const answer = await send({ kind: 'read', file }, []);
  performance.mark('rr:plan-file-read');
  if (answer.kind === 'read') return answer.result;
  return fail('io', `The plan file could not be read (${answer.kind === 'failed' ? answer.message : 'unexpected answer'}).`);
}
