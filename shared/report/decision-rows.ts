import { formatCount, formatDate, formatPlural, formatTimestamp } from '../format/format';
import { criterionStatusLabels, triggerStatusLabels, type CriterionStatus, type TriggerStatus } from '../gates/results';
import { stageVerdictLabels } from '../gates/stage-verdict';
import { intervalText } from '../gates/wording';
import { comparatorLabels, riskTierLabels } from '../model/enums';
import { correctionsByEntry, entryDate, entryDateTime } from '../decisions/decision-log';
import { decisionKindLabels, type DecisionEntry, type EvidenceSnapshot, type SnapshotResult } from '../decisions/schema';
import { thresholdStatusLabels } from '../thresholds/threshold-status';
import type { AppendixDecision, AppendixEvidence, DecisionRow, Fact, ResultRow, Tone } from './report-model';
import { countText, localDateOf, percentText } from './report-text';
import { targetWithUnit, valueWithUnit } from './stage-words';

const statusTones: Record<SnapshotResult['status'], Tone> = {
  pass: 'good',
  not_fired: 'good',
  fail: 'bad',
  fired: 'bad',
  trending: 'warn',
  waiting: 'neutral',
  unreachable: 'warn',
  cannot_measure: 'warn',
  not_enough_data: 'neutral',
  pending: 'neutral',
};

export function statusTone(status: SnapshotResult['status']): Tone {
  return statusTones[status];
}

export function statusLabel(status: SnapshotResult['status']): string {
  return status in criterionStatusLabels
    ? criterionStatusLabels[status as CriterionStatus]
    : triggerStatusLabels[status as TriggerStatus];
}

/** Names of the stages a log refers to; a stage deleted since keeps its name from the evidence. */
export function stageNameOf(entry: DecisionEntry, names: ReadonlyMap<string, string>): string {
  if (entry.stageId === null) return 'Whole plan';
  return names.get(entry.stageId) ?? entry.evidence.stage?.name ?? 'A stage removed since';
}

/**
 * One log entry as the report (and the Decisions tab) words it: the decision beside the
 * recommendation, the override said in words, and the correction links both ways.
 */
export function decisionRow(entry: DecisionEntry, all: readonly DecisionEntry[], stageNames: ReadonlyMap<string, string>): DecisionRow {
  const corrections = correctionsByEntry(all).get(entry.id) ?? [];
  const corrected = corrections.at(-1);
  const target = entry.corrects === null ? undefined : all.find((e) => e.id === entry.corrects);
  return {
    id: entry.id,
    date: entryDateTime(entry),
    stage: stageNameOf(entry, stageNames),
    decision: decisionKindLabels[entry.decision],
    recommendation: entry.recommendation === null ? '—' : stageVerdictLabels[entry.recommendation],
    override: entry.override,
    automatic: entry.automatic,
    author: entry.author,
    approvedBy: entry.approvedBy,
    rationale: entry.rationale,
    corrects: entry.corrects === null ? null : `Corrects the entry of ${target ? entryDateTime(target) : 'an earlier date'}`,
    correctedBy: corrected ? `Corrected by ${corrected.author} on ${formatDate(entryDate(corrected))}` : null,
    change: entry.change ? `${entry.change.what}: ${entry.change.before} → ${entry.change.after}` : null,
  };
}

function resultValue(r: SnapshotResult): string {
  if (r.value === null) return '';
  // The snapshot keeps no threshold: the ends are whole percents unless that would read 0% or 100% when they are not.
  const interval = r.interval ? `, 95% interval ${intervalText(r.interval, null)}` : '';
  const sample = r.sample === null ? '' : `, sample ${formatCount(r.sample)}`;
  return ` [${valueWithUnit(r.value, r.unit)}${sample}${interval}]`;
}

export function snapshotResultRow(r: SnapshotResult): ResultRow {
  return {
    kind: r.kind === 'criterion' ? 'Gate criterion' : 'Rollback trigger',
    label: r.label,
    rule: r.label,
    required: r.required,
    status: statusLabel(r.status),
    tone: statusTone(r.status),
    reason: `${r.reason}${resultValue(r)}`,
    caveat: r.caveat ?? null,
  };
}

