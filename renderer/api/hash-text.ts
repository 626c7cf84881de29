import { sha256Hex } from '../../shared/csv/sha256';
import { sealedText, type DigestText, type HashText } from '../../shared/service/plan-seal';
import type { StoredPlanRecord } from '../../shared/service/record-store';

const encoder = new TextEncoder();

/**
 * The browser's SHA-256 of a text, for the plans' seals: the native encoder (a tenth of the portable
 * encoder's time) and the app's own SHA-256, synchronous, so the start-up worker checks every seal
 * in one pass. Web Crypto's digest is native too, but only asynchronous.
 */
export const hashTextInBrowser: HashText = (text) => sha256Hex(encoder.encode(text));

const hex = (bytes: ArrayBuffer): string => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Web Crypto's SHA-256 of a text (native, off the calling thread), or null where it is missing (a page not served securely). */
export function nativeDigest(subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): DigestText | null {
  if (subtle === null) return null;
  return async (text) => hex(await subtle.digest('SHA-256', encoder.encode(text)));
}

/**
 * How many seals are digested at once: one on Web Crypto's thread while the next plan's text is written, and only
 * two plans' texts alive at a time. All 100 at once held ~9 MB of texts and their bytes until the last digest
 * ended: in Node the digests then took twice the processor time (60 against 120–140 ms), most of it collecting
 * that garbage. In Chromium (100 plans, a machine kept busy by other work) the digests and the checks after them
 * took less time with two in each of three alternating runs; the processor time moved less than its noise.
 */
export const SEALS_IN_FLIGHT = 2;

/**
 * The seals' SHA-256s of many stored plans, by record key, with Web Crypto's native digest (several times faster
 * than the app's own in a worker), `inFlight` at a time: the start-up scan digests every plan ahead and checks
 * them in one pass. Empty where Web Crypto is missing: `hashTextInBrowser` then checks each seal.
 */
export async function digestSeals(
  records: readonly StoredPlanRecord[],
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
  inFlight: number = SEALS_IN_FLIGHT,
): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  const digest = nativeDigest(subtle);
  if (digest === null) return digests;
  let next = 0;
  // Each lane takes the next record when its digest is done; a record's text is made only when its turn comes.
  const lane = async (): Promise<void> => {
    for (let i = next++; i < records.length; i = next++) {
      const { key, value } = records[i]!;
      const text = sealedText(value);
      if (text !== null) digests.set(key, await digest(text));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(inFlight, records.length)) }, lane));
  return digests;
}
