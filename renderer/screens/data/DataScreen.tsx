/** Pilot data imports (issue 3) — placeholder until that screen is built. */
export function DataScreen() {
  return <p className="muted">Coming soon.</p>;
}
