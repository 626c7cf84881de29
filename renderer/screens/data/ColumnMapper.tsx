import { useId } from 'react';
import { importFields, resolveMapping, type CsvPreview } from '../../../shared/csv';
import { useAppStore } from '../../store/useAppStore';
import { columnLabels } from './column-labels';

export type ColumnMapperProps = {
  readonly preview: CsvPreview;
};

const NOT_MAPPED = '';

/** Which column feeds each field: proposed from the headers (or remembered for this plan), changed with one select per field. */
export function ColumnMapper({ preview }: ColumnMapperProps) {
  const id = useId();
  const setImportField = useAppStore((s) => s.setImportField);
  const setImportSettings = useAppStore((s) => s.setImportSettings);
  const { mapping, headers } = preview;
  const mapped = resolveMapping(mapping, headers);
  const labels = columnLabels(preview);

  return (
    <fieldset className="import-step">
      <legend className="import-step-title">Columns</legend>
      <p className="hint">Proposed from the column names and values. A column feeds one field; fields left out are not imported.</p>
      <div className="column-mapper">
        {importFields[preview.kind].map((field) => {
          const column = mapped.get(field.id);
          const evidence = preview.mappingEvidence.find((e) => e.field === field.id && e.column === column);
          return (
            <div className="field" key={field.id}>
              <label htmlFor={`${id}-${field.id}`}>
                {field.label}
                {field.required && <span className="required-mark"> (required)</span>}
              </label>
              <select
                id={`${id}-${field.id}`}
                value={column === undefined ? NOT_MAPPED : headers[column]}
                onChange={(e) => setImportField(field.id, e.target.value === NOT_MAPPED ? null : e.target.value)}
              >
                <option value={NOT_MAPPED}>— Not in this file —</option>
                {headers.map((header, c) => (
                  <option key={header} value={header}>
                    {labels[c]}
                  </option>
                ))}
              </select>
              {evidence && (
                <p className={evidence.strength === 'weak' ? 'hint weak-guess' : 'hint'}>
                  {evidence.strength === 'weak' ? `A guess, please check: ${evidence.reason}.` : `${evidence.reason}.`}
                </p>
              )}
            </div>
          );
        })}
        {(preview.kind === 'test_results' || preview.kind === 'operations') && mapped.has('latency') && !preview.questions.some((q) => q.setting === 'latencyUnit') && (
          <div className="field">
            <label htmlFor={`${id}-latency-unit`}>Latency unit</label>
            <select
              id={`${id}-latency-unit`}
              value={mapping.latencyUnit}
              onChange={(e) => setImportSettings({ latencyUnit: e.target.value === 'milliseconds' ? 'milliseconds' : 'seconds' })}
            >
              <option value="seconds">Seconds</option>
              <option value="milliseconds">Milliseconds</option>
            </select>
          </div>
        )}
      </div>
      {preview.unusedColumns.length > 0 && (
        <details className="unused-columns">
          <summary>
            {preview.unusedColumns.length === 1 ? '1 column is not imported' : `${preview.unusedColumns.length} columns are not imported`}
          </summary>
          <ul aria-label="Columns not imported">
            {preview.unusedColumns.map((c) => (
              <li key={c.header}>
                <strong>{c.header}</strong>: {c.reason}.
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.mappingProblems.length > 0 && (
        <ul className="problem-list" aria-label="Mapping problems">
          {preview.mappingProblems.map((problem) => (
            <li key={problem} className="field-error">
              {problem}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
