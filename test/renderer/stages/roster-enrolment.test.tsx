// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../../shared/model/schema';
import { renderApp, storedPlan } from '../render-app';
import { pilotPlan } from './pilot-fixtures';

async function openEditor(plan: Plan = pilotPlan().plan) {
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Stages' }));
  await app.user.click(await screen.findByRole('radio', { name: 'Edit stage' }));
  const saved = async (): Promise<Plan> => {
    await app.store.getState().flushSave();
    return storedPlan(app.api, plan.id);
  };
  /** What a person does: click "Load roster file…" and pick the file. */
  const loadRoster = async (file: File): Promise<void> => {
    expect(screen.getByRole('button', { name: 'Load roster file…' })).toBeTruthy();
    await app.user.upload(screen.getByLabelText('Roster file'), file);
  };
  return { ...app, plan, saved, loadRoster };
}

const enrolled = () => screen.getByRole('textbox', { name: 'Enrolled users' }) as HTMLInputElement;
const csv = (text: string, name = 'roster.csv') => new File([text], name, { type: 'text/csv' });
const fixture = (name: string) => new File([readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', name))], name);

describe('enrolled users from a roster file', () => {
  it('counts the distinct user ids, shows where the number came from, and saves both', async () => {
    const { loadRoster, saved } = await openEditor();
    expect(enrolled().value).toBe('5');

    await loadRoster(csv('user_id\nu1\nu2\n\nu3\nu2\n u4 \n'));

    await waitFor(() => expect(enrolled().value).toBe('4'));
    const source = 'roster.csv — 4 users, 1 duplicate ignored, loaded Mar 10, 2026';
    expect(screen.getByText(`From ${source}`)).toBeTruthy();
    // The field names its source to a screen reader too.
    expect(enrolled().getAttribute('aria-describedby')).toContain(screen.getByText(`From ${source}`).id);
    const status = screen.getByRole('status', { name: 'Roster loaded' });
    expect(within(status).getByText('Enrolled users set to 4 from “roster.csv” (was 5).')).toBeTruthy();
    expect(within(status).getByText('The first row was read as column names; user ids come from “user_id”.')).toBeTruthy();
    expect(within(status).getByText('1 repeated user id counted once.')).toBeTruthy();

    const stage = (await saved()).stages[0];
    expect(stage).toMatchObject({ enrolledUsers: 4, enrolmentSource: source, enrolledByGroup: {} });
    // The stage header follows the new number.
    expect(screen.getByText(/· 4 enrolled$/)).toBeTruthy();
  });

  it('keeps the enrolment per group from a group column, and typing a number clears the roster’s source', async () => {
    const { loadRoster, saved, user } = await openEditor();
    await loadRoster(csv('Email;Team\na@x.org;Support\nb@x.org;Support\nc@x.org;Claims\nd@x.org;\n', 'pilot roster.csv'));

    await waitFor(() => expect(enrolled().value).toBe('4'));
    expect(screen.getByText(/^From pilot roster\.csv — 4 users in 2 groups, loaded Mar 10, 2026/)).toBeTruthy();
    expect(screen.getByText(/Per group: Support 2 · Claims 1\./)).toBeTruthy();
    expect(screen.getByText('1 user without a group.')).toBeTruthy();
    expect((await saved()).stages[0]).toMatchObject({ enrolledUsers: 4, enrolledByGroup: { Support: 2, Claims: 1 } });

    await user.tripleClick(enrolled());
    await user.keyboard('6');
    expect(screen.queryByText(/^From pilot roster\.csv/)).toBeNull();
    expect(screen.queryByRole('status', { name: 'Roster loaded' })?.textContent).toBe('');
    const stage = (await saved()).stages[0];
    expect(stage).toMatchObject({ enrolledUsers: 6, enrolmentSource: '', enrolledByGroup: {} });
    expect(planSchema.safeParse(await saved()).success).toBe(true);
  });

  it.each([
    ['an empty file', () => csv('', 'empty.csv'), /“empty\.csv” cannot be used as a roster: The file is empty\. Enrolled users are unchanged\./],
    ['column names only', () => csv('user id,team\n', 'header.csv'), /no user ids below “user id”/],
    ['a spreadsheet saved as .csv', () => fixture('workbook.xlsx.csv'), /an Excel workbook \(\.xlsx\), not a CSV file/],
    ['random bytes', () => fixture('random-binary.csv'), /does not look like text/],
  ])('says clearly why %s is no roster, and changes nothing', async (_name, file, message) => {
    const { loadRoster, saved, plan } = await openEditor();
    await loadRoster(file());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Enrolled users are unchanged\.$/);
    expect(enrolled().value).toBe('5');
    expect((await saved()).stages[0]).toEqual(plan.stages[0]);
  });

  it('replaces one roster with the next, and the first stage’s roster leaves the second stage alone', async () => {
    const { loadRoster, saved, user } = await openEditor();
    await loadRoster(csv('u1\nu2\nu3\n', 'week1.csv'));
    await waitFor(() => expect(enrolled().value).toBe('3'));
    expect(screen.getByText('No column names recognised: every row, the first included, is a user id from the first column.')).toBeTruthy();
    await loadRoster(csv('u1\nu2\nu3\nu4\nu5\nu6\nu7\n', 'week2.csv'));
    await waitFor(() => expect(enrolled().value).toBe('7'));
    expect(screen.getByText('Enrolled users set to 7 from “week2.csv” (was 3).')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^Stage 2:\s*Expanded pilot/ }));
    await waitFor(() => expect(enrolled().value).toBe('15'));
    expect(screen.queryByText(/^From /)).toBeNull();
    expect(screen.queryByRole('status', { name: 'Roster loaded' })?.textContent).toBe('');
    const [first, second] = (await saved()).stages;
    expect(first?.enrolmentSource).toMatch(/^week2\.csv — 7 users/);
    expect(second).toMatchObject({ enrolledUsers: 15, enrolmentSource: '' });
  });
});
