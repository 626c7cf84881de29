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
 * The seals' SHA-256s of many stored plans at once, by record key, with Web Crypto's native digest (several times
 * faster than the app's own in a worker, and run beside one another): the start-up scan digests every plan ahead
 * and checks them in one pass. Empty where Web Crypto is missing: `hashTextInBrowser` then checks each seal.
 */
export async function digestSeals(
  records: readonly StoredPlanRecord[],
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  const digest = nativeDigest(subtle);
  if (digest === null) return digests;
  await Promise.all(
    records.map(async ({ key, value }) => {
      const text = sealedText(value);
      if (text !== null) digests.set(key, await digest(text));
    }),
  );
  return digests;
}
