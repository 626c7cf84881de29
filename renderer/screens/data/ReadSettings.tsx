import { useId } from 'react';
import {
  csvDelimiters,
  csvEncodings,
  dateFormatLabels,
  dateFormats,
  delimiterLabels,
  resolveMapping,
  type CsvEncoding,
  type CsvPreview,
  type CsvSettings,
  type DateFormat,
  type PercentScale,
} from '../../../shared/csv';
import type { WorkbookSource } from '../../store/workbook-wizard';
import { useAppStore } from '../../store/useAppStore';
import { SkipLines } from './SkipLines';
import { SheetSelect } from './WorkbookSheetStep';
import { WorkbookNotes } from './WorkbookNotes';

export const encodingLabels: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

export const percentScaleLabels: Record<PercentScale, string> = {
  percent: 'Percentages (0–100)',
  fraction: 'Fractions (0–1, multiplied by 100)',
};

// Plain words, with the exact term in brackets for the expert.
const lineEndingWords = {
  lf: 'Mac and Linux line breaks (LF)',
  crlf: 'Windows line breaks (CRLF)',
  cr: 'old Mac line breaks (CR)',
  mixed: 'mixed line breaks',
  none: 'one line',
};

export type ReadSettingsProps = {
  readonly preview: CsvPreview;
  /** An Excel workbook's sheet: encoding, delimiter and decimal mark do not apply (cells hold typed values). */
  readonly workbook?: WorkbookSource | null;
};

/** How the file is read: every detected setting, each one changeable. */
export function ReadSettings({ preview, workbook = null }: ReadSettingsProps) {
  const id = useId();
  const setImportSettings = useAppStore((s) => s.setImportSettings);
  const { detection, settings } = preview;
  const mapped = resolveMapping(preview.mapping, preview.headers);
  const detected = [
    `${encodingLabels[detection.encoding]}${detection.bom ? ' with byte order mark' : ''}`,
    delimiterLabels[detection.delimiter].toLowerCase(),
    detection.hasHeader ? 'header row' : 'no header row',
    detection.decimalComma ? 'decimal comma' : 'decimal point',
    lineEndingWords[detection.lineEnding],
  ];
  const set = (patch: Partial<CsvSettings>) => setImportSettings(patch);

  return (
    <fieldset className="import-step">
      <legend className="import-step-title">How the file is read</legend>
      {workbook ? (
        <>
          <SheetSelect workbook={workbook} />
          <WorkbookNotes workbook={workbook} />
        </>
      ) : (
        <p className="hint">Detected: {detected.join(' · ')}</p>
      )}
      <div className="read-settings">
        {!workbook && (
          <>
            <div className="field">
              <label htmlFor={`${id}-enc`}>Encoding</label>
              <select id={`${id}-enc`} value={settings.encoding} onChange={(e) => set({ encoding: e.target.value as CsvEncoding })}>
                {csvEncodings.map((encoding) => (
                  <option key={encoding} value={encoding}>
                    {encodingLabels[encoding]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-delim`}>Delimiter</label>
              <select
                id={`${id}-delim`}
                value={settings.delimiter}
                onChange={(e) => set({ delimiter: e.target.value as CsvSettings['delimiter'] })}
              >
                {csvDelimiters.map((delimiter) => (
                  <option key={delimiter} value={delimiter}>
                    {delimiterLabels[delimiter]}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        {mapped.has('date') && (
          <div className="field">
            <label htmlFor={`${id}-date`}>Date format</label>
            <select
              id={`${id}-date`}
              value={settings.dateFormat ?? ''}
              onChange={(e) => e.target.value && set({ dateFormat: e.target.value as DateFormat })}
            >
              {settings.dateFormat === null && <option value="">Choose the date order…</option>}
              {dateFormats.map((format) => (
                <option key={format} value={format}>
                  {dateFormatLabels[format]}
                </option>
              ))}
            </select>
          </div>
        )}
        {mapped.has('editingShare') && (
          <div className="field">
            <label htmlFor={`${id}-pct`}>Editing share written as</label>
            <select
              id={`${id}-pct`}
              value={settings.percentScale ?? ''}
              onChange={(e) => e.target.value && set({ percentScale: e.target.value as PercentScale })}
            >
              {settings.percentScale === null && <option value="">Choose…</option>}
              <option value="percent">{percentScaleLabels.percent}</option>
              <option value="fraction">{percentScaleLabels.fraction}</option>
            </select>
          </div>
        )}
        <label className="check-field">
          <input type="checkbox" checked={settings.hasHeader} onChange={(e) => set({ hasHeader: e.target.checked })} />
          First row holds the column names
        </label>
        {!workbook && (
          <label className="check-field">
            <input type="checkbox" checked={settings.decimalComma} onChange={(e) => set({ decimalComma: e.target.checked })} />
            Decimal comma (12,5 means twelve and a half)
          </label>
        )}
      </div>
      <SkipLines preview={preview} />
    </fieldset>
  );
}
