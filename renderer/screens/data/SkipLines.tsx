import { useId } from 'react';
import type { CsvPreview } from '../../../shared/csv';
import { useAppStore } from '../../store/useAppStore';

export type SkipLinesProps = {
  readonly preview: CsvPreview;
};

/** Which lines are not data: what was detected (sep= line, more header lines) and the lines to skip at the top and bottom. */
export function SkipLines({ preview }: SkipLinesProps) {
  const id = useId();
  const setImportSettings = useAppStore((s) => s.setImportSettings);
  const { detection, settings } = preview;
  const extra = settings.extraHeaderRows ?? 0;
  const notes: string[] = [];
  const top = detection.skipTop ?? 0;
  if (top > 0 && settings.skipTop === top) notes.push(`skipped ${top === 1 ? 'the line' : `the ${top} lines`} above the table (a title or comments)`);
  if (detection.sepLine) notes.push('skipped Excel’s “sep=” line');
  if (extra > 0) notes.push(`skipped ${extra} header ${extra === 1 ? 'line' : 'lines'} under the column names`);
  // A tool's summary block under the table (after a blank line, shorter lines), found by the preview.
  const below = detection.skipBottom ?? 0;
  if (below > 0 && settings.skipBottom === below) notes.push(`skipped the last ${below === 1 ? 'line' : `${below} lines`}, notes under the table`);
  const totals = preview.rows.filter((r) => r.skipped !== null).map((r) => r.line);
  if (totals.length > 0) notes.push(`skipped the total or summary ${totals.length === 1 ? 'row on line' : 'rows on lines'} ${totals.join(', ')}`);
  const number = (value: string): number => Math.max(0, Math.min(1000, Math.floor(Number(value) || 0)));

  return (
    <div className="skip-lines">
      {notes.length > 0 && (
        <p className="hint" role="status">
          Not data: {notes.join('; ')}.
        </p>
      )}
      <div className="read-settings">
        <div className="field narrow">
          <label htmlFor={`${id}-top`}>Lines to skip at the top</label>
          <input id={`${id}-top`} type="number" min={0} max={1000} value={settings.skipTop ?? 0} onChange={(e) => setImportSettings({ skipTop: number(e.target.value) })} />
        </div>
        {settings.hasHeader && (
          <div className="field narrow">
            <label htmlFor={`${id}-extra`}>Header lines under the column names</label>
            <input
              id={`${id}-extra`}
              type="number"
              min={0}
              max={10}
              value={extra}
              onChange={(e) => setImportSettings({ extraHeaderRows: Math.min(10, number(e.target.value)) })}
            />
          </div>
        )}
        <div className="field narrow">
          <label htmlFor={`${id}-bottom`}>Lines to skip at the bottom</label>
          <input
            id={`${id}-bottom`}
            type="number"
            min={0}
            max={1000}
            value={settings.skipBottom ?? 0}
            onChange={(e) => setImportSettings({ skipBottom: number(e.target.value) })}
          />
        </div>
      </div>
    </div>
  );
}
