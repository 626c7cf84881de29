import { createHash } from 'node:crypto';
import type { MessagePort } from 'node:worker_threads';
import { readPlanFileHashing, type PlanFileContents } from '../shared/model/plan-file';
import { fail, type Result } from '../shared/result';
import { readTextFile } from './read-text-file';

/** Node's native SHA-256: the same digest as the TypeScript one, several times faster. */
const sha256 = async (bytes: Uint8Array): Promise<string> => createHash('sha256').update(bytes).digest('hex');

/** Reads a plan file from disk and runs every check of `readPlanFile` on it. */
export async function readPlanFileFromDisk(filePath: string): Promise<Result<PlanFileContents>> {
  // The service checked the size against its limit; this ceiling keeps a file that grew since from being read whole.
  const text = await readTextFile(filePath);
  if (!text.ok) return text;
  return readPlanFileHashing(text.value.text, sha256);
}

/** What the reader worker answers: the checked contents, with the stored parts' buffers to transfer. */
export async function answerRead(filePath: unknown): Promise<{ result: Result<PlanFileContents>; transfer: ArrayBuffer[] }> {
  if (typeof filePath !== 'string') return { result: fail('invalid', 'The plan file reader was asked for no file.'), transfer: [] };
  const result = await readPlanFileFromDisk(filePath);
  const transfer = new Set<ArrayBuffer>();
  if (result.ok) {
    for (const bundle of Object.values(result.value.evidence.importData)) {
      for (const bytes of [bundle.rows, bundle.rejected]) if (bytes && bytes.buffer instanceof ArrayBuffer) transfer.add(bytes.buffer);
    }
  }
  return { result, transfer: [...transfer] };
}

/** The worker's side: one request (a path), one answer, over `port`. */
export function serveReads(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  port.on('message', (filePath: unknown) => {
    void answerRead(filePath).then(({ result, transfer }) => port.postMessage(result, transfer));
  });
}
