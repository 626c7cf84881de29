import { formatCount, formatDate, formatPlural } from '../format/format';
import { createCsvStream, csvFail, detectCsv, formatBytes, importFields, isBlankRecord, SAMPLE_BYTES, type CsvResult } from '../csv';
import { headerKey } from '../csv/mapping';
import { trimCell } from '../csv/values';
import { MAX_ENROLLED_GROUPS, MAX_GROUP_NAME_LENGTH } from '../model/schema';

/** A roster is a list of people, not a year of logs: anything larger is the wrong file. */
export const MAX_ROSTER_BYTES = 64 * 1024 * 1024;

/** What a roster file says about a stage's enrolment (SPEC §5: "enrolment from … a roster file"). */
export interface RosterCount {
  /** Distinct non-empty user ids (trimmed, case-sensitive, as the import reads them). */
  readonly users: number;
  /** Rows naming a user id an earlier row already named. */
  readonly duplicates: number;
  /** Non-blank rows whose user id cell is empty. */
  readonly withoutId: number;
  /** The first row was column names, not a user. */
  readonly hasHeader: boolean;
  /** The user id column's name (its header, or "Column 1"). */
  readonly userColumn: string;
  /** The group column's header; null when the roster has none (a group column is known by its header). */
  readonly groupColumn: string | null;
  /** Distinct users per group; empty without a group column. A user listed under two groups counts in both. */
  readonly byGroup: Readonly<Record<string, number>>;
  /** Users never listed with a group, when there is a group column. */
  readonly usersWithoutGroup: number;
}

const userAliases = importFields.usage.find((f) => f.id === 'userId')?.aliases ?? [];
const groupAliases = importFields.usage.find((f) => f.id === 'group')?.aliases ?? [];
// Roster exports name their id column more loosely than activity logs do.
const rosterUserAliases = [
  'id', 'ids', 'name', 'names', 'full name', 'display name', 'users', 'user ids', 'emails', 'email address',
  'e-mail address', 'employees', 'members', 'participants', 'people', 'login name', 'upn', 'roster',
];
const userKeys = new Set(userAliases.map(headerKey));
const looseUserKeys = new Set(rosterUserAliases.map(headerKey));
const groupKeys = new Set([...groupAliases, 'groups', 'teams', 'departments', 'roles'].map(headerKey));

const isUserHeader = (cell: string): boolean => userKeys.has(headerKey(cell)) || looseUserKeys.has(headerKey(cell));
/** "user id" before "name": a roster with both counts the ids. */
function userColumnOf(header: readonly string[]): number {
  const strict = header.findIndex((cell) => userKeys.has(headerKey(cell)));
  return strict !== -1 ? strict : Math.max(0, header.findIndex(isUserHeader));
}
const isGroupHeader = (cell: string): boolean => groupKeys.has(headerKey(cell));

/**
 * Counts the enrolled users of a roster file: one user id per row, a header row optional, an
 * optional group column. Encoding, delimiter and line breaks are detected by the pilot import's
 * own reader, and ids are trimmed and case-sensitive as the import reads them, so the roster's
 * "u1" is the usage file's "u1". The first row is a header only when it names a user or group
 * column ("user id", "email", "team"…): a roster's first user must not be dropped as a header,
 * and without one there is no telling a group column from any other, so only the first column counts.
 * Fails, as a value, for an empty or binary file and for one that names no user at all.
 */
