import { useId } from 'react';
import { deploymentPatternLabels, deploymentPatterns, type DeploymentPattern } from '../../../shared/model/enums';
import type { Stage } from '../../../shared/model/schema';
import { useDraft } from '../../hooks/useDraft';
import { plural } from '../../format/numbers';
import { useAppStore } from '../../store/useAppStore';
import { AudienceFields } from './AudienceFields';
import { EnrolmentField } from './EnrolmentField';
import { NumberField } from './NumberField';

export type StageFormProps = {
  readonly stage: Stage;
};

const keepName = (text: string): string | null => (text.trim() === '' ? null : text);
const weeks = (value: number | null): string => (value === null ? 'open-ended' : plural(value, 'week'));

/** The stage's own facts: name, audience, dates, pattern and enrolment. */
export function StageForm({ stage }: StageFormProps) {
  const id = useId();
  const updateStage = useAppStore((s) => s.updateStage);
  const [name, setName] = useDraft(stage.name, (v) => v, keepName);
  const nameMissing = name.trim() === '';
  const update = (patch: Parameters<typeof updateStage>[1]): void => updateStage(stage.id, patch);

  return (
    <fieldset className="card stage-form">
      <legend className="form-legend">Stage details</legend>
      <div className="stage-form-grid">
        <div className="field span-2">
          <label htmlFor={`${id}-name`}>Stage name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={200}
            aria-invalid={nameMissing}
            aria-describedby={nameMissing ? `${id}-name-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (event.target.value.trim() !== '') update({ name: event.target.value });
            }}
          />
          {nameMissing && (
            <p id={`${id}-name-error`} className="field-error">
              A stage needs a name; the plan keeps “{stage.name}” until you type one.
            </p>
          )}
        </div>
        <div className="field span-2">
          <label htmlFor={`${id}-pattern`}>Deployment pattern</label>
          <select id={`${id}-pattern`} value={stage.pattern} onChange={(event) => update({ pattern: event.target.value as DeploymentPattern })}>
            {deploymentPatterns.map((p) => (
              <option key={p} value={p}>
                {deploymentPatternLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field span-4">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={stage.description}
            maxLength={20_000}
            placeholder="Who takes part and what they do, e.g. 2–5 enthusiastic users from the support team"
            onChange={(event) => update({ description: event.target.value })}
          />
        </div>
        <AudienceFields stage={stage} />
        <EnrolmentField stage={stage} />
        <div className="field">
          <label htmlFor={`${id}-start`}>Planned start</label>
          <input
            id={`${id}-start`}
            type="date"
            value={stage.plannedStart ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              // A date input yields '' or a complete YYYY-MM-DD; partial dates never reach the plan.
              if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) update({ plannedStart: value === '' ? null : value });
            }}
          />
        </div>
        <NumberField
          id={`${id}-duration`}
          label="Duration (weeks)"
          value={stage.durationWeeks}
          rules={{ integer: true, min: 1, max: 520, emptyMeansNull: true }}
          hint="Empty: open-ended."
          describeKept={weeks}
          onCommit={(value) => update({ durationWeeks: value })}
        />
        <NumberField
          id={`${id}-min-duration`}
          label="Minimum duration (weeks)"
          value={stage.minDurationWeeks}
          rules={{ integer: true, min: 0, max: 520 }}
          hint="No gate passes before the stage has run this long."
          describeKept={weeks}
          onCommit={(value) => value !== null && update({ minDurationWeeks: value })}
        />
      </div>
    </fieldset>
  );
}
