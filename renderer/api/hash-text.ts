import { sha256Hex } from '../../shared/csv/sha256';
import type { HashText } from '../../shared/service/plan-seal';

const encoder = new TextEncoder();

/**
 * The browser's SHA-256 of a text, for the plans' seals: the native encoder (a tenth of the portable
 * encoder's time) and the app's own SHA-256, synchronous, so the start-up worker checks every seal
 * in one pass. Web Crypto's digest is native too, but only asynchronous.
 */
export const hashTextInBrowser: HashText = (text) => sha256Hex(encoder.encode(text));
