/** The stakeholder summary (issue 5) — placeholder until that screen is built. */
export function ReportScreen() {
  return <p className="muted">Coming soon.</p>;
}