/** The frozen evidence, worded for the audit appendix: nothing the lead saw is left out. */
export function evidenceText(evidence: EvidenceSnapshot): AppendixEvidence {
  const { readiness, thresholds } = evidence;
  const facts: Fact[] = [
    // The plan's header calls this count of saves its revision; "version" is the summary's count of decisions.
    { label: 'Plan revision', value: String(evidence.planRevision) },
    { label: 'Evaluated on', value: formatDate(evidence.evaluatedOn) },
    { label: 'Risk tier', value: evidence.riskTier ? riskTierLabels[evidence.riskTier] : 'Not confirmed' },
    {
      label: 'Readiness',
      value: `${percentText(readiness.overall)}, ${readiness.ready ? 'no blockers' : countText(readiness.blockers, 'blocker')}${
        readiness.weakestArea ? `; weakest area ${readiness.weakestArea} ${percentText(readiness.weakestScore)}` : ''
      }`,
    },
    {
      label: 'Thresholds',
      value: `${thresholds.met} met, ${thresholds.notMet} not met, ${thresholds.notMeasured} not measured${
        thresholds.items.length > 0
          ? ` (${thresholds.items
              // With the target of that moment: read beside a target changed since, "met at 92.8%" alone looks wrong.
              .map(
                (t) =>
                  `${t.metric} ${comparatorLabels[t.comparator]} ${targetWithUnit(t.target, t.unit)}: ${thresholdStatusLabels[t.status].toLowerCase()}${
                    t.measured === null ? '' : ` at ${valueWithUnit(t.measured, t.unit)}`
                  }`,
              )
              .join('; ')})`
          : ''
      }`,
    },
    {
      label: 'Data',
      value:
        evidence.imports.length === 0
          ? 'No pilot data imported'
          : evidence.imports
              .map((i) => `${i.fileName} (imported ${formatDate(localDateOf(i.importedAt))}, ${formatPlural(i.accepted, 'row')}, SHA-256 ${i.sha256.slice(0, 12)}…)`)
              .join('; '),
    },
    { label: 'Statistical confidence', value: evidence.statisticalConfidence ? 'Required' : 'Not required' },
  ];
  if (readiness.blockerItems.length > 0) {
    facts.push({
      label: 'Blockers then',
      value: readiness.blockerItems.map((b) => `${b.question}${b.owner ? ` (${b.owner})` : ''}`).join('; '),
    });
  }
  if (evidence.incidents !== undefined && evidence.stage) {
    facts.push({ label: 'Incidents then', value: incidentsText(evidence.incidents) });
  }
  if (evidence.handValues !== undefined && evidence.handValues.length > 0) {
    facts.push({ label: 'Recorded by hand then', value: evidence.handValues.map(handValueText).join('; ') });
  }
  return {
    facts,
    verdict: evidence.stage ? `${evidence.stage.name}: ${stageVerdictLabels[evidence.stage.verdict]}` : null,
    reasons: evidence.stage?.reasons ?? [],
    results: evidence.stage?.results.map(snapshotResultRow) ?? [],
  };
}

export function appendixDecision(entry: DecisionEntry, all: readonly DecisionEntry[], stageNames: ReadonlyMap<string, string>): AppendixDecision {
  return { ...decisionRow(entry, all, stageNames), evidence: evidenceText(entry.evidence) };
}

type FrozenIncident = NonNullable<EvidenceSnapshot['incidents']>[number];
type FrozenHandValue = NonNullable<EvidenceSnapshot['handValues']>[number];

/** "2: critical, opened Sep 20, 2026, 10:00 AM, open, rollback; low, …": the register of the stage as it stood. */
function incidentsText(incidents: readonly FrozenIncident[]): string {
  if (incidents.length === 0) return 'None recorded for this stage';
  const one = (i: FrozenIncident) =>
    `${i.severity}, opened ${formatTimestamp(i.openedAt)}, ${i.resolvedAt === null ? 'open' : 'resolved'}${i.rollback ? ', rollback' : ''}: ${i.description}`;
  return `${formatCount(incidents.length)}: ${incidents.map(one).join('; ')}`;
}

/** "Error rate, week 2: 12 of 1,500 from “Grafana export”". */
function handValueText(h: FrozenHandValue): string {
  const figure = h.successes !== null && h.trials !== null ? `${formatCount(h.successes)} of ${formatCount(h.trials)}` : `${h.value ?? '—'} (sample ${formatCount(h.sample ?? 0)})`;
  return `${h.metric}, ${h.week === null ? 'the whole stage' : `week ${h.week}`}: ${figure} from “${h.source}”${h.note ? ` — ${h.note}` : ''}`;
}
