import { useState } from 'react';
import type { ImportRecord } from '../../../shared/model/import-record';
import { formatCount } from './figures';

type Group = ImportRecord['rejections'][number];

export type ReasonGroupListProps = {
  readonly groups: readonly Group[];
  /** 'rejected' rows were left out; 'warning' rows were imported and flagged. */
  readonly tone: 'rejected' | 'warning';
  readonly label: string;
};

const SHOWN = 5;

/** One entry per reason: its complete count, then example rows with their line numbers. */
export function ReasonGroupList({ groups, tone, label }: ReasonGroupListProps) {
  return (
    <ul className={`reason-groups reason-${tone}`} aria-label={label}>
      {groups.map((group) => (
        <ReasonGroupItem key={`${group.code}/${group.field ?? ''}`} group={group} tone={tone} />
      ))}
    </ul>
  );
}

function ReasonGroupItem({ group, tone }: { readonly group: Group; readonly tone: ReasonGroupListProps['tone'] }) {
  const [all, setAll] = useState(false);
  const examples = all ? group.examples : group.examples.slice(0, SHOWN);
  const rows = group.count === 1 ? 'row' : 'rows';
  const lineless = group.examples.every((e) => e.line === 0);
  return (
    <li className="reason-group">
      <p className="reason-title">
        <strong>{group.title}</strong>
        {!lineless && (
          <span className="reason-count">
            {formatCount(group.count)} {rows}
            {tone === 'rejected' ? ' rejected' : ''}
          </span>
        )}
      </p>
      <ul className="reason-examples">
        {examples.map((example, i) => (
          <li key={`${example.line}-${i}`}>
            {example.line > 0 && <span className="line-ref">Line {example.line}</span>}
            <span>{example.message}</span>
          </li>
        ))}
      </ul>
      {group.examples.length > SHOWN && (
        <button type="button" className="button subtle small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer examples' : `Show all ${group.examples.length} examples`}
        </button>
      )}
      {group.count > group.examples.length && !lineless && (
        <p className="hint">
          {formatCount(group.count - group.examples.length)} more {tone === 'rejected' ? 'are in the rejected-rows file' : 'like these'}.
        </p>
      )}
    </li>
  );
}
