import { findTemplate } from '../../../shared/model/templates';
import { EmptyState } from '../../components/EmptyState';
import { useAppStore } from '../../store/useAppStore';
import { StageCard } from './StageCard';

/** The rollout stages and their gates, read-only for now. */
export function StagesScreen() {
  const stages = useAppStore((s) => s.plan?.stages ?? null);
  const templateId = useAppStore((s) => s.plan?.templateId ?? null);
  if (!stages) return null;
  const template = templateId ? findTemplate(templateId) : undefined;

  if (stages.length === 0) {
    return (
      <div className="page">
        <EmptyState icon="layers" title="No stages yet">
          <p>
            This plan was created empty. Plans made from a template start with its stages, their gate criteria and
            rollback triggers; stage editing comes in a later version.
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page">
      <p className="lede">
        {template ? `From the template “${template.name}”. ` : ''}A stage may start only after the previous one was allowed to
        proceed. Required criteria must pass; advisory ones are shown but never block.
      </p>
      <ol className="stage-list">
        {stages.map((stage, index) => (
          <li key={stage.id}>
            <StageCard stage={stage} number={index + 1} />
          </li>
        ))}
      </ol>
    </div>
  );
}
