import { Icon } from '../../components/Icon';
import { selectChangedSinceDecision } from '../../store/decisions-selectors';
import { useAppStore } from '../../store/useAppStore';

export type ChangedSinceDecisionProps = {
  readonly stageId: string;
};

/** Says when the stage's decision was taken under rules that have changed since (a gate edited after it). */
export function ChangedSinceDecision({ stageId }: ChangedSinceDecisionProps) {
  const words = useAppStore(selectChangedSinceDecision(stageId));
  if (words === null) return null;
  return (
    <p className="changed-since" role="note">
      <Icon name="alert" size={14} />
      {words}
    </p>
  );
}
