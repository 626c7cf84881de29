import { formatDate, formatDateRange, formatList } from '../format/format';
import { currentEntries, entryDate, newestFirst } from '../decisions/decision-log';
import type { DecisionEntry } from '../decisions/schema';
import { stageUnlocks } from '../decisions/stage-unlocks';
import type { ObservationLookup } from '../gates/observations';
import type { StageEvaluation } from '../gates/stage-verdict';
import { audienceLabels, cadenceLabels } from '../model/communication';
import { comparatorLabels, itemStatusLabels, minTestSetSize, riskTierLabels } from '../model/enums';
import type { Plan, Threshold } from '../model/schema';
import type { ReadinessSummary } from '../readiness/score';
import { readinessWeights } from '../readiness/weights';
import type { ThresholdMeasurement } from '../thresholds/data-measurements';
import { gateContrast } from '../thresholds/gate-contrast';
import { tallyText, thresholdStatus, thresholdStatusLabels, type ThresholdStatus, type ThresholdTally } from '../thresholds/threshold-status';
import { buildAppendix } from './appendix';
import { bottomLine } from './bottom-line';
import { citableVersion } from './citable-version';
import { decisionRow } from './decision-rows';
import { handValueSection } from './hand-value-lines';
import { incidentSection, openIncidentWords } from './incident-summary';
import type { Fact, ReadinessSection, ReportModel, RiskRow, ThresholdSection, Tone } from './report-model';
import { countText, dataLine, generatedText, kindLabel, localDateOf, percentText } from './report-text';
import { stageSection } from './stage-section';
import { valueSection } from './value-section';
import type { ValueSummary } from '../metrics/value-summary';
import { ruleWords, targetWithUnit, valueWithUnit } from './stage-words';

export interface ReportInput {
  readonly readiness: ReadinessSummary;
  readonly tally: ThresholdTally;
  /** One per stage of the plan, in plan order (`evaluatePlan`). */
  readonly stageEvaluations: readonly StageEvaluation[];
  /** The plan's whole decision log, any order. */
  readonly decisions: readonly DecisionEntry[];
  /** The pilot data as the gates see it: the stage charts are drawn from it. */
  readonly lookup: ObservationLookup;
  /** Local timestamp with offset (`localTimestamp`). */
  readonly generatedAt: string;
  readonly appendix: boolean;
  /**
   * Where each threshold's measured value comes from (`measureFromData`): the pilot data, or
   * typed in by hand. Without it every measured value in the plan counts as typed in by hand.
   */
  readonly thresholdMeasurements?: readonly ThresholdMeasurement[];
  /** The value delivered from the pilot metrics (`valueSummary`); absent or null without pilot data. */
  readonly value?: ValueSummary | null;
  /** Ids of the imports whose stored rows are missing or damaged on this computer: listed as not read. */
  readonly unreadableImports?: readonly string[];
  /**
   * What the pilot metrics say about rows not counted or counted with care (`PilotMetrics.warnings`): the
   * Pilot data tab shows them above the figures, and paper must too, or "200 rows accepted" reads as 200 counted.
   */
  readonly dataWarnings?: readonly string[];
  /** Per import id, its rows that count in no stage and why ("2 not counted (dated outside every stage)"). */
  readonly notCounted?: Readonly<Record<string, string>>;
}

/** The data-sources line of a file whose rows cannot be read: its counts are the import's, none of its figures is used. */
const UNREADABLE = 'its rows stored on this computer are missing or damaged, so none of its figures is used: remove the import on the Pilot data tab and import the file again';

/** How many decisions taken by people the summary lists; the appendix has them all, logged changes included. */
export const LATEST_DECISIONS = 5;
/** How many blockers the summary lists, most urgent first; the appendix has the whole checklist. */
export const BLOCKERS_SHOWN = 2;

const NOT_DESCRIBED = 'Not described yet';

/** The logged changes the summary counts instead of listing (newest first), or null when there are none. */
function loggedChangesNote(changes: readonly DecisionEntry[]): string | null {
  const newest = changes[0];
  if (newest === undefined) return null;
  return `The log also holds ${countText(changes.length, 'logged change')} (gates, thresholds, settings, incidents or hand-recorded values), the latest on ${formatDate(entryDate(newest))}: the Decisions tab and the audit appendix list each one.`;
}

