import { useId } from 'react';
import type { Audience, Stage } from '../../../shared/model/schema';
import { plural } from '../../format/numbers';
import { useAppStore } from '../../store/useAppStore';
import { NumberField } from './NumberField';

export type AudienceFieldsProps = {
  readonly stage: Stage;
};

const kinds: ReadonlyArray<{ kind: Audience['kind']; label: string }> = [
  { kind: 'users', label: 'Users' },
  { kind: 'traffic', label: 'Share of traffic' },
  { kind: 'all', label: 'All users' },
];

/** Who the stage reaches: a range of users, a share of traffic, or everyone. */
export function AudienceFields({ stage }: AudienceFieldsProps) {
  const id = useId();
  const updateStage = useAppStore((s) => s.updateStage);
  const { audience } = stage;
  const setAudience = (next: Audience): void => updateStage(stage.id, { audience: next });

  const switchTo = (kind: Audience['kind']): void => {
    if (kind === audience.kind) return;
    if (kind === 'users') setAudience({ kind: 'users', min: 0, max: 0 });
    else if (kind === 'traffic') setAudience({ kind: 'traffic', percent: 5 });
    else setAudience({ kind: 'all' });
  };

  return (
    <>
      <fieldset className="field span-2 audience-kind">
        <legend>Audience</legend>
        <div className="segmented">
          {kinds.map((k) => (
            <label key={k.kind} className={`segment${audience.kind === k.kind ? ' is-selected' : ''}`}>
              <input type="radio" name={`${id}-audience`} checked={audience.kind === k.kind} onChange={() => switchTo(k.kind)} />
              {k.label}
            </label>
          ))}
        </div>
      </fieldset>
      {audience.kind === 'users' && (
        <>
          <NumberField
            id={`${id}-min`}
            label="Users from"
            value={audience.min}
            rules={{ integer: true, min: 0, max: audience.max > 0 ? audience.max : undefined }}
            describeKept={(v) => plural(v ?? 0, 'user')}
            onCommit={(min) => min !== null && setAudience({ ...audience, min })}
          />
          <NumberField
            id={`${id}-max`}
            label="Users to"
            value={audience.max}
            rules={{ integer: true, min: Math.max(audience.min, 0) }}
            describeKept={(v) => plural(v ?? 0, 'user')}
            onCommit={(max) => max !== null && setAudience({ ...audience, max })}
          />
        </>
      )}
      {audience.kind === 'traffic' && (
        <NumberField
          id={`${id}-traffic`}
          label="Traffic (%)"
          value={audience.percent}
          rules={{ min: 0, max: 100 }}
          describeKept={(v) => `${v ?? 0}%`}
          onCommit={(percent) => percent !== null && setAudience({ kind: 'traffic', percent })}
          className="span-2"
        />
      )}
      {audience.kind === 'all' && <p className="hint span-2 audience-all">Every target user: no sample limit to plan.</p>}
    </>
  );
}
