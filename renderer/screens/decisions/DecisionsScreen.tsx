/** The decision log (issue 5) — placeholder until that screen is built. */
export function DecisionsScreen() {
  return <p className="muted">Coming soon.</p>;
}
