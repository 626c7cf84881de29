import { thresholdStatusLabels, type ThresholdStatus } from '../../../shared/thresholds/threshold-status';
import { Icon, type IconName } from '../../components/Icon';

export type ThresholdStatusBadgeProps = {
  readonly status: ThresholdStatus;
};

const looks: Record<ThresholdStatus, { icon: IconName; tone: string }> = {
  met: { icon: 'check-circle', tone: 'badge-success' },
  not_met: { icon: 'x-circle', tone: 'badge-danger' },
  not_enough_data: { icon: 'alert', tone: 'badge-warning' },
  not_measured: { icon: 'minus-circle', tone: 'badge-neutral' },
};

/** Met / Not met / Not measured, icon and word. */
export function ThresholdStatusBadge({ status }: ThresholdStatusBadgeProps) {
  const look = looks[status];
  return (
    <span className={`badge ${look.tone}`}>
      <Icon name={look.icon} size={12} />
      {thresholdStatusLabels[status]}
    </span>
  );
}
