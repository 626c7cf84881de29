import type { CriterionResult, JudgedObservation, TriggerResult } from '../gates/results';
import type { StageEvaluation } from '../gates/stage-verdict';
import { metricInfo } from '../model/metrics';
import type { Criterion, Plan } from '../model/schema';
import type { ReadinessSummary } from '../readiness/score';
import { criterionWords, ruleWords } from '../report/stage-words';
import { thresholdStatus, type ThresholdStatus, type ThresholdTally } from '../thresholds/threshold-status';
import type { EvidenceSnapshot, SnapshotResult } from './schema';

/** Schema limits: a snapshot that failed validation would stop the decision from being recorded. */
const MAX_TEXT = 2000;
const MAX_LABEL = 1000;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function resultOf(
  kind: SnapshotResult['kind'],
  result: CriterionResult | TriggerResult,
  rule: Criterion | undefined,
  shown: JudgedObservation | null,
): SnapshotResult {
  const info = metricInfo[result.metric];
  return {
    kind,
    metric: info.label,
    label: clip(rule ? criterionWords(rule, { showRequired: kind === 'criterion' }) : ruleWords(result), MAX_LABEL),
    required: result.required,
    status: result.status,
    value: shown?.value ?? null,
    unit: info.unit,
    sample: shown ? shown.sample : null,
    interval: shown?.interval ? { low: shown.interval.low, high: shown.interval.high } : null,
    reason: clip(result.reason, MAX_TEXT),
    ...(shown?.handRecorded ? { handRecorded: clip(shown.handRecorded, 500) } : {}),
    ...('caveat' in result && result.caveat !== null ? { caveat: clip(result.caveat, MAX_TEXT) } : {}),
  };
}

/**
 * Freezes what the lead sees at the moment of deciding (SPEC §7): every criterion and trigger
 * result with its value, sample, interval and reason, the stage verdict and its reasons, the
 * readiness score with blockers and weakest area, the thresholds, the stage's incidents and
 * hand-recorded values, the imports by name, hash and date, and the plan revision. Plain data only: the entry must read the same in ten years,
 * whatever the app's rules have become by then.
 */
export function buildEvidenceSnapshot(
  plan: Plan,
  stageEvaluation: StageEvaluation | null,
  readiness: ReadinessSummary,
  tally: ThresholdTally,
  evaluatedOn: string,
): EvidenceSnapshot {
  const stage = stageEvaluation ? plan.stages.find((s) => s.id === stageEvaluation.stageId) : undefined;
  return {
    planRevision: plan.revision,
    evaluatedOn,
    riskTier: plan.riskTier,
    statisticalConfidence: plan.statisticalConfidence,
    readiness: {
      overall: readiness.overall,
      blockers: readiness.blockers.length,
      blockerItems: readiness.blockers.slice(0, 500).map((b) => ({
        question: clip(b.question, MAX_LABEL),
        area: clip(b.areaTitle, 200),
        owner: clip(b.owner, 500),
        dueDate: b.dueDate,
      })),
      weakestArea: readiness.weakest?.title ?? null,
      weakestScore: readiness.weakest?.score ?? null,
      ready: readiness.ready,
    },
    thresholds: {
      met: tally.met,
      notMet: tally.notMet,
      notMeasured: tally.notMeasured + tally.notEnoughData,
      items: plan.thresholds.slice(0, 500).map((t) => ({
        metric: clip(t.metric, 200),
        comparator: t.comparator,
        target: t.target,
        unit: t.unit,
        status: snapshotStatus(thresholdStatus(t)),
        measured: t.measured?.value ?? null,
      })),
    },
    stage: stageEvaluation
      ? {
          id: stageEvaluation.stageId,
          name: stageEvaluation.stageName,
          verdict: stageEvaluation.verdict,
          reasons: stageEvaluation.reasons.slice(0, 200).map((r) => clip(r, MAX_TEXT)),
          results: [
            ...stageEvaluation.criteria.map((c) =>
              resultOf('criterion', c, stage?.criteria.find((r) => r.id === c.id), c.evidence ?? c.trend),
            ),
            ...stageEvaluation.triggers.map((t) => resultOf('trigger', t, stage?.triggers.find((r) => r.id === t.id), t.evidence)),
          ].slice(0, 500),
        }
      : null,
    incidents: stage
      ? plan.incidents
          .filter((i) => i.stageId === stage.id)
          .slice(0, 500)
          .map((i) => ({
            severity: i.severity,
            openedAt: i.openedAt,
            acknowledgedAt: i.acknowledgedAt,
            resolvedAt: i.resolvedAt,
            rollback: i.rollback,
            description: clip(i.description, MAX_LABEL),
          }))
      : [],
    handValues: stage
      ? plan.handValues
          .filter((h) => h.stageId === stage.id)
          .slice(0, 500)
          .map((h) => ({
            metric: metricInfo[h.metric].label,
            week: h.week,
            successes: h.figure.kind === 'counts' ? h.figure.successes : null,
            trials: h.figure.kind === 'counts' ? h.figure.trials : null,
            value: h.figure.kind === 'value' ? h.figure.value : null,
            sample: h.figure.kind === 'value' ? h.figure.sample : null,
            source: h.source,
            note: h.note,
          }))
      : [],
    imports: plan.imports.map((i) => ({
      id: i.id,
      kind: i.kind,
      fileName: i.fileName,
      sha256: i.sha256,
      importedAt: i.importedAt,
      accepted: i.accepted,
      rejected: i.rejected,
    })),
  };
}

/**
 * The decision log keeps the three statuses it was written with (older versions of the app read it too): a threshold
 * measured on fewer test cases than the risk tier asks for is recorded as not measured, never as met.
 */
function snapshotStatus(status: ThresholdStatus): 'met' | 'not_met' | 'not_measured' {
  return status === 'not_enough_data' ? 'not_measured' : status;
}
