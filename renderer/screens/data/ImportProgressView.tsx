import { formatBytes, type ImportProgress } from '../../../shared/csv';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';
import { formatCount } from './figures';

export type ImportProgressViewProps = {
  readonly progress: ImportProgress | null;
  readonly totalBytes: number;
  /** The rows are read; they are being stored. */
  readonly saving: boolean;
};

/** The running import: how far it is, in bytes and rows, and the way out. */
export function ImportProgressView({ progress, totalBytes, saving }: ImportProgressViewProps) {
  const cancelCsvImport = useAppStore((s) => s.cancelCsvImport);
  const bytes = saving ? totalBytes : (progress?.bytes ?? 0);
  const percent = totalBytes > 0 ? Math.min(100, Math.round((bytes / totalBytes) * 100)) : 0;
  const rows = progress ? progress.accepted + progress.rejected : 0;
  const text = saving
    ? `Storing ${formatCount(progress?.accepted ?? 0)} rows…`
    : `${formatCount(rows)} rows read (${formatBytes(bytes)} of ${formatBytes(totalBytes)})`;
  return (
    <div className="import-progress">
      <div className="import-progress-head">
        <Icon name="loader" className="spin" />
        <span>{saving ? 'Storing the imported rows' : 'Importing'}</span>
        <span className="muted">{percent}%</span>
      </div>
      <div
        className="import-progress-bar"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${text}`}
      >
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="hint" aria-live="polite">
        {text}
        {progress && progress.rejected > 0 ? ` · ${formatCount(progress.rejected)} rejected so far` : ''}
      </p>
      {!saving && (
        <div>
          <button type="button" className="button" onClick={cancelCsvImport}>
            <Icon name="x" size={14} />
            Cancel import
          </button>
        </div>
      )}
    </div>
  );
}
