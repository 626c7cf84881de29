import { plural } from '../format/numbers';
import { Icon } from './Icon';

export type ReadyBadgeProps = {
  readonly blockers: number;
};

/** "Ready" or "Not ready: N blockers", in words and icon, never colour alone. */
export function ReadyBadge({ blockers }: ReadyBadgeProps) {
  return blockers === 0 ? (
    <span className="badge badge-success large">
      <Icon name="check-circle" />
      Ready
    </span>
  ) : (
    <span className="badge badge-danger large">
      <Icon name="x-circle" />
      Not ready: {plural(blockers, 'blocker')}
    </span>
  );
}
