import { stageVerdictLabels, type StageVerdict } from '../../../shared/gates';
import { Icon, type IconName } from '../../components/Icon';

const looks: Record<StageVerdict, { icon: IconName; tone: string }> = {
  proceed: { icon: 'check-circle', tone: 'success' },
  hold: { icon: 'minus-circle', tone: 'warning' },
  roll_back: { icon: 'undo', tone: 'danger' },
  running: { icon: 'clock', tone: 'success' },
};

export type VerdictBadgeProps = {
  readonly verdict: StageVerdict;
  readonly large?: boolean;
};

/** "Proceed", "Hold" or "Roll back", with an icon: the recommendation never rests on colour. */
export function VerdictBadge({ verdict, large = false }: VerdictBadgeProps) {
  const look = looks[verdict];
  return (
    <span className={`badge badge-${look.tone} verdict-badge${large ? ' large' : ''}`}>
      <Icon name={look.icon} size={large ? 16 : 13} />
      {stageVerdictLabels[verdict]}
    </span>
  );
}
