import type { Tone } from '../../../shared/report/report-model';
import { Icon, type IconName } from '../../components/Icon';

const looks: Record<Tone, { icon: IconName; className: string }> = {
  good: { icon: 'check-circle', className: 'badge-success' },
  bad: { icon: 'x-circle', className: 'badge-danger' },
  warn: { icon: 'alert', className: 'badge-warn' },
  neutral: { icon: 'minus-circle', className: 'badge-neutral' },
};

export type ToneBadgeProps = {
  readonly tone: Tone;
  readonly label: string;
};

/** A status as icon and word; the colour only repeats them, so it reads the same in black and white. */
export function ToneBadge({ tone, label }: ToneBadgeProps) {
  const look = looks[tone];
  return (
    <span className={`badge tone-badge ${look.className}`}>
      <Icon name={look.icon} size={12} />
      {label}
    </span>
  );
}
