// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, storedPlan } from '../render-app';
import { fixtureFile, samplePlan } from './data-fixtures';
import { storedChecksum } from '../../../shared/metrics/columnar-checksum';

async function openDataTab(plan = samplePlan()) {
  const app = renderApp({ plans: [plan] });
  await app.user.click(await screen.findByRole('tab', { name: 'Pilot data' }));
  return { ...app, plan };
}

const wizard = (fileName: string) => screen.findByRole('region', { name: `Import “${fileName}”` });

async function chooseFile(user: ReturnType<typeof renderApp>['user'], file: File) {
  await user.upload(screen.getByLabelText('Choose a CSV file'), file);
  return wizard(file.name);
}

async function importAndFinish(user: ReturnType<typeof renderApp>['user'], region: HTMLElement) {
  // Many rejected rows are a warning the user confirms before importing.
  const confirm = within(region).queryByRole('checkbox', { name: /import anyway/ });
  if (confirm) await user.click(confirm);
  await user.click(within(region).getByRole('button', { name: 'Import' }));
  await within(region).findByText(/rows? accepted/, {}, { timeout: 30_000 });
}

// The whole app renders in jsdom for each case: generous time for a loaded CI machine.
describe('pilot data tab', () => {
  it('shows what it detected and asks for the date order when the dates could be either', async () => {
    const { user } = await openDataTab();
    const region = await chooseFile(user, fixtureFile('usage-ambiguous-dates.csv'));

    expect((within(region).getByRole('combobox', { name: 'Kind of file' }) as HTMLSelectElement).value).toBe('usage');
    expect((within(region).getByRole('combobox', { name: 'Encoding' }) as HTMLSelectElement).value).toBe('utf-8');
    expect((within(region).getByRole('combobox', { name: 'Delimiter' }) as HTMLSelectElement).value).toBe(',');
    expect((within(region).getByRole('checkbox', { name: 'First row holds the column names' }) as HTMLInputElement).checked).toBe(true);

    const question = within(region).getByRole('group', { name: 'Which date order does this file use?' });
    expect(within(question).getByText(/03\/04\/2025/, { selector: 'p' })).toBeTruthy();
    const importButton = within(region).getByRole('button', { name: 'Import' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    expect(within(region).getByText('Answer the question above first.')).toBeTruthy();

    await user.click(within(question).getByRole('radio', { name: /^dd\/mm\/yyyy \(day first\)/ }));

    expect(within(region).queryByRole('group', { name: 'Which date order does this file use?' })).toBeNull();
    expect((within(region).getByRole('combobox', { name: 'Date format' }) as HTMLSelectElement).value).toBe('dmy');
    const preview = within(region).getByRole('table', { name: /Preview: the first 3 rows as they will be imported/ });
    expect(within(preview).getByText('2025-04-03')).toBeTruthy();
    // Dated outside the plan's stages: the file's stage is asked too.
    expect((within(region).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    const stage = within(region).getByRole('group', { name: 'Which stage does this file belong to?' });
    expect(within(stage).getByText(/3 rows are dated outside every stage/)).toBeTruthy();
    await user.click(within(stage).getByRole('radio', { name: /^By date/ }));
    expect((within(region).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('lets the user change the mapping, imports with it, and remembers it for the plan', async () => {
    const { user, store, api, plan } = await openDataTab();
    const region = await chooseFile(user, fixtureFile('quality-bom-semicolon-dmy-decimal-comma.csv'));
    expect((within(region).getByRole('combobox', { name: 'Delimiter' }) as HTMLSelectElement).value).toBe(';');
    expect((within(region).getByRole('checkbox', { name: /Decimal comma/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(region).getByRole('combobox', { name: 'Date format' }) as HTMLSelectElement).value).toBe('dmy');

    const group = within(region).getByRole('combobox', { name: 'Group' }) as HTMLSelectElement;
    expect(group.value).toBe('Team');
    expect(within(region).getByRole('columnheader', { name: 'Group' })).toBeTruthy();
    await user.selectOptions(group, '— Not in this file —');
    expect(within(region).queryByRole('columnheader', { name: 'Group' })).toBeNull();
    // Parsed values: decimal commas read as numbers, dates day first.
    const preview = within(region).getByRole('table', { name: /Preview/ });
    expect(within(preview).getByText('12.5')).toBeTruthy();
    expect(within(preview).getByText('2025-01-31')).toBeTruthy();

    await importAndFinish(user, region);
    expect(within(region).getByText('4 rows accepted')).toBeTruthy();
    await store.getState().flushSave();
    const saved = storedPlan(api, plan.id);
    expect(saved.imports).toHaveLength(1);
    expect(saved.imports[0]?.mapping.fields['group']).toBeNull();
    // The record is tied to its stored rows: another import's rows in their place are refused, not measured.
    const rows = api.storedImportData.get(`${plan.id}/${saved.imports[0]!.id}/rows`);
    expect(saved.imports[0]?.rowsChecksum).toBe(storedChecksum(rows!));
    expect(saved.columnMappings.quality?.fields['group']).toBeNull();
    expect(saved.columnMappings.quality?.fields['editingShare']).toBe('Editing share %');
  });

  it('groups rejected rows by reason with their line numbers, keeps warnings apart, and saves the rejected rows', async () => {
    const { user, api } = await openDataTab();
    const region = await chooseFile(user, fixtureFile('satisfaction-bad-rows.csv'));
    await importAndFinish(user, region);

    const rejected = within(region).getByRole('list', { name: 'Rejected rows by reason' });
    const rating = within(rejected).getByText('Rating outside 1–5').closest('li') as HTMLElement;
    expect(within(rating).getByText('1 row rejected')).toBeTruthy();
    expect(within(rating).getByText('Line 3')).toBeTruthy();
    expect(within(rating).getByText(/7/)).toBeTruthy();
    const warnings = within(region).getByRole('list', { name: 'Warnings' });
    expect(within(warnings).getByText('Date in the future')).toBeTruthy();
    expect(within(rejected).queryByText('Date in the future')).toBeNull();

    await user.click(within(region).getByRole('button', { name: 'Save rejected rows as CSV' }));
    await waitFor(() => expect(api.savedFiles).toHaveLength(1));
    const file = api.savedFiles[0]!;
    expect(file.fileName).toBe('satisfaction-bad-rows-rejected-rows.csv');
    // Line and reason first, then the file's own columns; a byte order mark so Excel reads accents right.
    expect(file.text).toMatch(/^\uFEFFLine,Reason,user_id,date,rating,comment,stage\r\n/i);
    expect(file.text).toContain('\r\n3,Rating 7');
  });

  it('detects a file imported before, and does not count it twice', async () => {
    const { user, store, api, plan } = await openDataTab();
    await user.click(screen.getByRole('button', { name: 'Load sample data: Usage / adoption' }));
    const first = await wizard('usage.csv');
    await within(first).findByText('212 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(first).getByRole('button', { name: 'Done' }));

    // Chosen again: the hash of the whole (small) file is known before importing.
    const again = await chooseFile(user, new File([await (await import('../../../samples/usage.csv?raw')).default], 'usage-copy.csv'));
    expect(within(again).getByText(/already imported on .* \(“usage\.csv”\)/)).toBeTruthy();
    expect((within(again).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));

    // Imported anyway (the sample button runs at once): caught after reading, before storing.
    await user.click(screen.getByRole('button', { name: 'Load sample data: Usage / adoption' }));
    const third = await wizard('usage.csv');
    await within(third).findByText(/It was not imported again/, {}, { timeout: 30_000 });
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).imports).toHaveLength(1);
    expect([...api.storedImportData.keys()].filter((k) => k.endsWith('/rows'))).toHaveLength(1);
  });

  it('offers to replace the earlier import when the same file is read with other columns', async () => {
    const { user, store, api, plan } = await openDataTab();
    await user.click(screen.getByRole('button', { name: 'Load sample data: Usage / adoption' }));
    const first = await wizard('usage.csv');
    await within(first).findByText('212 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(first).getByRole('button', { name: 'Done' }));
    const firstId = store.getState().plan!.imports[0]!.id;

    const again = await chooseFile(user, new File([await (await import('../../../samples/usage.csv?raw')).default], 'usage-again.csv'));
    // Same columns: refused. Another column left out: offered as a replacement.
    expect((within(again).getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(within(again).getByRole('combobox', { name: 'Group' }), '— Not in this file —');
    expect(within(again).getByText(/with other columns\. Importing it now replaces that import/)).toBeTruthy();
    const stage = within(again).queryByRole('group', { name: 'Which stage does this file belong to?' });
    if (stage) await user.click(within(stage).getByRole('radio', { name: /^By date/ }));
    await user.click(within(again).getByRole('button', { name: 'Import and replace the earlier import' }));
    await within(again).findByText('212 rows accepted', {}, { timeout: 30_000 });
    const imports = store.getState().plan!.imports;
    expect(imports.map((r) => r.fileName)).toEqual(['usage-again.csv']);
    expect(imports[0]!.id).not.toBe(firstId);
    expect(screen.getByText('Removed the import of “usage.csv”')).toBeTruthy();
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).imports.map((r) => r.fileName)).toEqual(['usage-again.csv']);
  });

  it('removes an import with Undo, and deletes its stored rows only once the Undo is gone', async () => {
    const { user, store, api, plan } = await openDataTab();
    await user.click(screen.getByRole('button', { name: 'Load sample data: Satisfaction' }));
    const region = await wizard('satisfaction.csv');
    await within(region).findByText('49 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(region).getByRole('button', { name: 'Done' }));
    const imports = screen.getByRole('table', { name: 'Imports (1)' });
    const rowsKey = [...api.storedImportData.keys()].find((k) => k.endsWith('/rows'))!;

    await user.click(within(imports).getByRole('button', { name: 'Remove import of satisfaction.csv' }));
    expect(screen.getByRole('heading', { name: 'Imports (0)' })).toBeTruthy();
    expect(screen.getByText('Removed the import of “satisfaction.csv”')).toBeTruthy();
    // An explicit pending step holds the removal (and the stored rows) while Undo is offered.
    expect(store.getState().pendingRemovals.map((r) => r.record.fileName)).toEqual(['satisfaction.csv']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().pendingRemovals).toEqual([]);
    expect(await screen.findByRole('heading', { name: 'Imports (1)' })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(api.storedImportData.has(rowsKey)).toBe(true);
    // The metrics come back without re-reading the file.
    await waitFor(() => expect(store.getState().pilotMetrics?.stages[0]?.total.satisfaction?.ratings).toBe(15));

    await user.click(screen.getByRole('button', { name: 'Remove import of satisfaction.csv' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    // The rows go once the Undo is gone and the plan without the import is stored (not before: a crash would leave an import without rows).
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).imports).toHaveLength(0);
    await waitFor(() => expect(api.storedImportData.has(rowsKey)).toBe(false));
    expect(store.getState().pendingRemovals).toEqual([]);
  });

  it('shows the metrics per stage and recomputes them when the editing limit changes', async () => {
    const { user } = await openDataTab();
    await user.click(screen.getByRole('button', { name: 'Load sample data: Output quality / editing time' }));
    const region = await wizard('quality.csv');
    await within(region).findByText('433 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(region).getByRole('button', { name: 'Done' }));

    const internal = await screen.findByRole('table', { name: /^Internal pilot/ });
    const whole = within(internal).getByRole('row', { name: /Whole stage/ });
    // samples/README.md: 90 of 108 outputs under 15% editing, mean 10.74% (shown 10.7%: one decimal from 10 up, as everywhere), median 8%.
    expect(within(whole).getByText('83.3%')).toBeTruthy();
    expect(within(whole).getByText('90 of 108')).toBeTruthy();
    expect(within(whole).getByText('10.7%')).toBeTruthy();

    const limit = screen.getByRole('textbox', { name: 'Editing limit (%)' });
    await user.clear(limit);
    await user.type(limit, '100');
    await waitFor(() => expect(within(screen.getByRole('table', { name: /^Internal pilot/ })).getByText('108 of 108')).toBeTruthy());
    expect(within(screen.getByRole('table', { name: /^Internal pilot/ })).getByRole('columnheader', { name: 'Under 100% editing' })).toBeTruthy();
  });

  it('recomputes adoption from the stored rows when a stage’s enrolment or start date changes', async () => {
    const { user, store, api } = await openDataTab();
    await user.click(screen.getByRole('button', { name: 'Load sample data: Usage / adoption' }));
    const region = await wizard('usage.csv');
    await within(region).findByText('212 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(region).getByRole('button', { name: 'Done' }));
    const week4 = () => within(screen.getByRole('table', { name: /^Internal pilot/ })).getByRole('row', { name: /^Week 4/ });
    // samples/README.md: 3 of 5 enrolled users active in week 4.
    await waitFor(() => expect(within(week4()).getByText('3 of 5')).toBeTruthy());

    let reads = 0;
    const load = api.loadImportData.bind(api);
    api.loadImportData = (...args) => {
      reads++;
      return load(...args);
    };
    const edit = (change: (s: ReturnType<typeof samplePlan>['stages'][number]) => object) =>
      store.getState().editPlan((p) => ({ ...p, stages: p.stages.map((s) => (s.name === 'Internal pilot' ? { ...s, ...change(s) } : s)) }));
    edit(() => ({ enrolledUsers: 6 }));
    await waitFor(() => expect(within(week4()).getByText('3 of 6')).toBeTruthy());
    expect(within(week4()).getByText('50%')).toBeTruthy();

    // Started a week earlier, the stage takes in the smoke-test rows and its old week 4 falls outside every stage.
    edit(() => ({ plannedStart: '2026-08-31' }));
    await waitFor(() =>
      // Testing Library folds the range's thin spaces (U+2009) into plain ones before matching.
      expect(screen.getByText('11 usage rows are dated outside every stage (Sep 28 – Oct 2, 2026).')).toBeTruthy(),
    );
    expect(reads).toBe(0);
  });

  it('updates the default thresholds from the test results', async () => {
    // 200 cases: what the medium tier asks for (an unconfirmed tier asks for the high tier's 500).
    const { user, store, api, plan } = await openDataTab(samplePlan({ riskTier: 'medium' }));
    await user.click(screen.getByRole('button', { name: 'Load sample data: Test results' }));
    const region = await wizard('test-results.csv');
    await within(region).findByText('200 rows accepted', {}, { timeout: 30_000 });
    await user.click(within(region).getByRole('button', { name: 'Done' }));

    const tests = await screen.findByRole('table', { name: 'Test results' });
    // samples/README.md: hallucinations 7 of 200, mean latency 1.918 s.
    expect(within(tests).getByText('7 of 200')).toBeTruthy();
    // No button: the thresholds the test results measure show the values by themselves, with file and date.
    expect(screen.queryByRole('button', { name: 'Update thresholds from test results' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Thresholds' }));
    const fromData = (metric: string): string =>
      within(screen.getByRole('group', { name: `Threshold: ${metric}` })).queryByText(/^Measured from the pilot data/)?.textContent ?? '';
    expect(fromData('Hallucination rate')).toBe('Measured from the pilot data: 3.5%');
    expect(fromData('Average response time')).toBe('Measured from the pilot data: 1.92 s');
    expect(fromData('System error rate')).toBe('');
    const hallucination = screen.getByRole('group', { name: 'Threshold: Hallucination rate' });
    expect(within(hallucination).getByText('Source: test-results.csv, imported Mar 10, 2026.')).toBeTruthy();
    expect(within(hallucination).getByText('Met')).toBeTruthy();
    // Derived, not stored: the plan keeps only what was typed by hand.
    await store.getState().flushSave();
    expect(storedPlan(api, plan.id).thresholds.every((t) => t.measured === null)).toBe(true);
  });

  it('says clearly when an import’s stored rows are missing, without breaking the tab', async () => {
    const plan = samplePlan();
    const record = {
      id: 'gone-import',
      kind: 'usage' as const,
      fileName: 'usage-2026.csv',
      bytes: 100,
      sha256: 'b'.repeat(64),
      importedAt: '2026-03-01T10:00:00.000Z',
      settings: { encoding: 'utf-8' as const, delimiter: ',' as const, hasHeader: true, decimalComma: false, dateFormat: 'iso' as const, percentScale: null },
      mapping: { kind: 'usage' as const, fields: { userId: 'user', date: 'date' }, latencyUnit: 'seconds' as const },
      headers: ['user', 'date'],
      records: 3,
      accepted: 3,
      rejected: 0,
      rejections: [],
      warnings: [],
      dateRange: null,
    };
    await openDataTab({ ...plan, imports: [record] });
    expect(await screen.findByText(/The imported rows are missing from this computer/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pilot metrics' })).toBeTruthy();
  });
});
