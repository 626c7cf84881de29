/** The plan dashboard (issue 4) — placeholder until that screen is built. */
export function DashboardScreen() {
  return <p className="muted">Coming soon.</p>;
}
