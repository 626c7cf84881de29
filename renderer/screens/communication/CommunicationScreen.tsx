/** The communication plan (issue 5) — placeholder until that screen is built. */
export function CommunicationScreen() {
  return <p className="muted">Coming soon.</p>;
}
