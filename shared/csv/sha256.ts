/**
 * Incremental SHA-256 (FIPS 180-4) in plain TypeScript.
 *
 * Web Crypto's `digest` needs the whole input at once, and a 1 GB file must not be held in memory
 * just to be hashed; this one is fed chunk by chunk, in a worker or in Node alike.
 * All arithmetic stays in 32-bit integers (`| 0`, `>>>`), which V8 keeps unboxed.
 */
import { compressBlocks } from './sha256-compress';

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

export interface Sha256 {
  /** Adds bytes; may be called any number of times with chunks of any size. */
  update(bytes: Uint8Array): Sha256;
  /** Finishes and returns the lowercase hex digest; the hasher cannot be updated afterwards. */
  digestHex(): string;
  /** Bytes hashed so far. */
  readonly length: number;
}

/** Starts an incremental SHA-256. */
export function createSha256(): Sha256 {
  const state = new Int32Array(INITIAL);
  const block = new Uint8Array(64);
  let blockLen = 0;
  let total = 0;
  let finished = false;

  const hasher: Sha256 = {
    get length() {
      return total;
    },
    update(bytes: Uint8Array): Sha256 {
      if (finished) throw new Error('SHA-256 already finished');
      total += bytes.length;
      let pos = 0;
      if (blockLen > 0) {
        const take = Math.min(64 - blockLen, bytes.length);
        block.set(bytes.subarray(0, take), blockLen);
        blockLen += take;
        pos = take;
        if (blockLen < 64) return hasher;
        compressBlocks(state, block, 0, 1);
        blockLen = 0;
      }
      const whole = (bytes.length - pos) >> 6;
      if (whole > 0) {
        compressBlocks(state, bytes, pos, whole);
        pos += whole * 64;
      }
      if (pos < bytes.length) {
        block.set(bytes.subarray(pos), 0);
        blockLen = bytes.length - pos;
      }
      return hasher;
    },
    digestHex(): string {
      if (finished) throw new Error('SHA-256 already finished');
      finished = true;
      // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number.
      const bitsHigh = Math.floor(total / 0x20000000);
      const bitsLow = (total * 8) >>> 0;
      block[blockLen++] = 0x80;
      if (blockLen > 56) {
        block.fill(0, blockLen);
        compressBlocks(state, block, 0, 1);
        blockLen = 0;
      }
      block.fill(0, blockLen, 56);
      block[56] = bitsHigh >>> 24;
      block[57] = bitsHigh >>> 16;
      block[58] = bitsHigh >>> 8;
      block[59] = bitsHigh;
      block[60] = bitsLow >>> 24;
      block[61] = bitsLow >>> 16;
      block[62] = bitsLow >>> 8;
      block[63] = bitsLow;
      compressBlocks(state, block, 0, 1);
      let hex = '';
      for (let i = 0; i < 8; i++) hex += (state[i]! >>> 0).toString(16).padStart(8, '0');
      return hex;
    },
  };
  return hasher;
}

/** SHA-256 of one buffer, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createSha256().update(bytes).digestHex();
}
