/** The parts one after another in one array; a single Uint8Array part is returned as it is (no copy). */
export function joinBytes(parts: readonly ArrayLike<number>[]): Uint8Array {
  if (parts.length === 1 && parts[0] instanceof Uint8Array) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
