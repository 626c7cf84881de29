import { useId, useMemo, useState } from 'react';
import type { CriterionResult, MetricObservations } from '../../../shared/gates';
import { metricInfo } from '../../../shared/model/metrics';
import type { Criterion, Stage } from '../../../shared/model/schema';
import { criterionChartData, type MetricChartPoint } from '../../charts/metric-chart-data';
import { trendLabel } from '../../../shared/gates/pending-text';
import { weeksText } from '../../../shared/gates/wording';
import { useAppStore } from '../../store/useAppStore';
import { StageGroupCharts } from '../../charts/StageGroupCharts';
import { StageMetricChart } from '../../charts/StageMetricChart';
import { formatIsoDate } from '../../format/dates';
import { evidenceOf, intervalWords, judgingMark, sampleWords, scopeWords, valueWords } from '../../format/gate-words';
import { criterionWords } from '../../format/stage-words';
import { BaselineEvidenceList } from './BaselineEvidenceList';
import { GroupResultsTable } from './GroupResultsTable';
import { StatusBadge } from './StatusBadge';

export type CriterionResultCardProps = {
  readonly stage: Stage;
  readonly criterion: Criterion;
  readonly result: CriterionResult;
  readonly observations: MetricObservations;
  readonly confidence: boolean;
};

/** "Hand-recorded: weeks 1 and 2 (from “Grafana export”)", or null when every point comes from a file. */
function handNote(points: readonly MetricChartPoint[]): string | null {
  const hand = points.filter((p) => p.hand !== undefined);
  if (hand.length === 0) return null;
  const sources = [...new Set(hand.map((p) => `“${p.hand ?? ''}”`))].join(', ');
  return `Hand-recorded, not from a file: ${weeksText(hand.map((p) => p.week))} (from ${sources}).`;
}

/** One gate criterion's result with its evidence (value, sample, interval, reason) and its charts. */
export function CriterionResultCard({ stage, criterion, result, observations, confidence }: CriterionResultCardProps) {
  const id = useId();
  const info = metricInfo[criterion.metric];
  // Values are printed against the threshold they are judged by, as the reason beside them is; a baseline rule judges a difference.
  const against = criterion.baseline ? null : criterion.threshold;
  const today = useAppStore((s) => s.today);
  const evidence = evidenceOf(result);
  const chart = useMemo(() => criterionChartData(stage, criterion, observations, confidence, today), [stage, criterion, observations, confidence, today]);
  const mark = judgingMark(stage, criterion, result);
  const hasWeeklyValues = chart.overall.some((p) => p.value !== null);
  const sentence = criterionWords(criterion, { showRequired: false });
  // The group charts mount when their section is open: a closed one would otherwise draw every group's
  // chart unseen, the largest part of showing the Stages tab (`npm run bench:app`).
  const [groupsShown, setGroupsShown] = useState(criterion.everyGroup);

  return (
    <article className={`card result-card result-${result.status}`} aria-labelledby={`${id}-h`}>
      <header className="result-head">
        <h4 id={`${id}-h`}>{sentence}</h4>
        <StatusBadge kind="criterion" status={result.status} />
        {criterion.required ? (
          <span className="badge badge-required">Required</span>
        ) : (
          <span className="badge badge-neutral advisory-tag">Advisory — does not block</span>
        )}
      </header>
      <p className="result-reason">{result.reason}</p>
      {/* A pass or fail on a sample whose range holds the threshold: said beside the verdict, which stays as judged. */}
      {result.caveat !== null && <p className="result-caveat">{result.caveat}</p>}
      {evidence?.baseline ? (
        <BaselineEvidenceList evidence={evidence} baseline={evidence.baseline} metric={criterion.metric} judgedOn={result.judgedOn} pending={result.status === 'pending'} />
      ) : evidence === null ? (
        <p className="hint">{result.judgedOn ? `Judged on ${formatIsoDate(result.judgedOn)}.` : 'Judged once the stage has a planned start.'}</p>
      ) : (
        <dl className="evidence">
          <div>
            <dt>{result.status === 'pending' ? trendLabel(evidence, today) : 'Value'}</dt>
            <dd>{valueWords(evidence, criterion.metric, against)}</dd>
          </div>
          <div>
            <dt>Sample</dt>
            <dd>{sampleWords(evidence, criterion.metric)}</dd>
          </div>
          <div>
            <dt>95% interval</dt>
            <dd>{info.kind === 'proportion' ? intervalWords(evidence, against) : 'Not a proportion'}</dd>
          </div>
          <div>
            <dt>From</dt>
            <dd>{scopeWords(evidence)}</dd>
          </div>
          <div>
            <dt>Judged on</dt>
            <dd>{result.judgedOn ? formatIsoDate(result.judgedOn) : 'Needs a start date'}</dd>
          </div>
        </dl>
      )}
      {criterion.baseline ? (
        <p className="hint chart-missing">
          Compared with a baseline: judged on the difference and its 95% interval above, not against a line on a chart.
        </p>
      ) : hasWeeklyValues ? (
        <StageMetricChart
          stageName={stage.name}
          metric={criterion.metric}
          comparator={criterion.comparator}
          threshold={criterion.threshold}
          points={chart.overall}
          judgingWeeks={mark.weeks}
          judgingLabel={mark.label}
          judgingTag={mark.tag}
          yDomain={chart.yDomain}
        />
      ) : (
        <p className="hint chart-missing">
          {observations.status === 'unmeasurable'
            ? 'No chart: this metric cannot be measured yet.'
            : info.sampleUnit === 'cases'
              ? 'Judged on the whole test-results file: no weekly series to chart.'
              : 'No weekly values to chart yet.'}
        </p>
      )}
      {handNote(chart.overall) && !criterion.baseline && <p className="hint hand-note">{handNote(chart.overall)}</p>}
      {chart.datedAfterToday !== null && !criterion.baseline && <p className="hint chart-later">{chart.datedAfterToday}</p>}
      {result.groups.length > 0 && <GroupResultsTable metric={criterion.metric} threshold={against} groups={result.groups} />}
      {chart.groups.length > 0 && hasWeeklyValues && !criterion.baseline && (
        <details className="group-charts" open={criterion.everyGroup} onToggle={(event) => setGroupsShown(event.currentTarget.open)}>
          <summary>By group ({chart.groups.length})</summary>
          {groupsShown && (
            <StageGroupCharts
              stageName={stage.name}
              metric={criterion.metric}
              comparator={criterion.comparator}
              threshold={criterion.threshold}
              groups={chart.groups}
              judgingWeeks={mark.weeks}
              judgingLabel={mark.label}
              yDomain={chart.yDomain}
            />
          )}
        </details>
      )}
      {chart.groupsNote && criterion.everyGroup && <p className="hint">{chart.groupsNote}</p>}
    </article>
  );
}
