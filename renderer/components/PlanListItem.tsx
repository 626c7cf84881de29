import type { PlanSummary } from '../../shared/model/schema';

export type PlanListItemProps = {
  readonly plan: PlanSummary;
  readonly current: boolean;
  readonly onOpen: (id: string) => void;
};

export function PlanListItem({ plan, current, onOpen }: PlanListItemProps) {
  return (
    <li>
      <button
        type="button"
        className="plan-link"
        aria-current={current ? 'page' : undefined}
        onClick={() => onOpen(plan.id)}
        title={plan.name}
      >
        <span className={`tier-dot tier-${plan.riskTier ?? 'none'}`} aria-hidden="true" />
        <span className="plan-link-name">{plan.name}</span>
      </button>
    </li>
  );
}
