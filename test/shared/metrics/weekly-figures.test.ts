import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeIncidents, responseShare } from '../../../shared/incidents';
import type { ImportKind, RowByKind } from '../../../shared/csv/kinds';
import { previewCsv } from '../../../shared/csv/preview';
import type { CsvSettings } from '../../../shared/csv/settings';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import type { MetricObservations } from '../../../shared/gates/observations';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import type { Columns } from '../../../shared/metrics/columns';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { withWeeklyFigures } from '../../../shared/metrics/figure-observations';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { handValuesUsed, withHandValues } from '../../../shared/metrics/hand-values';
import { importBytes, summaryOf, utf8 } from '../csv/helpers';
import { criterion, ctx } from '../gates/fixtures';
import { stage } from './fixtures';

/** A file through the preview and the real importer into columns, as the wizard does. */
function columnsOf<K extends ImportKind>(kind: K, text: string, settings: Partial<CsvSettings> = {}): Columns {
  const bytes = utf8(text);
  const preview = previewCsv(bytes, { totalBytes: bytes.length, kind, settings });
  if (!preview.ok) throw new Error(preview.error.message);
  expect(preview.value.questions).toEqual([]);
  const collected = importBytes(bytes, { kind, mapping: preview.value.mapping, settings: preview.value.settings });
  summaryOf(collected.result);
  const builder = createColumnsBuilder(kind);
  builder.appendBatch(collected.rows as RowByKind[K][]);
  return builder.finish();
}

const stages = [stage('Pilot', '2026-09-07', 4, 5)];
const pilot = stages[0]!.id;
const names = new Map([['fig', 'figures.csv'], ['fig2', 'more-figures.csv']]);

const figuresCsv = [
  'week,metric,value,numerator,denominator,sample,team',
  '1,error_rate,,12,1800,,',
  '2,error_rate,2.5%,,,,',
  '1,Mean satisfaction,4.2,,,38,',
  '1,approval_rate,,90,100,,Support',
  '1,approval_rate,,40,50,,Claims',
].join('\n');

function lookupWith(columns: Record<string, Columns>) {
  const metrics = computeMetrics(columns, stages, { editingShareLimit: 15 });
  return withWeeklyFigures(observationLookup(metrics), metrics.figures ?? [], names);
}

const available = (obs: MetricObservations) => {
  if (obs.status !== 'available') throw new Error(`unmeasurable: ${obs.why.message}`);
  return obs;
};

describe('weekly figures in the gate evaluation (issue 10)', () => {
  const lookup = lookupWith({ fig: columnsOf('weekly_figures', figuresCsv, { fileStage: 'Pilot' }) });

  it('gives a share from counts its counts (so its interval), and a bare value none', () => {
    const obs = available(lookup(pilot, 'error_rate'));
    expect(obs.overall.weeks).toMatchObject([
      { week: 1, value: (100 * 12) / 1800, successes: 12, trials: 1800, handRecorded: { source: 'a weekly-figures file “figures.csv”' } },
      { week: 2, value: 2.5, successes: null, trials: null, sample: 0 },
    ]);
  });

  it.each<[string, Parameters<typeof criterion>[0], string]>([
    [
      'counts: judged with the counts, labelled with the file',
      { metric: 'error_rate', comparator: '<', threshold: 2, judgedAt: { kind: 'week', week: 1 } },
      'Error rate at week 1 is 12 of 1,800 requests (0.67%), from a weekly-figures file “figures.csv”; the gate needs below 2%.',
    ],
    [
      'a mean with its sample',
      { metric: 'mean_satisfaction', comparator: '>=', threshold: 4, judgedAt: { kind: 'week', week: 1 } },
      'Mean satisfaction at week 1 is 4.2/5 (38 ratings), from a weekly-figures file “figures.csv”; the gate needs at least 4/5.',
    ],
  ])('%s', (_name, input, reason) => {
    const result = evaluateCriterion(criterion(input), lookup(pilot, input.metric), ctx('2026-09-30'));
    expect(result.reason).toBe(reason);
  });

  it('keeps groups apart, so "in every group" can be judged', () => {
    const obs = available(lookup(pilot, 'approval_rate'));
    expect([...obs.groups.keys()].sort()).toEqual(['Claims', 'Support']);
    expect(obs.groups.get('Claims')?.weeks[0]).toMatchObject({ successes: 40, trials: 50 });
  });

  it('leaves a metric no figure names to the files', () => {
    expect(lookup(pilot, 'adoption_rate').status).toBe('unmeasurable');
  });
});

