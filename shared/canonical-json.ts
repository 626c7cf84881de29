/**
 * Canonical JSON: the one text a value hashes as, wherever it was stored or however its keys
 * were ordered. Object keys are sorted by UTF-16 code units, no whitespace is written, keys whose
 * value is `undefined` are left out (as JSON.stringify does), strings and numbers are written as
 * JSON.stringify writes them. Non-finite numbers are refused: JSON has no way to write them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Canonical JSON cannot hold a number that is not finite');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new Error(`Canonical JSON cannot hold a ${typeof value}`);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** UTF-8 bytes of a string, without TextEncoder (shared/ is type-checked with no DOM or Node types). */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000 && (code < 0xd800 || code > 0xdfff)) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else if (code >= 0x10000) {
      out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    } else out.push(0xef, 0xbf, 0xbd); // a lone surrogate, as TextEncoder writes it
  }
  return Uint8Array.from(out);
}