function systemFacts(plan: Plan): Fact[] {
  const s = plan.system;
  const text = (value: string): string => value.trim() || NOT_DESCRIBED;
  return [
    { label: 'Purpose', value: text(s.purpose) },
    { label: 'Accountable owner', value: text(s.owner) },
    { label: 'Must never be used for', value: text(s.forbiddenUses) },
    { label: 'Decisions the AI may take alone', value: text(s.autonomousDecisions) },
    { label: 'Where a human must approve', value: text(s.humanApprovalPoints) },
  ];
}

function tierOf(plan: Plan): ReportModel['tier'] {
  if (plan.riskTier === null) {
    return {
      label: 'Not confirmed',
      text: `The risk tier is not confirmed yet, so the strictest rules (high tier) are applied: every high-tier item is required and the test set needs ${minTestSetSize.high} labelled cases.`,
    };
  }
  return {
    label: riskTierLabels[plan.riskTier],
    text: `The tier decides which checklist items are required; it asks for a labelled test set of at least ${minTestSetSize[plan.riskTier]} cases.`,
  };
}

function readinessOf(readiness: ReadinessSummary): ReadinessSection {
  const n = readiness.blockers.length;
  return {
    headline: readiness.ready ? 'Ready: no blockers' : `Not ready: ${countText(n, 'blocker')}`,
    ready: readiness.ready,
    overall: percentText(readiness.overall),
    weakest: readiness.weakest ? `${readiness.weakestTitle ?? readiness.weakest.title} (${percentText(readiness.weakest.score)})` : null,
    weightsNote: `Per area: the weighted share of applicable items done (required items ×${readinessWeights.required}, recommended ×${readinessWeights.recommended}), items done of those applicable, and blockers. Any blocker means not ready, whatever the score.`,
    areas: readiness.areas.map((a) => ({
      title: a.title,
      score: percentText(a.score),
      share: a.score,
      done: a.applicable === 0 ? 'Nothing applicable' : `${a.done} of ${a.applicable} applicable items done`,
      brief: a.applicable === 0 ? 'nothing applicable' : `${a.done} of ${a.applicable} done`,
      blockers: a.blockers,
      weakest: readiness.weakest?.areaId === a.areaId,
    })),
    blockers: readiness.blockers.slice(0, BLOCKERS_SHOWN).map((b) => ({
      question: b.question,
      area: b.areaTitle,
      status: itemStatusLabels[b.status],
      owner: b.owner.trim() || 'No owner',
      due: b.dueDate ?? 'No due date',
      overdue: b.overdue,
    })),
    moreBlockers:
      n > BLOCKERS_SHOWN
        ? `and ${countText(n - BLOCKERS_SHOWN, 'more required item')} not done: the Readiness tab and the audit appendix list every one.`
        : null,
  };
}

const thresholdTones: Record<ThresholdStatus, Tone> = { met: 'good', not_met: 'bad', not_enough_data: 'warn', not_measured: 'neutral' };

/** The footnote of a measured value: its source, and whether it was typed in by hand or read from the pilot data. */
function measuredNote(threshold: Threshold, measurement: ThresholdMeasurement | undefined): string {
  const data = measurement?.fromData;
  if (data) {
    const typed = measurement.disagrees && measurement.typed ? measurement.typed : null;
    // Too few test cases for the tier: said beside the figure, as the status says "not enough data".
    if (measurement.tooFew !== undefined) return `${data.source}; ${measurement.tooFew}`;
    if (data.datedAfterToday !== undefined) return `${data.source}; ${data.basis}; ${data.datedAfterToday}`;
    return typed
      ? `${data.source}; the value typed in by hand (${valueWithUnit(typed.value, threshold.unit)} on ${formatDate(typed.date)}) differs, and the data decide`
      : data.leftOut === null
        ? data.source
        : `${data.source}; ${data.basis}`;
  }
  const source = threshold.measured?.source.trim() ?? '';
  return `${source === '' ? 'No source given' : source}: typed in by hand`;
}

