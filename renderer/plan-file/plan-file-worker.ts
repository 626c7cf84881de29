/// <reference lib="webworker" />
/**
 * Builds and reads plan files off the UI thread: a 1M-row plan's file is ~27 MB of JSON, and
 * its base64, SHA-256 and JSON text cost more than a second there (issue 12). The SHA-256 is
 * the platform's native digest, the same standard hash `sha256sum` prints.
 */
// First: before any module builds a schema (see the file).
import '../zod-interpreted';
import { readPlanFileHashing } from '../../shared/model/plan-file';
import { planFileParts } from '../../shared/model/plan-file-parts';
import { createHold, postOrSay } from '../workers/watched-worker';
import type { PlanFileAnswer, PlanFileRequest } from './plan-file-protocol';

declare const self: DedicatedWorkerGlobalScope;

// The page learns of this worker's end through a lock it holds (renderer/workers/watched-worker.ts).
const hold = createHold((message) => self.postMessage(message));

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored parts' buffers, handed back without a copy. */
function buffersOf(answer: PlanFileAnswer): Transferable[] {
  if (answer.kind !== 'read' || !answer.result.ok) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const bundle of Object.values(answer.result.value.evidence.importData)) {
    for (const bytes of [bundle.rows, bundle.rejected]) if (bytes && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  }
  return [...buffers];
}

self.onmessage = async (event: MessageEvent<PlanFileRequest>) => {
  if (hold.serve(event.data)) return;
  await hold.ready();
  const request = event.data;
  let answer: PlanFileAnswer;
  try {
    if (request.kind === 'build') {
      const parts = await planFileParts(request.plan, new Date(request.exportedAt), request.evidence, sha256Hex);
      answer = { kind: 'built', blob: new Blob(parts as BlobPart[], { type: 'application/json' }) };
    } else {
      answer = { kind: 'read', result: await readPlanFileHashing(await request.file.text(), sha256Hex) };
    }
  } catch (error) {
    answer = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  // Never silence: an answer that cannot be sent says why instead (the page waits for one).
  postOrSay((message, transfer) => self.postMessage(message, transfer), answer, buffersOf(answer), (reason): PlanFileAnswer => ({ kind: 'failed', message: `the background task could not send its answer: ${reason}` }));
};
