import { useId } from 'react';
import { riskTierLabels } from '../../shared/model/enums';
import type { PlanSummary } from '../../shared/model/schema';
import { Icon } from './Icon';

/** The dot's meaning in words: colour alone read as a warning (axe-core, WCAG 1.4.1). */
function tierWords(tier: PlanSummary['riskTier']): string {
  return tier === null ? 'Risk tier not set' : `${riskTierLabels[tier].split(' — ')[0]} risk`;
}

export type PlanListItemProps = {
  readonly plan: PlanSummary;
  readonly current: boolean;
  readonly onOpen: (id: string) => void;
};

export function PlanListItem({ plan, current, onOpen }: PlanListItemProps) {
  const tierId = useId();
  return (
    <li>
      <button
        type="button"
        className="plan-link"
        aria-current={current ? 'page' : undefined}
        onClick={() => onOpen(plan.id)}
        title={plan.name}
        aria-describedby={tierId}
      >
        <span className={`tier-dot tier-${plan.riskTier ?? 'none'}`} aria-hidden="true" title={tierWords(plan.riskTier)} />
        <span className="plan-link-name">{plan.name}</span>
      </button>
      {/* A description outside the button, not part of its name: the plan is still found by its name alone. */}
      <span id={tierId} className="sr-only">
        {tierWords(plan.riskTier)}
        {plan.changedOutsideApp && '. Changed outside the app: open it to choose what to do.'}
      </span>
      {plan.changedOutsideApp && (
        <span className="plan-changed-note" aria-hidden="true">
          <Icon name="alert" size={12} /> Changed outside the app
        </span>
      )}
    </li>
  );
}
