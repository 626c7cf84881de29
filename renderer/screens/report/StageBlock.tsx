import type { ResultRow, StageSection } from '../../../shared/report/report-model';
import { Icon } from '../../components/Icon';
import { ReportStageChart } from './ReportStageChart';
import { ToneBadge } from './ToneBadge';

export type StageBlockProps = {
  readonly stage: StageSection;
};

/** Two charts share a line; one alone takes a little more room (CSS px, 96 per inch). */
const TWO_UP = 330;
const ONE_UP = 400;

/** The reason already names the metric, value and threshold; a trigger or an advisory rule also needs its name. */
function resultText(result: ResultRow): string {
  // A trigger that has not fired needs no more than its rule; the Stages tab and the appendix keep its trend.
  if (result.kind === 'Rollback trigger' && result.status === 'Not fired') return `Rollback trigger “${result.rule}”.`;
  if (result.kind === 'Rollback trigger') return `Rollback trigger “${result.rule}”: ${result.reason}`;
  return result.required ? result.reason : `Advisory (never blocks): ${result.reason}`;
}

/** One stage: its facts, the recommendation with every rule's result, its charts, the decision taken and whether it may start. */
export function StageBlock({ stage }: StageBlockProps) {
  return (
    <article className={`report-stage${stage.charts.length === 0 ? ' is-short' : ''}`} aria-label={`Stage ${stage.number}: ${stage.name}`}>
      {/* Verdict, reasons and charts never split across pages; the decision line below may follow on the next. */}
      <div className="report-stage-core">
        <header className="report-stage-head">
          <h3 className="report-h3">
            Stage {stage.number}: {stage.name}
          </h3>
          <span className="report-verdict">
            Recommendation <ToneBadge tone={stage.tone} label={stage.verdictLabel} />
          </span>
        </header>
        <p className="report-stage-facts">
          {stage.facts.map((fact) => (
            <span key={fact.label}>
              <span className="report-note">{fact.label}</span> {fact.value}
            </span>
          ))}
        </p>
        {stage.summaryReasons.map((reason, index) => (
          <p key={index} className="report-stage-summary">
            {reason}
          </p>
        ))}
        {stage.results.length > 0 && (
          <ul className="report-results" aria-label={`Stage ${stage.number}: every gate criterion and rollback trigger`}>
            {stage.results.map((result, index) => (
              <li key={index}>
                <span className="report-result-status">
                  <ToneBadge tone={result.tone} label={result.status} />
                </span>
                <span>
                  {resultText(result)}
                  {result.caveat !== null && <span className="report-caveat"> {result.caveat}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {stage.charts.length > 0 ? (
          <div className="report-charts">
            {stage.charts.map((chart) => (
              <ReportStageChart key={chart.criterionId} chart={chart} width={stage.charts.length > 1 ? TWO_UP : ONE_UP} />
            ))}
          </div>
        ) : (
          stage.noChartText && <p className="report-small">{stage.noChartText}</p>
        )}
      </div>
      {/* The decision and whether the stage may start share a line: both say where the stage stands. */}
      <p className="report-decision">
        <Icon name="file" size={12} />{' '}
        <span>
          {stage.decision}
          {stage.unlock && <span className="report-note"> {stage.unlock}</span>}
        </span>
      </p>
    </article>
  );
}
