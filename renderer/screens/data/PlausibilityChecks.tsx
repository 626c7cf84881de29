import { useId } from 'react';
import type { CsvPreview } from '../../../shared/csv';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

export type PlausibilityChecksProps = {
  readonly preview: CsvPreview;
  readonly confirmed: boolean;
};

/** Figures that cannot be true or columns that are probably something else: confirmed before importing, or blocking. */
export function PlausibilityChecks({ preview, confirmed }: PlausibilityChecksProps) {
  const id = useId();
  const confirmImportWarnings = useAppStore((s) => s.confirmImportWarnings);
  const { warnings, blocked } = preview.plausibility;
  if (blocked) {
    return (
      <p className="callout callout-danger" role="alert">
        <Icon name="x-circle" />
        <span>{blocked}</span>
      </p>
    );
  }
  if (warnings.length === 0) return null;
  return (
    <div className="callout callout-warning plausibility" role="group" aria-labelledby={`${id}-title`}>
      <Icon name="alert" />
      <div>
        <p id={`${id}-title`} className="question-legend">
          Check before importing
        </p>
        <ul>
          {warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
        <label className="check-field">
          <input type="checkbox" checked={confirmed} onChange={(e) => confirmImportWarnings(e.target.checked)} />
          I checked {warnings.length === 1 ? 'this' : 'these'}: import anyway
        </label>
      </div>
    </div>
  );
}
