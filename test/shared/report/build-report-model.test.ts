import { describe, expect, it } from 'vitest';
import { computeReadiness } from '../../../shared/readiness/score';
import { BLOCKERS_SHOWN, buildReportModel, LATEST_DECISIONS } from '../../../shared/report/build-report-model';
import { planWithItems } from '../plan-fixture';
import type { ThresholdMeasurement } from '../../../shared/thresholds/data-measurements';
import { tallyThresholds } from '../../../shared/thresholds/threshold-status';
import { evaluatePlan } from '../../../shared/gates';
import type { ObservationLookup } from '../../../shared/gates/observations';
import { withUnavailableImports } from '../../../shared/metrics/unavailable-imports';
import { AFTER_WEEK_4, entry, evaluationsOf, importRecord, pilotLookup, pilotPlan } from '../decisions/fixtures';
import { GENERATED, modelOf } from './report-model-fixture';

describe('buildReportModel', () => {
  it('repeats plan, version, data sources and generation time for every page', () => {
    expect(modelOf(pilotPlan()).running).toEqual({
      planName: 'Claims triage assistant',
      // No decision recorded: the citable version is the first; the revision counts saves.
      version: 'Version 1',
      revision: 'Revision 7',
      versionNote: 'Cite the version: it advances with each decision or note recorded in the log. The revision counts every save.',
      generated: 'Generated Oct 5, 2026 14:05 (UTC+02:00)',
      data: 'Data: usage-weeks-1-4.csv (imported Oct 5, 2026)',
    });
  });

  it('says so when no data was imported, and names only a few files in the running line', () => {
    expect(modelOf(pilotPlan({ imports: [] })).running.data).toBe('Data: no pilot data imported');
    const many = [1, 2, 3, 4, 5].map((n) => importRecord({ id: `i${n}`, fileName: `file-${n}.csv` }));
    const model = modelOf(pilotPlan({ imports: many }));
    expect(model.running.data).toBe(
      // Two names keep the running footer on one line.
      'Data: file-1.csv (imported Oct 5, 2026); file-2.csv (imported Oct 5, 2026); and 3 more, listed under “Data sources”',
    );
    expect(model.dataSources.map((d) => d.fileName)).toEqual(['file-1.csv', 'file-2.csv', 'file-3.csv', 'file-4.csv', 'file-5.csv']);
    expect(model.dataSources[0]).toMatchObject({ kind: 'Usage / adoption', rows: '20 rows accepted, 0 rejected', period: 'Sep 7\u2009–\u2009Oct 4, 2026' });
  });

  // The usage file's stored rows damaged (checksum): the data sources listed it with its counts as if it were read.
  it('says in the data sources which file cannot be read here, and what to do', () => {
    const plan = pilotPlan();
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations: evaluationsOf(plan),
      decisions: [],
      lookup: pilotLookup,
      generatedAt: GENERATED,
      appendix: false,
      unreadableImports: [plan.imports[0]!.id],
    });
    expect(model.dataSources[0]?.unreadable).toBe(
      'its rows stored on this computer are missing or damaged, so none of its figures is used: remove the import on the Pilot data tab and import the file again',
    );
    expect(modelOf(plan).dataSources[0]?.unreadable).toBeNull();
  });

  // The footer of every page listed the damaged file as a source of the figures while the data sources said "Not read".
  it.each([
    ['the only file', ['u1'], 1, 'Data: file-1.csv (imported Oct 5, 2026; not read: stored rows missing or damaged)'],
    [
      'a file past the first two: named first, alone (two names and the note wrapped onto a third footer line)',
      ['u3'],
      3,
      'Data: file-3.csv (imported Oct 5, 2026; not read: stored rows missing or damaged); and 2 more, listed under “Data sources”',
    ],
    [
      'more unreadable files: counted',
      ['u1', 'u2', 'u4'],
      5,
      'Data: file-1.csv (imported Oct 5, 2026; not read: stored rows missing or damaged); and 4 more (2 not read), listed under “Data sources”',
    ],
  ])('the running data line says which file is not read: %s', (_, unreadable, count, expected) => {
    const imports = Array.from({ length: count }, (_, n) => importRecord({ id: `u${n + 1}`, fileName: `file-${n + 1}.csv` }));
    const plan = pilotPlan({ imports });
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations: evaluationsOf(plan),
      decisions: [],
      lookup: pilotLookup,
      generatedAt: GENERATED,
      appendix: false,
      unreadableImports: unreadable,
    });
    expect(model.running.data).toBe(expected);
  });

  // Paper said "200 rows accepted" of a file whose rows were all counted already: the Pilot data tab's warnings go to paper too.
  it.each([
    ['with pilot data: the warnings under the files', true, ['200 quality rows are the same, value for value, as rows of an earlier quality import.']],
    ['without pilot data: none', false, []],
  ])('says which rows the figures leave out, %s', (_name, withData, expected) => {
    const plan = withData ? pilotPlan() : pilotPlan({ imports: [] });
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations: evaluationsOf(plan),
      decisions: [],
      lookup: pilotLookup,
      generatedAt: GENERATED,
      appendix: false,
      dataWarnings: ['200 quality rows are the same, value for value, as rows of an earlier quality import.'],
    });
    expect(model.dataWarnings).toEqual(expected);
  });

  it('names beside each file its rows that count in no stage', () => {
    const plan = pilotPlan();
    const id = plan.imports[0]!.id;
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations: evaluationsOf(plan),
      decisions: [],
      lookup: pilotLookup,
      generatedAt: GENERATED,
      appendix: false,
      notCounted: { [id]: '2 not counted (dated outside every stage)' },
    });
    expect(model.dataSources[0]?.rows).toBe('20 rows accepted, 0 rejected, 2 not counted (dated outside every stage)');
    expect(modelOf(plan).dataSources[0]?.rows).toBe('20 rows accepted, 0 rejected');
  });

  it('describes the system, its purpose and the risk tier', () => {
    const model = modelOf(pilotPlan());
    expect(model.system.name).toBe('Claims triage');
    expect(model.system.facts).toContainEqual({ label: 'Purpose', value: 'Drafts first replies to claims.' });
    expect(model.system.facts).toContainEqual({ label: 'Must never be used for', value: 'Not described yet' });
    expect(model.tier.label).toBe('Medium — customer-facing, not critical');
    expect(modelOf(pilotPlan({ riskTier: null })).tier.label).toBe('Not confirmed');
  });

  it('lists readiness per area and every blocker with owner and due date', () => {
    const { readiness } = modelOf(pilotPlan());
    expect(readiness.headline).toBe('Not ready: 1 blocker');
    expect(readiness.overall).toBe('50%');
    expect(readiness.weakest).toBe('Area A (50%)');
    expect(readiness.areas.map((a) => [a.title, a.score, a.done, a.brief])).toEqual([
      ['Area A', '50%', '1 of 2 applicable items done', '1 of 2 done'],
      ['Area B', '—', 'Nothing applicable', 'nothing applicable'],
    ]);
    expect(readiness.blockers).toEqual([
      { question: 'Question i2', area: 'Area A', status: 'Not started', owner: 'Lee Park', due: '2026-09-30', overdue: true },
    ]);
  });

  it.each<[number, number, string | null]>([
    [1, 1, null],
    [BLOCKERS_SHOWN, BLOCKERS_SHOWN, null],
    [BLOCKERS_SHOWN + 1, BLOCKERS_SHOWN, 'and 1 more required item not done: the Readiness tab and the audit appendix list every one.'],
    [BLOCKERS_SHOWN + 30, BLOCKERS_SHOWN, 'and 30 more required items not done: the Readiness tab and the audit appendix list every one.'],
  ])('lists %i blockers as %i and counts the rest in words', (count, shown, more) => {
    const items = Array.from({ length: count }, (_, i) => ({ id: `b${i}`, areaId: 'a' }));
    const plan = { ...pilotPlan(), checklist: planWithItems(items).checklist };
    const { readiness } = modelOf(plan);
    expect(readiness.blockers).toHaveLength(shown);
    expect(readiness.moreBlockers).toBe(more);
  });

  it('lists thresholds met and missed with the reason each target was chosen', () => {
    const plan = pilotPlan();
    plan.thresholds.push({ id: 't2', metric: 'Error rate', comparator: '<', target: 1, unit: '%', reason: '', measured: { value: 3, date: '2026-10-02', source: '' } });
    const { thresholds } = modelOf(plan);
    expect(thresholds.summary).toBe('1 met, 1 not met, 0 not measured');
    expect(thresholds.rows).toEqual([
      { metric: 'Accuracy', target: 'above 90%', measured: '92% on Oct 1, 2026', sourceNote: 1, status: 'Met', tone: 'good', reason: 'Below 90% reviewers redo the work.', gateNote: null },
      { metric: 'Error rate', target: 'below 1%', measured: '3% on Oct 2, 2026', sourceNote: 2, status: 'Not met', tone: 'bad', reason: 'No reason written yet.', gateNote: null },
    ]);
    // The source is a numbered footnote, not five lines in the cell; a value typed in says so.
    expect(thresholds.sources).toEqual(['Test run 3: typed in by hand', 'No source given: typed in by hand']);
  });

  const typed = { value: 88, date: '2026-10-01', source: 'Test run 3' };
  const fromData = { value: 92, date: '2026-10-05', source: 'test-results.csv, imported 2026-10-05', basis: 'over 200 test cases', leftOut: null };
  const leftOut = '6 more cases whose correctness is unknown are left out';
  const partData = { ...fromData, basis: `over 194 test cases; ${leftOut}`, leftOut };
  it.each<[string, Omit<ThresholdMeasurement, 'threshold'> | null, string]>([
    ['typed in, no measurement given', null, 'Test run 3: typed in by hand'],
    ['typed in, no file measures it', { fromData: null, typed, disagrees: false, cannotMeasure: null }, 'Test run 3: typed in by hand'],
    ['read from the pilot data', { fromData, typed: null, disagrees: false, cannotMeasure: null }, 'test-results.csv, imported 2026-10-05'],
    [
      'read from the data, some cases left out',
      { fromData: partData, typed: null, disagrees: false, cannotMeasure: null },
      `test-results.csv, imported 2026-10-05; over 194 test cases; ${leftOut}`,
    ],
    [
      'read from the data, the typed value differing',
      { fromData, typed, disagrees: true, cannotMeasure: null },
      'test-results.csv, imported 2026-10-05; the value typed in by hand (88% on Oct 1, 2026) differs, and the data decide',
    ],
  ])('names where a measured value comes from: %s', (_, measurement, source) => {
    const plan = pilotPlan();
    const threshold = plan.thresholds[0]!;
    const judged = measurement?.fromData ? { ...threshold, measured: { value: 92, date: '2026-10-05', source: measurement.fromData.source } } : { ...threshold, measured: typed };
    const model = buildReportModel(
      { ...plan, thresholds: [judged] },
      {
        readiness: computeReadiness(plan, AFTER_WEEK_4),
        tally: tallyThresholds([judged]),
        stageEvaluations: evaluationsOf(plan),
        decisions: [],
        lookup: pilotLookup,
        generatedAt: GENERATED,
        appendix: false,
        ...(measurement ? { thresholdMeasurements: [{ threshold: judged, ...measurement }] } : {}),
      },
    );
    expect(model.thresholds.sources).toEqual([source]);
    expect(model.thresholds.rows[0]?.sourceNote).toBe(1);
  });

  // Before: 92.8% over 194 test cases printed "Met" for a medium-tier plan asking for 200 cases.
  it('prints "Not enough data" and why for a threshold measured on fewer test cases than the tier asks for', () => {
    const plan = pilotPlan();
    const tooFew = 'Only 194 test cases; the medium risk tier asks for at least 200 test cases.';
    const judged = { ...plan.thresholds[0]!, measured: { value: 92.8, date: '2026-10-05', source: fromData.source }, tooFew };
    const model = buildReportModel(
      { ...plan, thresholds: [judged] },
      {
        readiness: computeReadiness(plan, AFTER_WEEK_4),
        tally: tallyThresholds([judged]),
        stageEvaluations: evaluationsOf(plan),
        decisions: [],
        lookup: pilotLookup,
        generatedAt: GENERATED,
        appendix: false,
        thresholdMeasurements: [{ threshold: judged, fromData: { ...partData, value: 92.8 }, typed: null, disagrees: false, cannotMeasure: null, tooFew }],
      },
    );
    expect(model.thresholds.rows[0]).toMatchObject({ status: 'Not enough data', tone: 'warn', sourceNote: 1 });
    expect(model.thresholds.sources).toEqual([`test-results.csv, imported 2026-10-05; ${tooFew}`]);
    expect(model.thresholds.summary).toBe('0 met, 0 not met, 1 not enough data, 0 not measured');
  });

  // The test results listed but damaged in storage: the printed row said "—" and "Not measured" as if nothing were imported.
  it('prints "cannot measure" and why for a threshold whose file cannot be read', () => {
    const plan = pilotPlan();
    const judged = { ...plan.thresholds[0]!, measured: null };
    const cannotMeasure = 'The rows of “test-results.csv” are missing or damaged on this computer, so this cannot be measured from the imported files: remove that import on the Pilot data tab and import the file again.';
    const model = buildReportModel(
      { ...plan, thresholds: [judged] },
      {
        readiness: computeReadiness(plan, AFTER_WEEK_4),
        tally: tallyThresholds([judged]),
        stageEvaluations: evaluationsOf(plan),
        decisions: [],
        lookup: pilotLookup,
        generatedAt: GENERATED,
        appendix: false,
        thresholdMeasurements: [{ threshold: judged, fromData: null, typed, disagrees: false, cannotMeasure }],
      },
    );
    expect(model.thresholds.rows[0]).toMatchObject({ measured: 'cannot measure', sourceNote: 1, status: 'Not measured' });
    expect(model.thresholds.sources).toEqual([cannotMeasure]);
  });

  // The usage file listed but damaged: no chart, and the page said "No weekly pilot data for this stage yet" beside
  // four weeks of imported rows.
  it('says why a stage has no chart when its gates cannot be measured, never that it has no data', () => {
    const plan = pilotPlan();
    const lookup = withUnavailableImports(pilotLookup, [
      { kind: 'usage', fileName: 'usage-weeks-1-4.csv' },
      { kind: 'quality', fileName: 'quality.csv' },
    ]);
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations: evaluatePlan(plan, lookup, AFTER_WEEK_4),
      decisions: [],
      lookup,
      generatedAt: GENERATED,
      appendix: false,
    });
    const [first] = model.stages;
    expect(first?.charts).toEqual([]);
    expect(first?.noChartText).toBe('No chart: the gates’ figures cannot be measured (the reasons are above).');
  });

  // A sampled log's weeks were drawn with a Wilson band over the requests the rows stand for: narrower than the rows support.
  it('draws no interval band for weeks whose counts include a sampled log', () => {
    const plan = pilotPlan();
    const lookup: ObservationLookup = (stageId, metric) => {
      const base = pilotLookup(stageId, metric);
      if (base.status !== 'available') return base;
      return { ...base, overall: { weeks: base.overall.weeks.map((w) => ({ ...w, sampled: 'a sampled log' })), whole: base.overall.whole } };
    };
    const model = (l: ObservationLookup) =>
      buildReportModel(plan, { readiness: computeReadiness(plan, AFTER_WEEK_4), tally: tallyThresholds(plan.thresholds), stageEvaluations: evaluatePlan(plan, l, AFTER_WEEK_4), decisions: [], lookup: l, generatedAt: GENERATED, appendix: false });
    expect(model(pilotLookup).stages[0]?.charts[0]?.points[0]?.low).not.toBeNull();
    expect(model(lookup).stages[0]?.charts[0]?.points.map((p) => [p.low, p.high])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  // Before: weeks that had not begun (rows dated after today) were charted on paper as measured weeks.
  it.each([
    ['two weeks in', '2026-09-20T10:00:00.000+02:00', [1, 2], null],
    ['before the stage began', '2026-09-01T10:00:00.000+02:00', [], 'No chart: the stage’s weeks with rows have not begun, so those rows are dated after today (Sep 1, 2026); check the files’ dates.'],
  ])('does not chart weeks that have not begun on the summary’s day (%s)', (_, generatedAt, weeks, noChart) => {
    const plan = pilotPlan();
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations: evaluationsOf(plan),
      decisions: [],
      lookup: pilotLookup,
      generatedAt,
      appendix: false,
    });
    expect(model.stages[0]?.charts[0]?.points.map((p) => p.week) ?? []).toEqual(weeks);
    expect(model.stages[0]?.noChartText).toBe(noChart);
  });

  it('gives each stage its verdict, the reasons in plain language, and a chart of the deciding metric', () => {
    const [first, second] = modelOf(pilotPlan()).stages;
    expect(first).toMatchObject({ number: 1, name: 'Internal pilot', verdict: 'hold', verdictLabel: 'Hold', tone: 'warn' });
    expect(first?.reasons).toContain('Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.');
    expect(first?.results[0]).toMatchObject({ kind: 'Gate criterion', label: 'Adoption rate at least 50% at week 4 (min. 2 users) — required', status: 'Fail', tone: 'bad' });
    const chart = first?.charts[0];
    expect(chart).toMatchObject({ title: 'Adoption rate by week', thresholdText: 'at least 50%', judgedWeeks: [4], yMin: 0, yMax: 100, lastWeek: 4 });
    expect(chart?.points.map((p) => [p.week, p.value, p.meets])).toEqual([
      [1, 80, true],
      [2, 80, true],
      [3, 60, true],
      [4, 40, false],
    ]);
    expect(chart?.summary).toContain('Week 4: 40% (2 of 5 users) — misses the gate');
    expect(second).toMatchObject({ charts: [], noChartText: null });
    expect(second?.reasons[0]).toMatch(/no required gate criteria/i);
  });

  it('says no decisions were recorded yet, per stage and in the log section', () => {
    const model = modelOf(pilotPlan());
    expect(model.decisions).toEqual([]);
    expect(model.decisionsEmptyText).toBe('No decisions recorded yet.');
    expect(model.stages[0]?.decision).toBe('No decision recorded yet for this stage.');
    expect(model.stages[1]?.unlock).toBe('Stage 2 may not start yet: no proceed decision is recorded for stage 1.');
  });

  it('lists the latest decisions newest first, with recommendation, override and rationale', () => {
    const plan = pilotPlan();
    const hold = entry(plan, { at: '2026-10-05T10:00:00.000+02:00', rationale: 'Wait for week 5.' });
    const override = entry(plan, {
      at: '2026-10-06T09:00:00.000+02:00',
      decision: 'proceed',
      recommendation: 'hold',
      override: true,
      rationale: 'Week 4 was the holiday week; weeks 1–3 were above 60%.',
    });
    const model = modelOf(plan, [hold, override]);
    expect(model.decisions.map((d) => [d.decision, d.recommendation, d.override, d.rationale])).toEqual([
      ['Proceed', 'Hold', true, 'Week 4 was the holiday week; weeks 1–3 were above 60%.'],
      ['Hold', 'Hold', false, 'Wait for week 5.'],
    ]);
    expect(model.stages[0]?.decision).toBe(
      'Latest decision: proceed by Dana Kim on Oct 6, 2026, approved by Steering committee, overriding the recommendation “hold”.',
    );
    expect(model.stages[1]?.unlock).toMatch(/^Stage 2 may start: stage 1 proceed decision by Dana Kim on Oct 6, 2026/);
  });

  it('keeps the summary short: only the latest decisions, and corrected entries replaced by their correction', () => {
    const plan = pilotPlan();
    const many = Array.from({ length: 8 }, () => entry(plan, { decision: 'note', recommendation: 'hold' }));
    const correction = entry(plan, { decision: 'note', recommendation: 'hold', corrects: many[7]!.id, rationale: 'Corrected note.' });
    const model = modelOf(plan, [...many, correction]);
    expect(model.decisions).toHaveLength(LATEST_DECISIONS);
    expect(model.decisions.map((d) => d.id)).not.toContain(many[7]!.id);
    expect(model.decisions[0]?.corrects).toMatch(/^Corrects the entry of Oct 5, 2026/);
  });

  it('lists open risks: blockers, fired or trending triggers, gates that cannot be measured', () => {
    const plan = pilotPlan();
    plan.stages[0]!.criteria.push({ ...plan.stages[0]!.criteria[0]!, id: 'c-sat', metric: 'mean_satisfaction', threshold: 3.5 });
    const risks = modelOf(plan).risks;
    expect(risks.map((r) => r.kind)).toEqual(['Checklist blockers', 'Cannot be measured']);
    expect(risks[0]?.text).toBe('1 required checklist item not done, 1 overdue (listed under Readiness); the most urgent: “Question i2”.');
    expect(risks[1]?.text).toBe('Internal pilot: No usage file imported yet.');
  });

  // A damaged file makes a gate and the rollback trigger on its metric "cannot measure" for the same reason: the printed
  // open risks listed the same sentence twice for the stage.
  it('lists a reason once per stage when a gate and a trigger cannot be measured for it', () => {
    const plan = pilotPlan();
    const [first] = plan.stages;
    first!.criteria.push({ ...first!.criteria[0]!, id: 'c-sat', metric: 'mean_satisfaction', threshold: 3.5 });
    first!.triggers.push({ ...first!.triggers[0]!, id: 't-sat', metric: 'mean_satisfaction', comparator: '<', threshold: 3 });
    const evaluation = evaluationsOf(plan)[0]!;
    const unmeasurable = [...evaluation.criteria, ...evaluation.triggers].filter((r) => r.status === 'cannot_measure');
    expect(unmeasurable.map((r) => r.id)).toEqual(['c-sat', 't-sat']);
    const risks = modelOf(plan).risks.filter((r) => r.kind === 'Cannot be measured');
    expect(risks.map((r) => r.text)).toEqual(['Internal pilot: No usage file imported yet.']);
  });

  // A damaged quality.csv: the same long sentence for every stage pushed the printed sign-off onto a fourth Letter page.
  it('lists a reason shared by several stages once, naming the stages', () => {
    const plan = pilotPlan();
    const [first] = plan.stages;
    first!.criteria.push({ ...first!.criteria[0]!, id: 'c-sat', metric: 'mean_satisfaction', threshold: 3.5 });
    // The second stage judged like the first (its start is after the day the tests judge on).
    const [one, two] = evaluationsOf(plan);
    const unmeasurable = one!.criteria.filter((c) => c.status === 'cannot_measure');
    const stageEvaluations = [one!, { ...two!, criteria: [...two!.criteria, ...unmeasurable] }];
    const model = buildReportModel(plan, {
      readiness: computeReadiness(plan, AFTER_WEEK_4),
      tally: tallyThresholds(plan.thresholds),
      stageEvaluations,
      decisions: [],
      lookup: pilotLookup,
      generatedAt: GENERATED,
      appendix: false,
    });
    const risks = model.risks.filter((r) => r.kind === 'Cannot be measured');
    expect(risks.map((r) => r.text)).toEqual(['Internal pilot and Expanded pilot: No usage file imported yet.']);
  });

  it.each<[string, 'critical' | 'high' | 'medium', string[]]>([
    ['an open critical incident', 'critical', ['Internal pilot: 1 open: 1 critical (listed under Incidents).']],
    ['an open high incident', 'high', ['Internal pilot: 1 open: 1 high (listed under Incidents).']],
    ['an open medium incident (not a risk of its own)', 'medium', []],
  ])('counts %s among the open risks', (_, severity, texts) => {
    const incident = { id: 'x1', stageId: 's1', severity, openedAt: '2026-10-01T09:00', acknowledgedAt: null, resolvedAt: null, description: 'Wrong policy quoted', rollback: false };
    const risks = modelOf(pilotPlan({ incidents: [incident], incidentsKeptSince: '2026-09-07' })).risks;
    expect(risks.filter((r) => r.kind === 'Open incidents').map((r) => r.text)).toEqual(texts);
  });

  it('carries the communication plan and a sign-off block with the accountable owner', () => {
    const model = modelOf(pilotPlan({ communicationPlan: [{ id: 'r1', audience: 'risk', audienceLabel: '', what: 'Summary with appendix', when: 'per_gate', channel: 'E-mail', owner: 'Dana Kim' }] }));
    expect(model.communication).toEqual([{ audience: 'Risk and compliance', what: 'Summary with appendix', when: 'At every gate decision', channel: 'E-mail', owner: 'Dana Kim' }]);
    expect(model.signOff).toEqual([
      { role: 'Accountable owner', name: 'Dana Kim' },
      { role: 'Executive sponsor', name: '' },
      { role: 'Risk and compliance', name: '' },
    ]);
    expect(modelOf(pilotPlan({ communicationPlan: [] })).communication).toEqual([]);
  });

  it('has no appendix unless asked for', () => {
    expect(modelOf(pilotPlan()).appendix).toBeNull();
  });

  it('adds the full checklist and the whole log with its frozen evidence to the appendix', () => {
    const plan = pilotPlan();
    const decisions = Array.from({ length: 7 }, (_, i) => entry(plan, { decision: 'note', recommendation: 'hold', rationale: `Note ${i}` }));
    const corrected = entry(plan, { decision: 'note', recommendation: 'hold', corrects: decisions[0]!.id, author: 'Sam Ortiz' });
    const appendix = modelOf(plan, [...decisions, corrected], true).appendix;
    expect(appendix?.checklist.map((a) => a.title)).toEqual(['Area A', 'Area B']);
    expect(appendix?.checklist[0]?.items[0]).toMatchObject({ question: 'Question i1', required: 'Required', status: 'Done', owner: 'Dana Kim', evidence: 'Signed RACI' });
    expect(appendix?.checklist[1]?.items[0]).toMatchObject({ status: 'Not applicable', required: 'Recommended', statusReason: 'No customers involved' });
    expect(appendix?.log).toHaveLength(8);
    const old = appendix?.log.find((d) => d.id === decisions[0]!.id);
    expect(old?.correctedBy).toBe('Corrected by Sam Ortiz on Oct 5, 2026');
    expect(old?.evidence.verdict).toBe('Internal pilot: Hold');
    expect(old?.evidence.results[0]?.reason).toMatch(/^Adoption rate at week 4 is 2 of 5 users \(40%\); the gate needs at least 50%\. \[40%, sample 5, 95% interval 12–77%\]$/);
    expect(old?.evidence.facts).toContainEqual({ label: 'Plan revision', value: '7' });
    expect(old?.evidence.facts).toContainEqual({ label: 'Evaluated on', value: 'Oct 5, 2026' });
    // Each threshold with the target it was judged against then, which may have changed since.
    expect(old?.evidence.facts.find((f) => f.label === 'Thresholds')?.value).toBe('1 met, 0 not met, 0 not measured (Accuracy above 90%: met at 92%)');
    expect(old?.evidence.facts.find((f) => f.label === 'Data')?.value).toMatch(/^usage-weeks-1-4\.csv \(imported Oct 5, 2026, 20 rows, SHA-256 aaaaaaaaaaaa…\)$/);
  });
});
