import { formatList } from '../format/format';
import type { Comparator } from '../model/enums';
import { metricInfo, type MetricId } from '../model/metrics';
import { compare } from '../thresholds/compare';
import type { CriterionResult, CriterionStatus, JudgedObservation, PercentInterval } from './results';
import type { StageVerdict } from './stage-verdict';
import { formatThreshold, groupText, intervalText, scopeText } from './wording';

/**
 * The caveat of a pass or fail judged on the value alone (statistical confidence off) when the 95% interval of a
 * proportion it rests on contains the threshold: "The true rate could be either side of 85% (95% range 70–97%)." A
 * verdict must not read firmer than its sample; the verdict itself stays as judged.
 *
 * `judged` is every observation the verdict rests on (each week judged, overall and in each group that was checked).
 * A pass is in doubt when any of them that meets straddles the threshold; a fail only when every observation that
 * misses straddles it (one clear miss is a sure fail). Null for other statuses, for metrics that are not proportions,
 * and when an observation that decides has no interval (a sampled log): then nothing true can be said of its range.
 * With statistical confidence on, a pass or fail already has its whole interval on one side, so this is null.
 */
export function eitherSideCaveat(
  status: CriterionStatus,
  judged: readonly JudgedObservation[],
  metric: MetricId,
  comparator: Comparator,
  threshold: number,
): string | null {
  const info = metricInfo[metric];
  if (info.kind !== 'proportion' || (status !== 'pass' && status !== 'fail')) return null;
  const deciding = judged.filter((o) => o.outcome === (status === 'pass' ? 'meets' : 'misses'));
  const doubtful = straddling(deciding, comparator, threshold);
  if (doubtful.length === 0 || (status === 'fail' && doubtful.length < deciding.length)) return null;
  return caveatText(doubtful, judged, metric, threshold);
}

/**
 * The same caveat for a rollback trigger that fired on a proportion: when any week of the run that fired (or the whole
 * stage) met its condition on a sample whose 95% interval contains the threshold, the firing may be the sample's
 * doing. The trigger still fires: a stage is rolled back on what was seen, and the lead is told how firm it is.
 */
export function firedCaveat(run: readonly JudgedObservation[], metric: MetricId, comparator: Comparator, threshold: number): string | null {
  if (metricInfo[metric].kind !== 'proportion') return null;
  const doubtful = straddling(run, comparator, threshold);
  return doubtful.length === 0 ? null : caveatText(doubtful, run, metric, threshold);
}

type Doubtful = JudgedObservation & { readonly interval: PercentInterval };

function straddling(observations: readonly JudgedObservation[], comparator: Comparator, threshold: number): Doubtful[] {
  return observations.flatMap((o) => (straddles(o.interval, comparator, threshold) ? [{ ...o, interval: o.interval }] : []));
}

function caveatText(doubtful: readonly Doubtful[], judged: readonly JudgedObservation[], metric: MetricId, threshold: number): string {
  const info = metricInfo[metric];
  // Which week or group, once the verdict looked at more than one: the reason beside names only the deciding one.
  const weeksDiffer = new Set(judged.map((o) => scopeText(o.scope))).size > 1;
  const groupsDiffer = new Set(judged.map((o) => o.group)).size > 1;
  // "69–85% in group "Claims"": the counts are in the reason and the evidence beside; the caveat adds only the range.
  const item = (o: Doubtful) => `${intervalText(o.interval, threshold)}${weeksDiffer ? ` ${scopeText(o.scope)}` : ''}${groupsDiffer ? groupText(o.group) : ''}`;
  const listed = doubtful.slice(0, MAX_LISTED).map(item);
  const more = doubtful.length - listed.length;
  const items = more > 0 ? formatList([...listed, `${more} more`]) : listed.join(', ');
  return `The true rate could be either side of ${formatThreshold(threshold, info.unit)} (95% range ${items}).`;
}

/** Beyond this many weeks or groups the caveat counts the rest: the stage's chart and groups table show them. */
const MAX_LISTED = 3;

/** Whether the observation's 95% interval has an end on each side of the threshold (ties read as the rule reads them). */
function straddles(interval: PercentInterval | null, comparator: Comparator, threshold: number): interval is PercentInterval {
  if (interval === null) return false;
  return compare(interval.low, comparator, threshold) !== compare(interval.high, comparator, threshold);
}

/**
 * The bottom line's word on a stage's caveats, once per stage and only where they could turn its recommendation:
 * "2 of 3 required results could go either way." A proceed is in doubt when a
 * required pass has a caveat; a hold only when every required criterion holding it is a fail with one (a clear fail,
 * a criterion without a verdict yet, or a lock on the stage decides the hold whatever the samples say). Advisory
 * criteria never decide. Null otherwise: the stage's section still gives each caveat in full.
 */
export function eitherSideSummary(verdict: StageVerdict, criteria: readonly Pick<CriterionResult, 'required' | 'status' | 'caveat'>[]): string | null {
  const required = criteria.filter((c) => c.required);
  const holding = required.filter((c) => c.status !== 'pass');
  const turns = verdict === 'proceed' || (verdict === 'hold' && holding.length > 0 && holding.every((c) => c.status === 'fail' && c.caveat !== null));
  const doubtful = required.filter((c) => c.caveat !== null).length;
  if (!turns || doubtful === 0) return null;
  const which =
    required.length === 1 ? 'The required result' : doubtful === required.length ? (doubtful === 2 ? 'Both required results' : `All ${doubtful} required results`) : `${doubtful} of ${required.length} required results`;
  // One short line: the Why cell is narrow and page 1 full; the stage below gives each range against its threshold.
  return `${which} could go either way.`;
}