export function countRoster(bytes: Uint8Array): CsvResult<RosterCount> {
  if (bytes.length > MAX_ROSTER_BYTES) {
    return csvFail('too_large', `This file is ${formatBytes(bytes.length)}; a roster file can be up to ${formatBytes(MAX_ROSTER_BYTES)}.`);
  }
  const complete = bytes.length <= SAMPLE_BYTES;
  const detected = detectCsv(complete ? bytes : bytes.subarray(0, SAMPLE_BYTES), { complete, overrides: { hasHeader: false } });
  if (!detected.ok) return detected;
  const { encoding, delimiter } = detected.value;

  const records: string[][] = [];
  const stream = createCsvStream({ encoding, delimiter }, (batch) => {
    for (const record of batch.records) if (!isBlankRecord(record)) records.push(record.map(trimCell));
  });
  try {
    stream.push(bytes);
    stream.end();
  } catch {
    return csvFail('line_too_long', 'The file could not be read as a list: a quote opened on one line is never closed.');
  }

  const first = records[0] ?? [];
  const hasHeader = first.some((cell) => isUserHeader(cell) || isGroupHeader(cell));
  const userIndex = hasHeader ? userColumnOf(first) : 0;
  const groupIndex = hasHeader ? first.findIndex((cell, i) => i !== userIndex && isGroupHeader(cell)) : -1;

  const seen = new Set<string>();
  const groups = new Map<string, Set<string>>();
  const grouped = new Set<string>();
  let duplicates = 0;
  let withoutId = 0;
  for (const record of hasHeader ? records.slice(1) : records) {
    const id = record[userIndex] ?? '';
    if (id === '') {
      withoutId++;
      continue;
    }
    if (seen.has(id)) duplicates++;
    else seen.add(id);
    const group = groupIndex === -1 ? '' : (record[groupIndex] ?? '');
    if (group === '') continue;
    let members = groups.get(group);
    if (members === undefined) groups.set(group, (members = new Set()));
    members.add(id);
    grouped.add(id);
  }

  if (seen.size === 0) {
    return csvFail(
      'no_data',
      hasHeader
        ? `The roster has column names but no user ids below “${first[userIndex] ?? ''}”.`
        : 'The roster has no user ids: put one user id per row, in the first column.',
    );
  }
  const longName = [...groups.keys()].find((name) => name.length > MAX_GROUP_NAME_LENGTH);
  if (longName !== undefined) {
    return csvFail(
      'no_data',
      `The column “${first[groupIndex] ?? ''}” holds a group name of ${formatCount(longName.length)} characters (at most ${formatCount(MAX_GROUP_NAME_LENGTH)}): is it really a group column?`,
    );
  }
  if (groups.size > MAX_ENROLLED_GROUPS) {
    return csvFail(
      'no_data',
      `The column “${first[groupIndex] ?? ''}” names ${formatCount(groups.size)} different groups, more than ${formatCount(MAX_ENROLLED_GROUPS)}: is it really a group column?`,
    );
  }

  const byGroup = Object.fromEntries([...groups].map(([name, members]) => [name, members.size] as const));
  return {
    ok: true,
    value: {
      users: seen.size,
      duplicates,
      withoutId,
      hasHeader,
      userColumn: hasHeader ? (first[userIndex] ?? 'Column 1') : 'Column 1',
      groupColumn: groupIndex === -1 ? null : (first[groupIndex] ?? null),
      byGroup,
      usersWithoutGroup: groupIndex === -1 ? 0 : seen.size - grouped.size,
    },
  };
}

const MAX_FILE_NAME = 200;


/**
 * The stage's `enrolmentSource`: which file the number came from, what was left out, and when —
 * "roster.csv — 12 users, 2 duplicates ignored, loaded Nov 22, 2026". Fits the schema's 500 characters.
 */
export function rosterSourceText(fileName: string, roster: RosterCount, loadedOn: string): string {
  const name = fileName.length > MAX_FILE_NAME ? `${fileName.slice(0, MAX_FILE_NAME - 1)}…` : fileName;
  const groupCount = Object.keys(roster.byGroup).length;
  const parts = [
    `${formatPlural(roster.users, 'user')}${groupCount > 0 ? ` in ${formatPlural(groupCount, 'group')}` : ''}`,
    ...(roster.duplicates > 0 ? [`${formatPlural(roster.duplicates, 'duplicate')} ignored`] : []),
    ...(roster.withoutId > 0 ? [`${formatPlural(roster.withoutId, 'row')} without a user id ignored`] : []),
    `loaded ${formatDate(loadedOn)}`,
  ];
  return `${name} — ${parts.join(', ')}`;
}
