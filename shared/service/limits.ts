import { formatBytes } from '../format/format';

/** One plan as stored may not grow past this (UTF-8 bytes, as written), so opening a plan stays instant. */
export const MAX_STORED_PLAN_BYTES = 1024 * 1024;

/**
 * The UTF-8 length of a string, counted without building the bytes: a plan file near the
 * limit is hundreds of MB, and every size limit is stated in bytes, whatever the platform.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD, 3 bytes)
  }
  return bytes;
}

/** A plan as it is stored: tab-indented JSON, as the desktop app has always written it. */
export function serialisePlan(value: unknown): string {
  return JSON.stringify(value, undefined, '\t');
}

/** Why an export was refused for its size: the same words whichever platform measured the file. */
export function planExportTooLarge(maxBytes: number): string {
  return `This plan with its imported rows and decisions is larger than ${formatBytes(maxBytes)}, the limit for a plan file, so it was not exported.`;
}
