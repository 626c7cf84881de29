import { utf8Bytes } from '../canonical-json';
import { sha256Hex } from '../csv/sha256';
import { serialisePlan } from './limits';

/**
 * The seal of a stored plan: the SHA-256 of the plan's content as the app writes it, stored beside
 * its fields under `seal`, so a hand edit or a flipped byte that still reads as a valid plan (a gate
 * threshold 90 → 80, an item ticked) is told apart from what the app saved. Older versions of the
 * app ignore the key (the plan format drops fields it does not know), so a sealed plan still opens
 * there.
 *
 * The content hashed is the plan written as the desktop app writes its files (`serialisePlan`,
 * tab-indented JSON, keys in the order stored): both storages keep that order (a JSON file, and
 * IndexedDB's structured clone), so the text is rebuilt exactly from what is read, with the native
 * `JSON.stringify`, and hashed once per plan by each platform's fastest SHA-256. Canonical JSON would
 * not depend on the order, but costs ten times as much per plan at every start (1.3 ms against
 * 0.12 ms for a 40 KB plan), and a file whose keys a tool reordered was changed outside the app.
 */
export const SEAL_KEY = 'seal';

export interface PlanSeal {
  /** SHA-256 (lowercase hex) of the UTF-8 bytes of `serialisePlan(content)`. */
  readonly sha256: string;
  /** When the app wrote the plan (an ISO timestamp): "last saved by the app on …". */
  readonly sealedAt: string;
}

/** SHA-256 of a text's UTF-8 bytes, lowercase hex. Each platform passes its fastest (Node's crypto on the desktop). */
export type HashText = (text: string) => string;

/** The same, where the platform's fastest is asynchronous (Web Crypto's digest in a browser). */
export type DigestText = (text: string) => Promise<string>;

/** The portable one: what a platform without a faster SHA-256 uses (and what the tests compare against). */
export const hashTextPortably: HashText = (text) => sha256Hex(utf8Bytes(text));

/** What a stored plan's seal says of it. `content`: the record without its seal, for the read rule. */
export type SealCheck =
  | { readonly state: 'sealed'; readonly content: unknown }
  /** Stored before plans were sealed (or not a plan at all): read as before, sealed at its next save. */
  | { readonly state: 'unsealed'; readonly content: unknown }
  /** The content no longer matches its seal: changed outside the app. `sealedAt`: when the app last wrote it, if that can still be read. */
  | { readonly state: 'changed'; readonly content: unknown; readonly sealedAt: string | null };

/** `plan` as it is stored: its fields, then its seal. */
export function sealPlan<T extends object>(plan: T, hash: HashText, sealedAt: Date): T & { readonly seal: PlanSeal } {
  const { [SEAL_KEY]: _old, ...content } = plan as Record<string, unknown>;
  return { ...(content as T), seal: { sha256: hash(serialisePlan(content)), sealedAt: sealedAt.toISOString() } };
}

/** `sealPlan` with an asynchronous SHA-256: the same seal, the hash off the calling thread's hands. */
export async function sealPlanAsync<T extends object>(plan: T, digest: DigestText, sealedAt: Date): Promise<T & { readonly seal: PlanSeal }> {
  const { [SEAL_KEY]: _old, ...content } = plan as Record<string, unknown>;
  return { ...(content as T), seal: { sha256: await digest(serialisePlan(content)), sealedAt: sealedAt.toISOString() } };
}

/** `checkSeal` with an asynchronous SHA-256. */
export async function checkSealAsync(value: unknown, digest: DigestText): Promise<SealCheck> {
  const text = sealedText(value);
  return checkSeal(value, () => '', text === null ? undefined : await digest(text));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * Checks a stored record against its seal, hashing its content once (or taking `digest`, the SHA-256 of its
 * `sealedText` worked out ahead). A seal that is not a seal (a
 * hand edit that blanked or rewrote it) counts as changed, not as absent: only a record with no
 * `seal` key at all reads as one stored before sealing.
 */
export function checkSeal(value: unknown, hash: HashText, digest?: string): SealCheck {
  if (!isRecord(value) || !(SEAL_KEY in value)) return { state: 'unsealed', content: value };
  const { [SEAL_KEY]: seal, ...content } = value;
  const sealedAt = isRecord(seal) && typeof seal['sealedAt'] === 'string' ? seal['sealedAt'].slice(0, 40) : null;
  const sha = isRecord(seal) ? seal['sha256'] : null;
  if (typeof sha !== 'string' || !HEX_64.test(sha)) return { state: 'changed', content, sealedAt };
  return (digest ?? hash(serialisePlan(content))) === sha ? { state: 'sealed', content } : { state: 'changed', content, sealedAt };
}

/**
 * The text a stored record's seal vouches for (its content without the seal, as the app writes it), or null when
 * it carries none: what a platform whose fastest SHA-256 is asynchronous digests ahead, and passes to `checkSeal`.
 */
export function sealedText(value: unknown): string | null {
  if (!isRecord(value) || !(SEAL_KEY in value)) return null;
  const { [SEAL_KEY]: _seal, ...content } = value;
  return serialisePlan(content);
}
