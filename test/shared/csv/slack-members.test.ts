/**
 * Slack's member analytics (Analytics › Members, exported as CSV): one row per member over the chosen period, no date
 * of use. Its fields, as Slack's help ("Understand the data in your Slack analytics dashboard") and guides describing the
 * Members tab list them: name, what I do, account type (Member, Guest…), account created, billing-active, messages
 * posted, messages posted in channels, reactions added, days since last active, days active (overall and per platform),
 * user ID, e-mail; the titles are written from those descriptions.
 * Before, the file was suggested as usage with "Account created (UTC)" as the date (every member landing in the week
 * they joined, most before the pilot), "Billing-active" as whether each was active, and, without an e-mail or user id,
 * "Account type" as the user: every member one person called "Member".
 */
import { describe, expect, it } from 'vitest';
import { namesACategory, namesAccountDate, qualifiesActive } from '../../../shared/csv/header-words';
import { previewText } from './helpers';

const members = [
  'Name,What I do,Account type,Account created (UTC),Billing-active,Messages posted,Messages posted in channels,Reactions added,Days since last active,Days active,Days active (Desktop),Days active (iOS),Days active (Android),User ID,Email',
  'Ana Ruiz,Claims,Member,2024-01-10,true,240,120,35,1,18,18,3,0,U01AAA,ana@contoso.com',
  'Ben Li,Claims,Member,2024-02-01,false,0,0,0,95,0,0,0,0,U01BBB,ben@contoso.com',
  'Cy Park,Underwriting,Member,2025-03-03,true,12,2,1,23,4,4,0,0,U01CCC,cy@contoso.com',
  'Di Moss,Underwriting,Single-Channel Guest,2026-03-02,true,3,3,0,25,2,2,0,0,U01DDD,di@contoso.com',
].join('\n');

/** The same members without ids or e-mails, dates as Slack's web table shows them. */
const membersByName = [
  'Name,Account type,Account created (UTC),Claimed Date (UTC),Days active,Days active (Android),Last active (UTC)',
  'Ana Ruiz,Member,"Jan 10, 2024","Jan 10, 2024",18,0,"Mar 27, 2026"',
  'Ben Li,Member,"Feb 1, 2024","Feb 1, 2024",0,0,"Dec 12, 2025"',
  'Cy Park,Member,"Mar 3, 2025","Mar 3, 2025",4,0,"Mar 5, 2026"',
  'Di Moss,Guest,"Mar 2, 2026","Mar 2, 2026",2,0,"Mar 3, 2026"',
].join('\n');

describe('Slack member analytics', () => {
  it('no date of use: the account date is never the date, nor "Billing-active" the active yes/no; the date is asked', () => {
    const preview = previewText(members, 'usage');
    expect(preview.mapping.fields).toMatchObject({ userId: 'User ID', date: null, active: null, uses: 'Days active' });
    expect(preview.mappingProblems).toEqual(['Choose the column for: Date or week number.']);
    expect(preview.unusedColumns.find((c) => c.header === 'Account created (UTC)')?.reason).toBe('the date a person was invited, joined or enrolled, not a date of use');
  });

  it('without ids, neither "Account type" nor a column of dates is the user; the user is asked', () => {
    const preview = previewText(membersByName, 'usage');
    expect(preview.mapping.fields['userId']).toBeNull();
    expect(preview.mappingProblems).toContain('Choose the column for: User ID.');
    // "Days active (Android)" is 0 throughout: an amount of days, not a yes/no about activity.
    expect(preview.plausibility.warnings.map((w) => w.code)).not.toContain('activity_flag_unread');
  });

  it.each<[string, boolean]>([
    ['Account created (UTC)', true],
    ['Claimed Date (UTC)', true],
    ['Deactivated date (UTC)', true],
    ['created_at', false],
    ['Created', false],
  ])('“%s” is an account date: %s', (header, account) => {
    expect(namesAccountDate(header)).toBe(account);
  });

  it.each<[string, boolean]>([
    ['Account type', true],
    ['User role', true],
    ['Status', true],
    ['Plan tier', true],
    ['User ID', false],
    ['Email', false],
    ['Account', false],
    ['Typeform response', false],
  ])('“%s” names a kind of thing: %s', (header, category) => {
    expect(namesACategory(header)).toBe(category);
  });

  it.each<[string, boolean]>([
    ['Billing-active', true],
    ['is_active', false],
  ])('“%s” qualifies "active": %s', (header, qualified) => {
    expect(qualifiesActive(header)).toBe(qualified);
  });
});
