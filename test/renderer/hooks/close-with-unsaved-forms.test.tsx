// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserDesktop } from '../../../renderer/desktop/desktop-bridge';
import { unsavedForms } from '../../../renderer/store/unsaved-forms';
import { defaultSettings } from '../../../shared/model/schema';
import { makePlan, renderApp } from '../render-app';

/** Closing the window (or quitting, which closes it): `beforeunload`; true when the close was held. */
function closeWindow(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const form = () => screen.getByRole('region', { name: 'Record a decision' });
const rationale = () => within(form()).getByRole('textbox', { name: /^Rationale/ }) as HTMLTextAreaElement;

async function writeHalfADecision() {
  const plan = makePlan({}, 'team-workflow-pilot');
  const app = renderApp({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
  await app.user.click(await screen.findByRole('tab', { name: 'Decisions' }));
  await screen.findByRole('region', { name: 'Decision log' });
  await app.user.type(rationale(), 'Legal asked for two more');
  // A look at another tab keeps it (the draft waits in the store), as before.
  await app.user.click(screen.getByRole('tab', { name: 'Stages' }));
  await waitFor(() => expect(app.store.getState().save.status).toBe('saved'));
  return { ...app, plan };
}

/**
 * A half-written decision (or incident) waits per plan across tabs, but is never saved: closing the window or quitting
 * lost it without a word. The close now asks first.
 */
describe('closing the desktop window with a half-written form', { timeout: 20_000 }, () => {
  let close: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    window.rolloutDesktop = createBrowserDesktop(null);
    close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
  });
  afterEach(() => {
    delete window.rolloutDesktop;
    close.mockRestore();
  });

  it('asks “Discard the unsaved decision?”; Keep editing leaves the window open with the draft as written', async () => {
    const { user, store, plan } = await writeHalfADecision();
    expect(closeWindow()).toBe(true);
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard the unsaved decision?' });
    expect(within(dialog).getByRole('listitem').textContent).toBe(`A decision being written for “${plan.name}”, not yet recorded in its decision log.`);
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(close).not.toHaveBeenCalled();
    await user.click(screen.getByRole('tab', { name: 'Decisions' }));
    expect(rationale().value).toBe('Legal asked for two more');
    expect(unsavedForms(store.getState())).toHaveLength(1);
  });

  it('closes when the user chooses to discard it, and the close that follows is not held again', async () => {
    const { user, store } = await writeHalfADecision();
    expect(closeWindow()).toBe(true);
    // A second close (or quit) while the question is open asks nothing more.
    expect(closeWindow()).toBe(true);
    expect(await screen.findAllByRole('alertdialog')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Discard and close' }));
    expect(close).toHaveBeenCalledTimes(1);
    expect(unsavedForms(store.getState())).toEqual([]);
    expect(closeWindow()).toBe(false);
  });

  it('asks about an incident being added, and closes at once when a form was only opened', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const { store } = renderApp({ plans: [plan] });
    await waitFor(() => expect(store.getState().plan?.id).toBe(plan.id));
    const stageId = plan.stages[0]?.id ?? '';
    store.getState().keepFormDraft(`incident:${stageId}`, { severity: 'critical', openedAt: '', acknowledgedAt: '', resolvedAt: '', description: '', rollback: false, open: true });
    expect(closeWindow()).toBe(false);
    store.getState().keepFormDraft(`incident:${stageId}`, { severity: 'high', openedAt: '', acknowledgedAt: '', resolvedAt: '', description: 'Wrong claims routed', rollback: false, open: true });
    expect(closeWindow()).toBe(true);
    expect(await screen.findByRole('alertdialog', { name: 'Discard the unsaved incident?' })).toBeTruthy();
  });
});

describe('closing the browser tab with a half-written form', { timeout: 20_000 }, () => {
  it('has the browser ask before the tab goes', async () => {
    await writeHalfADecision();
    expect(closeWindow()).toBe(true);
    // The browser asks in its own words; the page shows nothing of its own.
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('lets the tab go when nothing is half-written', async () => {
    const plan = makePlan({}, 'team-workflow-pilot');
    const { store } = renderApp({ plans: [plan] });
    await waitFor(() => expect(store.getState().plan?.id).toBe(plan.id));
    expect(closeWindow()).toBe(false);
  });
});
