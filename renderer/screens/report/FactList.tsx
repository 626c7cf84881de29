import type { Fact } from '../../../shared/report/report-model';

export type FactListProps = {
  readonly facts: readonly Fact[];
  readonly className?: string;
};

/** Label–value pairs; values are user text, rendered as text. */
export function FactList({ facts, className }: FactListProps) {
  return (
    <dl className={`report-facts${className ? ` ${className}` : ''}`}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
