import { useId } from 'react';
import type { Criterion, JudgingPoint, Persistence } from '../../../shared/model/schema';
import type { RuleList } from '../../store/stages-slice';
import { NumberField } from './NumberField';

export type JudgingFieldsProps = {
  readonly criterion: Criterion;
  readonly list: RuleList;
  readonly onChange: (patch: Pick<Partial<Criterion>, 'judgedAt' | 'persistence'>) => void;
};

type PersistenceKind = Persistence['kind'] | 'none';

const judgingLabels: Record<JudgingPoint['kind'], string> = {
  week: 'At week N',
  stage_end: 'At the end of the stage',
  continuous: 'Every complete week',
};

// Plain words first; the exact rule ("persistence") is named in the hint under the field.
const persistenceLabels: Record<PersistenceKind, string> = {
  none: 'Once is enough',
  consecutive_weeks: 'In N weeks in a row',
  more_than_weeks: 'For longer than N weeks',
  after_days: 'Only after N days',
};

function defaultJudging(kind: JudgingPoint['kind']): JudgingPoint {
  return kind === 'week' ? { kind: 'week', week: 4 } : { kind };
}

function defaultPersistence(kind: PersistenceKind): Persistence | null {
  switch (kind) {
    case 'none':
      return null;
    case 'consecutive_weeks':
      return { kind, weeks: 2 };
    case 'more_than_weeks':
      return { kind, weeks: 2 };
    case 'after_days':
      return { kind, days: 90 };
  }
}

/** When a rule is judged, and how long its condition must persist. */
export function JudgingFields({ criterion, list, onChange }: JudgingFieldsProps) {
  const id = useId();
  const { judgedAt, persistence } = criterion;
  const persistenceKind: PersistenceKind = persistence?.kind ?? 'none';

  return (
    <>
      <div className="field-pair span-2">
        <div className="field">
          <label htmlFor={`${id}-judged`}>{list === 'criteria' ? 'Judged' : 'Checked'}</label>
          <select
            id={`${id}-judged`}
            value={judgedAt.kind}
            onChange={(event) => onChange({ judgedAt: defaultJudging(event.target.value as JudgingPoint['kind']) })}
          >
            {(Object.keys(judgingLabels) as JudgingPoint['kind'][]).map((k) => (
              <option key={k} value={k}>
                {judgingLabels[k]}
              </option>
            ))}
          </select>
        </div>
        {judgedAt.kind === 'week' && (
          <NumberField
            id={`${id}-week`}
            label="Week (N)"
            value={judgedAt.week}
            rules={{ integer: true, min: 1, max: 520 }}
            describeKept={(v) => `week ${v ?? 1}`}
            onCommit={(week) => week !== null && onChange({ judgedAt: { kind: 'week', week } })}
            className="narrow-number"
          />
        )}
      </div>
      <div className="field-pair span-2">
        <div className="field">
          <label htmlFor={`${id}-persistence`}>How long it must hold</label>
          <select
            id={`${id}-persistence`}
            aria-describedby={`${id}-persistence-hint`}
            value={persistenceKind}
            onChange={(event) => onChange({ persistence: defaultPersistence(event.target.value as PersistenceKind) })}
          >
            {(Object.keys(persistenceLabels) as PersistenceKind[]).map((k) => (
              <option key={k} value={k}>
                {persistenceLabels[k]}
              </option>
            ))}
          </select>
          <p id={`${id}-persistence-hint`} className="hint">
            Persistence rule: the result must hold this long before it counts.
          </p>
        </div>
        {persistence?.kind === 'after_days' && (
          <NumberField
            id={`${id}-days`}
            label="Days (N)"
            value={persistence.days}
            rules={{ integer: true, min: 0, max: 3650 }}
            describeKept={(v) => `${v ?? 0} days`}
            onCommit={(days) => days !== null && onChange({ persistence: { kind: 'after_days', days } })}
            className="narrow-number"
          />
        )}
        {persistence && persistence.kind !== 'after_days' && (
          <NumberField
            id={`${id}-weeks`}
            label="Weeks (N)"
            value={persistence.weeks}
            rules={{ integer: true, min: persistence.kind === 'consecutive_weeks' ? 1 : 0, max: 520 }}
            describeKept={(v) => `${v ?? 0} weeks`}
            onCommit={(weeks) => weeks !== null && onChange({ persistence: { kind: persistence.kind, weeks } })}
            className="narrow-number"
          />
        )}
      </div>
    </>
  );
}