describe('two sources for one week: the app cannot tell, and says so', () => {
  const operations = columnsOf('operations', 'date,requests,errors\n2026-09-07,1000,10\n2026-09-08,800,2\n2026-09-15,900,9\n');

  it.each<[string, string, number, number | null, RegExp | null]>([
    ['the row-level file and a figure disagree on week 1', '1,error_rate,,30,1800', 1, null, /two figures: 0\.67% from the imported rows and 1\.67% from a weekly-figures file “figures\.csv”.*cannot tell which is right/],
    ['they agree to one decimal: the rows count', '1,error_rate,0.67%,,', 1, (100 * 12) / 1800, null],
    ['a figure for a week the rows do not cover is used', '3,error_rate,,5,1000', 3, 0.5, null],
  ])('%s', (_name, row, week, value, why) => {
    const figures = columnsOf('weekly_figures', `week,metric,value,numerator,denominator\n${row}\n`, { fileStage: 'Pilot' });
    const obs = available(lookupWith({ ops: operations, fig: figures })(pilot, 'error_rate'));
    const judged = obs.overall.weeks.find((w) => w.week === week);
    expect(judged?.value ?? null).toEqual(value === null ? null : expect.closeTo(value, 6));
    if (why) expect(judged?.whyNoValue).toMatch(why);
  });

  it('two disagreeing figures for one week cannot be told apart, and neither can the stage', () => {
    const a = columnsOf('weekly_figures', 'week,metric,value\n1,approval_rate,96%\n', { fileStage: 'Pilot' });
    const b = columnsOf('weekly_figures', 'week,metric,value\n1,approval_rate,90%\n', { fileStage: 'Pilot' });
    const obs = available(lookupWith({ fig: a, fig2: b })(pilot, 'approval_rate'));
    expect(obs.overall.weeks[0]).toMatchObject({ week: 1, value: null, whyNoValue: expect.stringMatching(/two different weekly figures \(96% .*90% .*of another file\)/) });
    expect(obs.overall.whole).toMatchObject({ value: null });
    const result = evaluateCriterion(criterion({ metric: 'approval_rate', comparator: '>', threshold: 95, judgedAt: { kind: 'week', week: 1 } }), obs, ctx('2026-09-30'));
    expect(result.status).toBe('cannot_measure');
  });

  it('sets hand values aside where a weekly-figures file measures the metric', () => {
    const files = lookupWith({ fig: columnsOf('weekly_figures', 'week,metric,value\n1,approval_rate,96%\n', { fileStage: 'Pilot' }) });
    const hand = { id: 'h1', stageId: pilot, metric: 'approval_rate' as const, week: 1, figure: { kind: 'value' as const, value: 80, sample: 10 }, source: 'QA sheet', note: '', recordedAt: '2026-09-20T10:00:00.000Z' };
    expect(handValuesUsed(files, pilot, 'approval_rate')).toBe(false);
    expect(available(withHandValues(files, [hand])(pilot, 'approval_rate')).overall.weeks[0]?.value).toBe(96);
  });
});

describe('the bundled samples (figures checked by hand in samples/README.md)', () => {
  const samples = resolve(import.meta.dirname, '../../../samples');
  const planStages = [stage('Internal pilot', '2026-09-07', 4, 5), stage('Expanded pilot', '2026-10-05', 4, 15), stage('Full rollout', '2026-11-02', null)];

  it('weekly-figures.csv: error rate 18 of 2,400 and 21 of 2,650 in the Full rollout, bare values without counts', () => {
    const columns = columnsOf('weekly_figures', readFileSync(resolve(samples, 'weekly-figures.csv'), 'utf8'));
    expect(columns.rowCount).toBe(8);
    const metrics = computeMetrics({ fig: columns }, planStages, { editingShareLimit: 15 });
    const lookup = withWeeklyFigures(observationLookup(metrics), metrics.figures ?? [], names);
    const full = planStages[2]!.id;
    expect(available(lookup(full, 'error_rate')).overall.weeks.map((w) => [w.week, w.successes, w.trials])).toEqual([
      [1, 18, 2400],
      [2, 21, 2650],
    ]);
    expect(available(lookup(full, 'error_rate')).overall.whole).toMatchObject({ successes: 39, trials: 5050 });
    expect(available(lookup(full, 'satisfaction_top2_share')).overall.weeks.map((w) => [w.value, w.successes])).toEqual([
      [72, null],
      [76, null],
    ]);
  });

  it.each<[string, { added: number; notAdded: number }, readonly string[]]>([
    ['incidents.csv', { added: 4, notAdded: 0 }, ['medium', 'low', 'high', 'high']],
    ['incidents-critical.csv', { added: 1, notAdded: 0 }, ['critical']],
  ])('%s goes into the register', (file, counts, severities) => {
    const columns = columnsOf('incidents', readFileSync(resolve(samples, file), 'utf8'));
    if (columns.kind !== 'incidents') throw new Error('not incidents');
    const merge = mergeIncidents([], columns, planStages);
    expect({ added: merge.added, notAdded: merge.notAdded }).toEqual(counts);
    expect(merge.incidents.map((i) => i.severity)).toEqual(severities);
    expect(responseShare(merge.incidents, '2026-11-22T10:00').within).toBe(file === 'incidents.csv' ? 3 : 1);
  });
});
