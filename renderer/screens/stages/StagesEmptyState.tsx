import { useId, useState } from 'react';
import { planTemplates, type TemplateId } from '../../../shared/model/templates';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

/** No stages: say what to do next — add one, or start from a template's stages. */
export function StagesEmptyState() {
  const id = useId();
  const addStage = useAppStore((s) => s.addStage);
  const addTemplateStages = useAppStore((s) => s.addTemplateStages);
  const [templateId, setTemplateId] = useState<TemplateId>(planTemplates[0]?.id ?? 'team-workflow-pilot');
  const template = planTemplates.find((t) => t.id === templateId);

  return (
    <EmptyState
      icon="layers"
      title="No stages yet"
      actions={
        <>
          <button type="button" className="button primary" onClick={() => addStage()}>
            <Icon name="plus" />
            Add a stage
          </button>
          <span className="inline-field">
            <label htmlFor={id}>or start from</label>
            <select id={id} value={templateId} onChange={(event) => setTemplateId(event.target.value as TemplateId)}>
              {planTemplates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button type="button" className="button" onClick={() => addTemplateStages(templateId)}>
              Use these stages
            </button>
          </span>
        </>
      }
    >
      <p>Add a stage or start from a template. A stage says who gets the system, from when, and which gate criteria must pass before the next stage may start.</p>
      {template && <p className="hint">{template.summary}</p>}
    </EmptyState>
  );
}
