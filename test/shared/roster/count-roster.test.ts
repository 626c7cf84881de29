import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ENROLLED_GROUPS, stageSchema } from '../../../shared/model/schema';
import { countRoster, rosterSourceText, type RosterCount } from '../../../shared/roster/count-roster';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));

function counted(bytes: Uint8Array): RosterCount {
  const result = countRoster(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('countRoster', () => {
  it.each([
    ['one id per row, no header', utf8('alice\nbob\ncarol\n'), { users: 3, duplicates: 0, hasHeader: false, userColumn: 'Column 1' }],
    ['a header row', utf8('user_id\nalice\nbob\ncarol'), { users: 3, hasHeader: true, userColumn: 'user_id' }],
    ['a loose roster header ("Name")', utf8('Name\nAlice Martin\nBo Chen'), { users: 2, hasHeader: true, userColumn: 'Name' }],
    ['an "Email" header', utf8('Email\na@x.org\nb@x.org\n'), { users: 2, hasHeader: true }],
    ['duplicates ignored', utf8('user\nu1\nu2\nu1\nu3\nu2\n'), { users: 3, duplicates: 2 }],
    ['blank lines skipped, not counted', utf8('u1\n\n\nu2\n   \nu3\n\n'), { users: 3, duplicates: 0, withoutId: 0 }],
    ['ids trimmed', utf8('u1\n  u1  \n\tu2\n'), { users: 2, duplicates: 1 }],
    ['ids case-sensitive, like the import', utf8('u1\nU1\nu1\n'), { users: 2, duplicates: 1 }],
    ['CRLF line breaks', utf8('user id\r\nu1\r\nu2\r\n'), { users: 2, hasHeader: true }],
    ['UTF-8 with BOM, semicolons and a group column', withBom('Benutzer;Team\nu1;Support\nu2;Support\nu3;Sales\n'), {
      users: 3,
      hasHeader: true,
      userColumn: 'Benutzer',
      groupColumn: 'Team',
      byGroup: { Support: 2, Sales: 1 },
    }],
    ['UTF-16 with tabs', utf16le('employee id\tdepartment\r\nE-1\tClaims\r\nE-2\tClaims\r\n'), { users: 2, groupColumn: 'department', byGroup: { Claims: 2 } }],
    ['the id column before a name column, found by its header', utf8('team,name,user id\nSupport,Alice,u1\nSales,Bo,u2\n'), {
      users: 2,
      userColumn: 'user id',
      groupColumn: 'team',
      byGroup: { Support: 1, Sales: 1 },
    }],
    ['rows without an id counted apart', utf8('user,team\nu1,A\n,A\nu2,B\n'), { users: 2, withoutId: 1 }],
    ['users without a group counted apart', utf8('user,team\nu1,A\nu2,\nu3,B\n'), { users: 3, byGroup: { A: 1, B: 1 }, usersWithoutGroup: 1 }],
    ['a user listed under two groups counts in both', utf8('user,team\nu1,A\nu1,B\n'), { users: 1, duplicates: 1, byGroup: { A: 1, B: 1 } }],
    ['no header: other columns are not taken for groups', utf8('u1,Support\nu2,Sales\n'), { users: 2, groupColumn: null, byGroup: {} }],
    ['a quoted id with the delimiter in it', utf8('user\n"Chen, Bo"\n"Martin, Alice"\n'), { users: 2 }],
  ])('%s', (_name, bytes, expected) => {
    expect(counted(bytes)).toMatchObject(expected);
  });

  it('reads a large roster past the detection sample', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `user-${String(i).padStart(6, '0')}`);
    const roster = counted(utf8(`user id\n${ids.join('\n')}\n${ids.slice(0, 10).join('\n')}\n`));
    expect(roster).toMatchObject({ users: 20_000, duplicates: 10 });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty', /empty/],
    ['only blank lines', utf8('\n \n\t\n'), 'empty', /empty/],
    ['a header and nothing else', fixture('header-only.csv'), 'no_data', /no user ids/],
    ['a header with empty ids below', utf8('user,team\n,A\n,B\n'), 'no_data', /no user ids below “user”/],
    ['random bytes', fixture('random-binary.csv'), 'binary', /not look like text|not a CSV file/],
    ['an Excel workbook renamed to .csv', fixture('workbook.xlsx.csv'), 'binary', /Excel/],
  ])('refuses %s with a message', (_name, bytes, reason, message) => {
    const result = countRoster(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe(reason);
    expect(result.error.message).toMatch(message);
  });

  it('refuses a "group" column holding text longer than a group name', () => {
    const result = countRoster(utf8(`user,team\nu1,${'long '.repeat(50)}\n`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/group name of 249 characters \(at most 200\)/);
  });

  it('gives group counts the stage schema accepts', () => {
    const roster = counted(utf8('user,team\nu1,Support\nu2,Legal & Compliance\nu3,Équipe 3\n'));
    expect(stageSchema.shape.enrolledByGroup.safeParse(roster.byGroup).success).toBe(true);
  });

  it('refuses a "group" column with more groups than the plan keeps', () => {
    const rows = Array.from({ length: MAX_ENROLLED_GROUPS + 1 }, (_, i) => `u${i},g${i}`);
    const result = countRoster(utf8(`user,group\n${rows.join('\n')}`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/is it really a group column/);
  });
});

describe('rosterSourceText', () => {
  const roster = (over: Partial<RosterCount> = {}): RosterCount => ({
    users: 12,
    duplicates: 0,
    withoutId: 0,
    hasHeader: true,
    userColumn: 'user',
    groupColumn: null,
    byGroup: {},
    usersWithoutGroup: 0,
    ...over,
  });

  it.each([
    [roster(), 'roster.csv — 12 users, loaded Nov 22, 2026'],
    [roster({ duplicates: 2 }), 'roster.csv — 12 users, 2 duplicates ignored, loaded Nov 22, 2026'],
    [roster({ users: 1, duplicates: 1, withoutId: 1 }), 'roster.csv — 1 user, 1 duplicate ignored, 1 row without a user id ignored, loaded Nov 22, 2026'],
    [roster({ byGroup: { A: 7, B: 5 }, groupColumn: 'team' }), 'roster.csv — 12 users in 2 groups, loaded Nov 22, 2026'],
    [roster({ users: 1234 }), 'roster.csv — 1,234 users, loaded Nov 22, 2026'],
  ])('says where the number came from: %#', (count, text) => {
    expect(rosterSourceText('roster.csv', count, '2026-11-22')).toBe(text);
  });

  it('fits the schema however long the file name', () => {
    const text = rosterSourceText(`${'x'.repeat(600)}.csv`, roster({ duplicates: 99_999, withoutId: 99_999, byGroup: { A: 1 } }), '2026-11-22');
    expect(stageSchema.shape.enrolmentSource.safeParse(text).success).toBe(true);
  });
});
