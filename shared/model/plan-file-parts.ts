import { sha256Hex } from '../csv/sha256';
import { encodeBase64Parts } from './base64';
import { serialisePlanFile, type PlanFileEvidence } from './plan-file';
import type { Plan } from './schema';

/** A piece of a plan file: text (written as UTF-8) or bytes already encoded (base64 ASCII). */
export type PlanFilePart = string | Uint8Array;

/** SHA-256 as lowercase hex, sync (the TypeScript one) or async (the platform's native digest). */
export type HashHex = (bytes: Uint8Array) => string | Promise<string>;

/** How many bytes the parts make as a file. */
export function planFilePartsSize(parts: readonly PlanFilePart[]): number {
  const encoder = new TextEncoder();
  let total = 0;
  for (const part of parts) total += typeof part === 'string' ? encoder.encode(part).byteLength : part.byteLength;
  return total;
}

/**
 * The same file as `serialisePlanFile`, byte for byte, as pieces: the plan and its decisions
 * are indented text as before, and each stored part's base64 goes in as bytes, so neither
 * the rows nor the whole file is ever one giant string (indenting, copying and encoding a
 * 27 MB string cost more than a second on the UI thread). A Blob or a file stream takes the
 * pieces as they are. `hashHex` lets a browser use its native SHA-256, which is the same digest.
 */
export async function planFileParts(plan: Plan, now: Date, evidence: PlanFileEvidence, hashHex: HashHex = sha256Hex): Promise<PlanFilePart[]> {
  // Each stored part is stood in for by a marker string the JSON text cannot otherwise hold
  // (random, and checked below), which is then replaced by the part's encoded bytes.
  const nonce = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const standIns = new Map<Uint8Array, { marker: string; sha256: string }>();
  // In the order the serialiser writes them: the plan's imports, rows before rejected rows.
  for (const record of plan.imports) {
    const bundle = Object.hasOwn(evidence.importData, record.id) ? evidence.importData[record.id] : undefined;
    for (const bytes of bundle ? [bundle.rows, bundle.rejected] : []) {
      if (bytes !== null && !standIns.has(bytes)) standIns.set(bytes, { marker: `rr-part-${nonce}-${standIns.size}`, sha256: await hashHex(bytes) });
    }
  }
  // The skeleton: the real serialiser over the markers, so the layout can never drift from it.
  const skeleton = serialisePlanFile(plan, now, evidence, (bytes) => {
    const stand = standIns.get(bytes);
    if (!stand) throw new Error('A stored part without its stand-in');
    return { base64: stand.marker, sha256: stand.sha256 };
  });
  const parts: PlanFilePart[] = [];
  let at = 0;
  for (const [bytes, { marker }] of standIns) {
    const quoted = `"${marker}"`;
    const found = skeleton.indexOf(quoted);
    if (found < at || skeleton.indexOf(quoted, found + quoted.length) >= 0) {
      // Cannot happen unless the plan's own text holds the marker; the one-string form is still right.
      return [serialisePlanFile(plan, now, evidence)];
    }
    parts.push(skeleton.slice(at, found + 1), ...encodeBase64Parts(bytes));
    at = found + quoted.length - 1;
  }
  parts.push(skeleton.slice(at));
  return parts;
}
