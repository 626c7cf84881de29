import { useId } from 'react';
import { neverAppliesText } from '../../../shared/gates/reachability';
import { comparatorLabels, comparators, type Comparator } from '../../../shared/model/enums';
import { metricIds, metricInfo, type MetricId } from '../../../shared/model/metrics';
import type { Criterion, Stage } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { criterionWords } from '../../format/stage-words';
import type { RuleList } from '../../store/stages-slice';
import { useAppStore } from '../../store/useAppStore';
import { BaselineFields } from './BaselineFields';
import { BaselinePlanNote } from './BaselinePlanNote';
import { JudgingFields } from './JudgingFields';
import { NumberField } from './NumberField';
import { SamplePlanNote } from './SamplePlanNote';

export type CriterionEditorProps = {
  readonly stage: Stage;
  readonly criterion: Criterion;
  readonly list: RuleList;
  readonly number: number;
};

const comparatorSigns: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/** Names the rule the way the list does: "Gate criterion 1: Adoption rate". */
export function ruleTitle(list: RuleList, number: number, criterion: Criterion): string {
  return `${list === 'criteria' ? 'Gate criterion' : 'Rollback trigger'} ${number}: ${metricInfo[criterion.metric].label}`;
}

/** One gate criterion or rollback trigger: what is measured, against what, when, on how much data. */
export function CriterionEditor({ stage, criterion, list, number }: CriterionEditorProps) {
  const id = useId();
  const updateCriterion = useAppStore((s) => s.updateCriterion);
  const removeCriterion = useAppStore((s) => s.removeCriterion);
  const info = metricInfo[criterion.metric];
  const title = ruleTitle(list, number, criterion);
  const gate = list === 'criteria';
  const update = (patch: Partial<Omit<Criterion, 'id'>>): void => updateCriterion(stage.id, list, criterion.id, patch);
  const never = neverAppliesText(criterion, stage, gate ? 'criterion' : 'trigger');
  const baseline = gate ? (criterion.baseline ?? null) : null;

  return (
    <div className="card rule-editor" role="group" aria-label={title}>
      <div className="rule-editor-head">
        <p className="rule-sentence">
          <span className="rule-number">{gate ? `Gate ${number}` : `Trigger ${number}`}</span>
          {criterionWords(criterion, { showRequired: gate })}
        </p>
        <button type="button" className="icon-button" aria-label={`Remove ${title}`} onClick={() => removeCriterion(stage.id, list, criterion.id)}>
          <Icon name="trash" />
        </button>
      </div>
      <div className="rule-grid">
        <div className="field span-2">
          <label htmlFor={`${id}-metric`}>Metric</label>
          <select
            id={`${id}-metric`}
            value={criterion.metric}
            aria-describedby={`${id}-metric-source`}
            onChange={(event) => update({ metric: event.target.value as MetricId })}
          >
            {metricIds.map((m) => (
              <option key={m} value={m}>
                {metricInfo[m].label}
                {metricInfo[m].unit === '' ? '' : ` (${metricInfo[m].unit})`}
              </option>
            ))}
          </select>
          <span className="hint" id={`${id}-metric-source`}>
            Data from {metricInfo[criterion.metric].source}.
            {metricInfo[criterion.metric].weekly && criterion.metric !== 'critical_incidents' ? ' Or from a weekly-figures file.' : ''}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-comparator`}>Comparator</label>
          <select id={`${id}-comparator`} value={criterion.comparator} onChange={(event) => update({ comparator: event.target.value as Comparator })}>
            {comparators.map((c) => (
              <option key={c} value={c}>
                {comparatorSigns[c]} {comparatorLabels[c]}
              </option>
            ))}
          </select>
        </div>
        {baseline === null ? (
          <NumberField
            id={`${id}-threshold`}
            label={`Threshold (${info.unit})`}
            value={criterion.threshold}
            rules={info.unit === '%' ? { min: 0, max: 100, percent: true } : { min: 0 }}
            suffix={info.unit}
            describeKept={(v) => `${v ?? 0} ${info.unit}`}
            onCommit={(threshold) => threshold !== null && update({ threshold })}
          />
        ) : (
          <NumberField
            id={`${id}-threshold`}
            label={info.unit === '%' ? 'Allowed difference (points)' : 'Allowed difference'}
            value={criterion.threshold}
            rules={info.unit === '%' ? { min: -100, max: 100 } : {}}
            hint="This stage minus the baseline: −0.2 with “at least” means not more than 0.2 below it."
            describeKept={(v) => String(v ?? 0)}
            onCommit={(threshold) => threshold !== null && update({ threshold })}
          />
        )}
        {gate && <BaselineFields key={criterion.id} criterion={criterion} stageStart={stage.plannedStart} onChange={update} />}
        <JudgingFields criterion={criterion} list={list} onChange={update} />
        <NumberField
          id={`${id}-min-sample`}
          label={`Minimum sample (${info.sampleUnit})`}
          value={criterion.minSample}
          rules={{ integer: true, min: 0 }}
          hint={`Fewer ${info.sampleUnit} than this gives “not enough data”.`}
          describeKept={(v) => `${v ?? 0} ${info.sampleUnit}`}
          onCommit={(minSample) => minSample !== null && update({ minSample })}
        />
        <div className="field checks span-3">
          <label className="check">
            <input type="checkbox" checked={!criterion.required} onChange={(event) => update({ required: !event.target.checked })} />
            {gate ? 'Advisory — evaluated and shown, does not block' : 'Advisory — shown, does not roll back'}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={criterion.everyGroup}
              disabled={baseline !== null && !criterion.everyGroup}
              onChange={(event) => update({ everyGroup: event.target.checked })}
            />
            {gate ? 'Must hold in every group' : 'Check every group (fires when any group meets it)'}
            {baseline !== null && <span className="hint"> (not with a baseline: the comparison is over the whole audience)</span>}
          </label>
        </div>
        <div className="field span-4">
          <label htmlFor={`${id}-note`}>Note</label>
          <input
            id={`${id}-note`}
            value={criterion.note}
            maxLength={500}
            placeholder="Why this rule, in a sentence"
            onChange={(event) => update({ note: event.target.value })}
          />
        </div>
      </div>
      {never !== null && (
        <p className="callout callout-warning rule-never-applies" role="alert">
          <Icon name="alert" size={14} />
          <span>
            <strong>This rule can never apply in this stage. </strong>
            {never} Change the timing or the stage’s duration.
          </span>
        </p>
      )}
      {gate && baseline === null && <SamplePlanNote stage={stage} criterion={criterion} />}
      {gate && baseline !== null && <BaselinePlanNote criterion={criterion} />}
    </div>
  );
}
