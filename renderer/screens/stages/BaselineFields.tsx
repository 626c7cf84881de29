import { useId, useState } from 'react';
import { formatDateRange } from '../../../shared/format/format';
import { dayFromIso, isoFromDay } from '../../../shared/model/day-number';
import { metricInfo } from '../../../shared/model/metrics';
import type { Baseline, Criterion } from '../../../shared/model/schema';
import { useAppStore } from '../../store/useAppStore';

export type BaselineFieldsProps = {
  readonly criterion: Criterion;
  /** The stage's planned start: the default period is the four weeks before it. */
  readonly stageStart: string | null;
  readonly onChange: (patch: Pick<Partial<Criterion>, 'baseline' | 'threshold' | 'everyGroup'>) => void;
};

type BaselineKind = Baseline['kind'] | 'fixed';

const kindLabels: Record<BaselineKind, string> = {
  fixed: 'A fixed number',
  previous_stage: 'The previous stage',
  control_group: 'A control group',
  period: 'A period before the AI (dates)',
};

/** The four weeks before `start` (or before today when the stage has no start yet). */
export function defaultPeriod(start: string | null, today: string): { from: string; to: string } {
  const end = dayFromIso(start ?? today) ?? dayFromIso(today) ?? 0;
  return { from: isoFromDay(end - 28), to: isoFromDay(end - 1) };
}

const isDate = (text: string): boolean => dayFromIso(text) !== null;

/** Whether a metric can be compared with a baseline: shares (Newcombe) and means with a spread (Welch). */
export function canHaveBaseline(criterion: Pick<Criterion, 'metric'>): boolean {
  return metricInfo[criterion.metric].kind !== 'count' && criterion.metric !== 'median_editing_share';
}

/**
 * What a gate criterion compares with: a fixed number, the previous stage, or a control group.
 * Choosing a baseline turns the threshold into the allowed difference, starting at 0 ("not
 * worse than the baseline"), so a former 50% never silently becomes "+50 points".
 */
export function BaselineFields({ criterion, stageStart, onChange }: BaselineFieldsProps) {
  const id = useId();
  const today = useAppStore((s) => s.today);
  const baseline = criterion.baseline ?? null;
  const kind: BaselineKind = baseline?.kind ?? 'fixed';
  // The group name is a draft until it is not blank: the schema refuses an unnamed control group.
  const [group, setGroup] = useState(baseline?.kind === 'control_group' ? baseline.group : '');
  // The dates are drafts until both are dates in order: the schema refuses anything else.
  const [from, setFrom] = useState(baseline?.kind === 'period' ? baseline.from : '');
  const [to, setTo] = useState(baseline?.kind === 'period' ? baseline.to : '');
  const allowed = canHaveBaseline(criterion);
  const periodProblem =
    !isDate(from) || !isDate(to) ? 'Enter both dates as YYYY-MM-DD' : from > to ? 'The period ends before it starts' : null;
  // Saved all the same (the lead may be moving the stage next); the gate says "cannot measure" meanwhile.
  const reachesStage = periodProblem === null && stageStart !== null && to >= stageStart;
  const setPeriod = (nextFrom: string, nextTo: string): void => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (isDate(nextFrom) && isDate(nextTo) && nextFrom <= nextTo) onChange({ baseline: { kind: 'period', from: nextFrom, to: nextTo } });
  };

  const choose = (next: BaselineKind): void => {
    if (next === kind) return;
    if (next === 'fixed') onChange({ baseline: null });
    else {
      // A baseline is compared over the whole audience: "in every group" does not combine with it.
      const fromFixed = kind === 'fixed' ? { threshold: 0, everyGroup: false } : {};
      if (next === 'previous_stage') onChange({ baseline: { kind: next }, ...fromFixed });
      else if (next === 'period') {
        const period = isDate(from) && isDate(to) && from <= to ? { from, to } : defaultPeriod(stageStart, today);
        setFrom(period.from);
        setTo(period.to);
        onChange({ baseline: { kind: next, ...period }, ...fromFixed });
      } else {
        const name = group.trim() === '' ? 'Control' : group.trim();
        setGroup(name);
        onChange({ baseline: { kind: next, group: name }, ...fromFixed });
      }
    }
  };

  return (
    <>
      <div className="field span-2">
        <label htmlFor={`${id}-baseline`}>Compare with</label>
        <select
          id={`${id}-baseline`}
          value={kind}
          aria-describedby={allowed ? undefined : `${id}-baseline-hint`}
          onChange={(event) => choose(event.target.value as BaselineKind)}
        >
          {(Object.keys(kindLabels) as BaselineKind[]).map((k) => (
            <option key={k} value={k} disabled={k !== 'fixed' && !allowed && k !== kind}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
        {!allowed && (
          <span className="hint" id={`${id}-baseline-hint`}>
            Only shares and means can be compared with a baseline.
          </span>
        )}
      </div>
      {baseline?.kind === 'control_group' && (
        <div className="field span-2">
          <label htmlFor={`${id}-group`}>Control group (a value of the group column)</label>
          <input
            id={`${id}-group`}
            value={group}
            maxLength={200}
            aria-invalid={group.trim() === ''}
            onChange={(event) => {
              setGroup(event.target.value);
              const name = event.target.value.trim();
              if (name !== '') onChange({ baseline: { kind: 'control_group', group: name } });
            }}
          />
          {group.trim() === '' && <span className="field-error">Name the control group; “{baseline.group}” is kept until you do.</span>}
        </div>
      )}
      {baseline?.kind === 'period' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>Baseline from</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              aria-invalid={periodProblem !== null}
              aria-describedby={`${id}-period-hint`}
              onChange={(event) => setPeriod(event.target.value, to)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Baseline to</label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              aria-invalid={periodProblem !== null}
              aria-describedby={`${id}-period-hint`}
              onChange={(event) => setPeriod(from, event.target.value)}
            />
          </div>
          <p className="hint span-2" id={`${id}-period-hint`}>
            {periodProblem === null
              ? 'Rows of this metric dated in these days count as the baseline, whatever their stage: import the file that covers them.'
              : `${periodProblem}; ${formatDateRange(baseline.from, baseline.to)} is kept until you do.`}
          </p>
          {reachesStage && (
            <p className="field-error span-2" role="status">
              The period reaches into this stage (it starts on {stageStart}): the same rows would be on both sides, so the gate cannot measure. End the
              period before the stage starts.
            </p>
          )}
        </>
      )}
    </>
  );
}