function thresholdsOf(plan: Plan, tally: ThresholdTally, evaluations: readonly StageEvaluation[], measurements: readonly ThresholdMeasurement[] = []): ThresholdSection {
  // Sources go to numbered footnotes: in the Measured column they wrapped over five lines.
  const sources: string[] = [];
  const noteOf = (source: string): number => {
    const text = source.trim();
    const at = sources.indexOf(text);
    if (at >= 0) return at + 1;
    sources.push(text);
    return sources.length;
  };
  // Full width under the table: in the "Why this target" column the words wrapped over nine lines.
  const gateNotes: string[] = [];
  return {
    summary: tallyText(tally),
    rows: plan.thresholds.map((t) => {
      const status = thresholdStatus(t);
      const m = t.measured;
      const measurement = measurements.find((x) => x.threshold.id === t.id);
      // A file listed but unreadable: "cannot measure" and why, never "—" as if nothing were imported.
      const cannot = measurement?.cannotMeasure ?? null;
      const contrast = gateContrast(measurement?.threshold ?? t, evaluations, { brief: true });
      if (contrast !== null) gateNotes.push(`${t.metric}: ${contrast}`);
      return {
        metric: t.metric,
        target: `${comparatorLabels[t.comparator]} ${targetWithUnit(t.target, t.unit)}`,
        measured: m ? `${valueWithUnit(m.value, t.unit)} on ${formatDate(m.date)}` : cannot !== null ? 'cannot measure' : '—',
        sourceNote: m ? noteOf(measuredNote(t, measurement)) : cannot !== null ? noteOf(cannot) : null,
        status: thresholdStatusLabels[status],
        tone: thresholdTones[status],
        reason: t.reason.trim() || 'No reason written yet.',
        gateNote: contrast === null ? null : gateNotes.length,
      };
    }),
    sources,
    gateNotes,
    emptyText: 'No quality thresholds defined.',
  };
}

/** What could still go wrong or cannot be known yet: blockers, open critical or high incidents, triggers firing or on their way, gates that cannot be measured. */
function risksOf(plan: Plan, readiness: ReadinessSummary, evaluations: readonly StageEvaluation[]): RiskRow[] {
  const risks: RiskRow[] = [];
  const unmeasurable = new Map<string, { readonly index: number; readonly stages: string[] }>();
  if (plan.riskTier === null) risks.push({ kind: 'Risk tier', text: 'The risk tier is not confirmed.', tone: 'warn' });
  const blockers = readiness.blockers.length;
  if (blockers > 0) {
    const overdue = readiness.blockers.filter((b) => b.overdue).length;
    const first = readiness.blockers[0];
    risks.push({
      kind: 'Checklist blockers',
      text: `${countText(blockers, 'required checklist item')} not done${overdue > 0 ? `, ${overdue} overdue` : ''} (listed under Readiness)${first ? `; the most urgent: “${first.question}”` : ''}.`,
      tone: 'bad',
    });
  }
  for (const e of evaluations) {
    const open = openIncidentWords(plan, e.stageId);
    if (open.tone === 'bad') risks.push({ kind: 'Open incidents', text: `${e.stageName}: ${open.text} (listed under Incidents).`, tone: 'bad' });
    const rules = [...e.criteria, ...e.triggers];
    const ruleOf = (id: string): string => {
      const r = rules.find((x) => x.id === id);
      return r ? ruleWords(r) : 'a rollback trigger';
    };
    for (const t of e.triggers) {
      if (t.status === 'fired') {
        risks.push({ kind: t.required ? 'Rollback trigger fired' : 'Advisory trigger fired', text: `${e.stageName}: ${t.reason}`, tone: 'bad' });
      }
    }
    for (const t of e.trendingTriggers) {
      risks.push({
        kind: 'Rollback trigger trending',
        text: `${e.stageName}: “${ruleOf(t.triggerId)}” fires on ${formatDate(t.firesOn)} if the trend continues (see the stage above).`,
        tone: 'warn',
      });
    }
    // A gate and a trigger on one metric of an unreadable file give the same reason, in every stage: listed once,
    // naming the stages (three copies of a long sentence pushed the sign-off onto a fourth Letter page).
    for (const r of rules) {
      if (r.status !== 'cannot_measure') continue;
      const at = unmeasurable.get(r.reason);
      if (at === undefined) {
        unmeasurable.set(r.reason, { index: risks.length, stages: [e.stageName] });
        risks.push({ kind: 'Cannot be measured', text: '', tone: 'warn' });
      } else if (!at.stages.includes(e.stageName)) at.stages.push(e.stageName);
    }
  }
  for (const [reason, { index, stages }] of unmeasurable) risks[index] = { kind: 'Cannot be measured', text: `${formatList(stages)}: ${reason}`, tone: 'warn' };
  return risks;
}

