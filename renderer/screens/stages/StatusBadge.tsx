import { criterionStatusLabels, triggerStatusLabels, type CriterionStatus, type TriggerStatus } from '../../../shared/gates';
import { Icon, type IconName } from '../../components/Icon';

type Tone = 'success' | 'danger' | 'warning' | 'neutral';

const criterionLooks: Record<CriterionStatus, { icon: IconName; tone: Tone }> = {
  pass: { icon: 'check-circle', tone: 'success' },
  fail: { icon: 'x-circle', tone: 'danger' },
  not_enough_data: { icon: 'minus-circle', tone: 'neutral' },
  pending: { icon: 'clock', tone: 'neutral' },
  cannot_measure: { icon: 'alert', tone: 'warning' },
};

const triggerLooks: Record<TriggerStatus, { icon: IconName; tone: Tone }> = {
  fired: { icon: 'alert', tone: 'danger' },
  trending: { icon: 'clock', tone: 'warning' },
  not_fired: { icon: 'check-circle', tone: 'success' },
  waiting: { icon: 'clock', tone: 'neutral' },
  unreachable: { icon: 'alert', tone: 'warning' },
  not_enough_data: { icon: 'minus-circle', tone: 'neutral' },
  cannot_measure: { icon: 'alert', tone: 'warning' },
};

export type StatusBadgeProps =
  | { readonly kind: 'criterion'; readonly status: CriterionStatus }
  | { readonly kind: 'trigger'; readonly status: TriggerStatus };

/** A criterion's or trigger's result as icon and word: colour only repeats what they say. */
export function StatusBadge(props: StatusBadgeProps) {
  const look = props.kind === 'criterion' ? criterionLooks[props.status] : triggerLooks[props.status];
  const label = props.kind === 'criterion' ? criterionStatusLabels[props.status] : triggerStatusLabels[props.status];
  return (
    <span className={`badge badge-${look.tone} status-badge`}>
      <Icon name={look.icon} size={13} />
      {label}
    </span>
  );
}
