import type { KeyboardEvent } from 'react';
import { audienceLabels, audiences, cadenceLabels, cadences, type CommunicationRow } from '../../../shared/model/communication';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

export type CommunicationRowEditorProps = {
  readonly row: CommunicationRow;
  readonly number: number;
};

/** Channel and owner are one line each: Enter does not add a line break. */
const singleLine = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
  if (event.key === 'Enter') event.preventDefault();
};

/** One row of the communication plan as a table row of fields; every field is saved as it is typed. */
export function CommunicationRowEditor({ row, number }: CommunicationRowEditorProps) {
  const update = useAppStore((s) => s.updateCommunicationRow);
  const remove = useAppStore((s) => s.removeCommunicationRow);
  const name = `Row ${number}: ${row.audienceLabel.trim() || audienceLabels[row.audience]}`;

  return (
    <tr aria-label={name}>
      <td>
        <select aria-label="Audience" value={row.audience} onChange={(event) => update(row.id, { audience: event.target.value as CommunicationRow['audience'] })}>
          {audiences.map((a) => (
            <option key={a} value={a}>
              {audienceLabels[a]}
            </option>
          ))}
        </select>
        <input
          aria-label="Audience name"
          className="comm-label"
          value={row.audienceLabel}
          maxLength={200}
          placeholder="Name it (optional)"
          onChange={(event) => update(row.id, { audienceLabel: event.target.value })}
        />
      </td>
      <td>
        <textarea
          aria-label="What they receive"
          rows={2}
          value={row.what}
          maxLength={2000}
          onChange={(event) => update(row.id, { what: event.target.value })}
        />
      </td>
      <td>
        <select aria-label="When" value={row.when} onChange={(event) => update(row.id, { when: event.target.value as CommunicationRow['when'] })}>
          {cadences.map((c) => (
            <option key={c} value={c}>
              {cadenceLabels[c]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {/* One-line text areas that grow: a long channel or owner wraps instead of being cut off. */}
        <textarea
          className="comm-short"
          aria-label="Channel"
          rows={1}
          value={row.channel}
          maxLength={300}
          onKeyDown={singleLine}
          onChange={(event) => update(row.id, { channel: event.target.value })}
        />
      </td>
      <td>
        <textarea
          className="comm-short"
          aria-label="Owner"
          rows={1}
          value={row.owner}
          maxLength={300}
          placeholder="Who sends it"
          onKeyDown={singleLine}
          onChange={(event) => update(row.id, { owner: event.target.value })}
        />
      </td>
      <td className="comm-actions">
        <button type="button" className="icon-button" aria-label={`Remove ${name}`} onClick={() => remove(row.id)}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}
