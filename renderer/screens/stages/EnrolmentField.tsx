import { formatCount } from '../../../shared/format/format';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { Stage } from '../../../shared/model/schema';
import { rosterSourceText, type RosterCount } from '../../../shared/roster/count-roster';
import { Icon } from '../../components/Icon';
import { plural } from '../../format/numbers';
import { useAppStore } from '../../store/useAppStore';
import { NumberField } from './NumberField';
import { readRoster } from './read-roster';

export type EnrolmentFieldProps = {
  readonly stage: Stage;
};

type Outcome = { readonly ok: true; readonly lines: readonly string[] } | { readonly ok: false; readonly message: string };

/** Groups shown by name under the field; the rest are counted. */
const SHOWN_GROUPS = 8;

function groupLine(byGroup: Readonly<Record<string, number>>): string | null {
  const entries = Object.entries(byGroup);
  if (entries.length === 0) return null;
  const shown = entries.slice(0, SHOWN_GROUPS).map(([group, n]) => `${group} ${formatCount(n)}`);
  const more = entries.length > SHOWN_GROUPS ? ` and ${plural(entries.length - SHOWN_GROUPS, 'more group')}` : '';
  return `Per group: ${shown.join(' · ')}${more}.`;
}

/** What a loaded roster was read as, so a header taken for a user (or the reverse) is noticed. */
function loadedLines(fileName: string, roster: RosterCount, before: number | null): string[] {
  const was = before === null ? 'not set before' : `was ${formatCount(before)}`;
  return [
    `Enrolled users set to ${formatCount(roster.users)} from “${fileName}” (${was}).`,
    roster.hasHeader
      ? `The first row was read as column names; user ids come from “${roster.userColumn}”${roster.groupColumn ? `, groups from “${roster.groupColumn}”` : ''}.`
      : 'No column names recognised: every row, the first included, is a user id from the first column.',
    ...(roster.duplicates > 0 ? [`${plural(roster.duplicates, 'repeated user id')} counted once.`] : []),
    ...(roster.withoutId > 0 ? [`${plural(roster.withoutId, 'row')} without a user id left out.`] : []),
    ...(roster.usersWithoutGroup > 0 ? [`${plural(roster.usersWithoutGroup, 'user')} without a group.`] : []),
  ];
}

/**
 * Enrolled users, adoption's denominator (SPEC §5): typed, or counted from a roster file of user
 * ids. The stage keeps where the number came from; typing a number replaces the roster's.
 */
export function EnrolmentField({ stage }: EnrolmentFieldProps) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const updateStage = useAppStore((s) => s.updateStage);
  const today = useAppStore((s) => s.today);
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const sourceId = `${id}-source`;
  const groups = groupLine(stage.enrolledByGroup);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same (corrected) file again still counts as a change.
    event.target.value = '';
    if (!file) return;
    setReading(true);
    const result = await readRoster(file);
    setReading(false);
    if (!result.ok) {
      setOutcome({ ok: false, message: `“${file.name}” cannot be used as a roster: ${result.error.message} Enrolled users are unchanged.` });
      return;
    }
    const roster = result.value;
    setOutcome({ ok: true, lines: loadedLines(file.name, roster, stage.enrolledUsers) });
    updateStage(stage.id, {
      enrolledUsers: roster.users,
      enrolmentSource: rosterSourceText(file.name, roster, today),
      enrolledByGroup: roster.byGroup,
    });
  };

  return (
    <div className="span-4 enrolment">
      <div className="enrolment-row">
        <NumberField
          id={`${id}-enrolled`}
          label="Enrolled users"
          value={stage.enrolledUsers}
          rules={{ integer: true, min: 0, emptyMeansNull: true }}
          hint="Adoption’s denominator: adoption = active users ÷ enrolled users. Type it, or count it from a roster file."
          describedBy={stage.enrolmentSource ? sourceId : undefined}
          describeKept={(v) => (v === null ? 'no enrolment' : plural(v, 'user'))}
          // A typed number is no longer the roster's: its source and group counts would misstate it.
          onCommit={(value) => {
            setOutcome(null);
            updateStage(stage.id, { enrolledUsers: value, enrolmentSource: '', enrolledByGroup: {} });
          }}
          className="enrolment-number"
        />
        <button type="button" className="button enrolment-load" disabled={reading} onClick={() => fileRef.current?.click()}>
          <Icon name="upload" size={14} />
          {reading ? 'Reading roster…' : 'Load roster file…'}
        </button>
        <input
          ref={fileRef}
          type="file"
          hidden
          aria-label="Roster file"
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          onChange={(event) => void onChoose(event)}
        />
      </div>
      {stage.enrolmentSource && (
        <p id={sourceId} className="hint enrolment-source">
          <Icon name="file" size={13} /> From {stage.enrolmentSource}
          {groups && (
            <>
              <br />
              {groups}
            </>
          )}
        </p>
      )}
      <div role="status" aria-label="Roster loaded">
        {outcome?.ok === true && (
          <ul className="hint enrolment-outcome">
            {outcome.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {outcome?.ok === false && (
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