/**
 * The stakeholder summary of a plan (SPEC §8) as data: the system and its purpose, risk tier,
 * readiness per area and the blockers, thresholds met and missed with their reasons, each
 * stage's verdict with its chart and reasons, the latest decisions, open risks, the
 * communication plan and a sign-off block — with the plan, version, data and generation time
 * every printed page repeats. `appendix` adds the full checklist and the full decision log.
 */
export function buildReportModel(plan: Plan, input: ReportInput): ReportModel {
  const { readiness, tally, stageEvaluations, decisions, lookup } = input;
  const stageNames = new Map(plan.stages.map((s) => [s.id, s.name]));
  const unlocks = stageUnlocks(plan, decisions);
  // Logged changes (settings, gates, incidents, hand values) are counted, not listed: each took a
  // table row of its own and pushed the sign-off to a fourth page. The appendix lists every one.
  const current = newestFirst(currentEntries(decisions));
  const latest = current.filter((entry) => !entry.automatic).slice(0, LATEST_DECISIONS);
  return {
    title: 'Stakeholder summary',
    running: {
      planName: plan.name,
      version: `Version ${citableVersion(decisions)}`,
      revision: `Revision ${plan.revision}`,
      versionNote: 'Cite the version: it advances with each decision or note recorded in the log. The revision counts every save.',
      generated: `Generated ${generatedText(input.generatedAt)}`,
      data: dataLine(plan.imports, input.unreadableImports),
    },
    bottomLine: bottomLine(plan, stageEvaluations, unlocks, decisions, input.generatedAt.slice(0, 10)),
    system: { name: plan.system.name.trim() || plan.name, facts: systemFacts(plan) },
    tier: tierOf(plan),
    dataSources: plan.imports.map((i) => ({
      fileName: i.fileName,
      kind: kindLabel(i.kind),
      importedOn: formatDate(localDateOf(i.importedAt)),
      rows: `${countText(i.accepted, 'row')} accepted, ${i.rejected} rejected${input.notCounted?.[i.id] ? `, ${input.notCounted[i.id]}` : ''}`,
      period: i.dateRange ? formatDateRange(i.dateRange.first, i.dateRange.last) : null,
      unreadable: input.unreadableImports?.includes(i.id) ? UNREADABLE : null,
    })),
    dataWarnings: plan.imports.length > 0 ? (input.dataWarnings ?? []) : [],
    dataEmptyText: 'No pilot data imported yet: stage verdicts rest on the checklist and thresholds alone.',
    handValues: handValueSection(plan, lookup),
    readiness: readinessOf(readiness),
    thresholds: thresholdsOf(plan, tally, stageEvaluations, input.thresholdMeasurements),
    stages: plan.stages.flatMap((stage, index) => {
      const evaluation = stageEvaluations.find((e) => e.stageId === stage.id);
      return evaluation ? [stageSection(stage, index + 1, evaluation, unlocks[index], decisions, lookup, plan.imports, input.generatedAt.slice(0, 10))] : [];
    }),
    stagesEmptyText: 'No rollout stages defined yet.',
    // The generation time as a local moment: an unacknowledged incident is overdue once its target has passed by then.
    incidents: incidentSection(plan, input.generatedAt.slice(0, 16)),
    value: valueSection(input.value ?? null),
    decisions: latest.map((entry) => decisionRow(entry, decisions, stageNames)),
    decisionsNote: loggedChangesNote(current.filter((entry) => entry.automatic)),
    decisionsEmptyText: 'No decisions recorded yet.',
    risks: risksOf(plan, readiness, stageEvaluations),
    risksEmptyText: 'No open risks: no blockers, no rollback trigger firing or trending, every gate measurable.',
    communication: plan.communicationPlan.map((row) => ({
      audience: row.audienceLabel.trim() ? `${audienceLabels[row.audience]}: ${row.audienceLabel.trim()}` : audienceLabels[row.audience],
      what: row.what.trim() || '—',
      when: cadenceLabels[row.when],
      channel: row.channel.trim() || '—',
      owner: row.owner.trim() || null,
    })),
    communicationEmptyText: 'No communication plan yet.',
    signOff: [
      { role: 'Accountable owner', name: plan.system.owner.trim() },
      { role: 'Executive sponsor', name: '' },
      { role: 'Risk and compliance', name: '' },
    ],
    appendix: input.appendix ? buildAppendix(plan, readiness.tier, decisions, stageNames) : null,
  };
}
