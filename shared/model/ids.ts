/** Random identifier; `crypto.randomUUID` exists in Electron, Node ≥ 19 and every current browser. */
export function newId(): string {
  return crypto.randomUUID();
}
