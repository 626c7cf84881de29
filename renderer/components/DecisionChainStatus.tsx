import { chainSummary } from '../../shared/decisions/chain';
import { useAppStore } from '../store/useAppStore';
import { Icon } from './Icon';

export type DecisionChainStatusProps = {
  /** `log`: always shown under the Decisions heading; `dashboard`: only when something is wrong. */
  readonly place: 'log' | 'dashboard';
};

/**
 * Whether the open plan's decision log is as the app wrote it (its hash chain checks out),
 * with every break named. A changed log is shown loudly wherever decisions are relied on.
 */
export function DecisionChainStatus({ place }: DecisionChainStatusProps) {
  const check = useAppStore((s) => (s.plan !== null && s.decisionsPlanId === s.plan.id ? s.decisionsCheck : null));
  if (check === null) return null;
  if (check.breaks.length === 0) {
    if (place === 'dashboard') return null;
    return (
      <p className="muted small decision-chain-ok">
        <Icon name="check-circle" size={14} /> {chainSummary(check)}
        {check.head !== null && <> Fingerprint of the last entry: <code title={check.head}>{check.head.slice(0, 12)}</code>.</>}
      </p>
    );
  }
  return (
    <div className="callout callout-warning decision-chain-broken" role="alert">
      <Icon name="alert" />
      <div>
        <strong>The decision log was changed outside the app.</strong> Decisions shown may not be the ones recorded; the file was left as
        it is.
        <ul>
          {check.breaks.map((found) => (
            <li key={`${found.kind}-${found.position}`}>{found.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
