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
 * Reads and checks a plan file in a worker, with every check of `readPlanFile`. The last file
 * read is kept with its answer for a while, so that answering the "already here" question does
 * not parse the file a second time (one parse per import).
 */
export function createPlanFileReader(keepMs = 10 * 60 * 1000, send: typeof ask = ask): (text: string) => Promise<Result<PlanFileContents>> {
  let last: { text: string; result: Promise<Result<PlanFileContents>> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    if (last?.text === text) return last.result;
    const result = send({ kind: 'read', text }, []).then((answer): Result<PlanFileContents> => {
      performance.mark('rr:plan-file-read');
      if (answer.kind === 'read') return answer.result;
      return fail('io', `The plan file could not be read (${answer.kind === 'failed' ? answer.message : 'unexpected answer'}).`);
    });
    last = { text, result };
    clearTimeout(timer);
    // The checked rows are kept only for the question's sake, not for the session.
    timer = setTimeout(() => (last = null), keepMs);
    return result;
  };
}
