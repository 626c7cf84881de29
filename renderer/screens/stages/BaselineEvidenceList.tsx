import type { BaselineEvidence, JudgedObservation } from '../../../shared/gates';
import { differenceText, signedNumber } from '../../../shared/gates';
import { countOf, formatValue } from '../../../shared/gates/wording';
import { metricInfo, type MetricId } from '../../../shared/model/metrics';
import { formatIsoDate } from '../../format/dates';
import { scopeWords, valueWords } from '../../format/gate-words';

export type BaselineEvidenceListProps = {
  readonly evidence: JudgedObservation;
  readonly baseline: BaselineEvidence;
  readonly metric: MetricId;
  readonly judgedOn: string | null;
  readonly pending: boolean;
};

/** Both sides of a baseline comparison and the difference with its 95% interval. */
export function BaselineEvidenceList({ evidence, baseline, metric, judgedOn, pending }: BaselineEvidenceListProps) {
  const info = metricInfo[metric];
  const baseValue =
    baseline.value === null
      ? '—'
      : info.kind === 'proportion' && baseline.successes !== null && baseline.trials !== null
        ? `${baseline.successes} of ${baseline.trials} (${formatValue(baseline.value, info.unit)})`
        : formatValue(baseline.value, info.unit);
  const d = baseline.difference;
  return (
    <dl className="evidence">
      <div>
        <dt>{pending ? 'This stage so far' : 'This stage'}</dt>
        <dd>
          {valueWords(evidence, metric)}
          {evidence.sample > 0 ? `, ${countOf(evidence.sample, info.sampleUnit)}` : ''}
        </dd>
      </div>
      <div>
        <dt>Baseline</dt>
        <dd>
          {baseValue}
          {baseline.sample > 0 ? `, ${countOf(baseline.sample, info.sampleUnit)}` : ''} — {baseline.source}
        </dd>
      </div>
      <div>
        <dt>Difference (95% interval)</dt>
        <dd>{d === null ? '—' : `${differenceText(d.value, info)} (${signedNumber(d.low)} to ${signedNumber(d.high)})`}</dd>
      </div>
      <div>
        <dt>From</dt>
        <dd>{scopeWords(evidence)}</dd>
      </div>
      <div>
        <dt>Judged on</dt>
        <dd>{judgedOn ? formatIsoDate(judgedOn) : 'Needs a start date'}</dd>
      </div>
    </dl>
  );
}
