import type { Stage } from '../../../shared/model/schema';
import { RuleEditorList } from './RuleEditorList';
import { StageForm } from './StageForm';

export type StageEditorProps = {
  readonly stage: Stage;
};

/** Everything about a stage that the user decides: its facts, its gate criteria and its rollback triggers. */
export function StageEditor({ stage }: StageEditorProps) {
  return (
    <div className="stage-editor">
      <StageForm stage={stage} />
      <RuleEditorList stage={stage} list="criteria" />
      <RuleEditorList stage={stage} list="triggers" />
    </div>
  );
}
