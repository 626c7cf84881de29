import { useId } from 'react';
import { enrolmentDisproved, type GroupSeries, type PeriodFigures, type StageMetrics } from '../../../shared/metrics';
import { DASH, formatCount, formatCounts, formatMean, formatPercentValue, formatRange, formatShare } from './figures';
import { ShareCell } from './ShareCell';

export interface KindsPresent {
  readonly usage: boolean;
  readonly quality: boolean;
  readonly satisfaction: boolean;
}

export type StageMetricsTableProps = {
  readonly stage: StageMetrics;
  readonly kinds: KindsPresent;
  readonly editingLimit: number;
};

const gapWords = {
  'enrolment unknown': 'enrolment not set',
  'group enrolment unknown': 'no enrolment per group',
  'no users enrolled': '0 enrolled',
} as const;

/** A stage's figures, week by week and for the whole stage, with a breakdown by group underneath. */
export function StageMetricsTable({ stage, kinds, editingLimit }: StageMetricsTableProps) {
  const id = useId();
  const hasRows = stage.weeks.length > 0;
  return (
    <section className="stage-metrics" aria-labelledby={id}>
      <h3 id={id}>
        {stage.stageName}
        <span className="hint"> {formatRange(stage.from, stage.to) || 'no start date'}</span>
        {stage.enrolledUsers !== null && <span className="hint"> · {formatCount(stage.enrolledUsers)} enrolled</span>}
      </h3>
      {!hasRows ? (
        <p className="muted">No imported rows fall in this stage.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table metrics-table" aria-labelledby={id}>
              <MetricsHead kinds={kinds} editingLimit={editingLimit} first="Week" />
              <tbody>
                {stage.weeks.map((week) => (
                  <tr key={week.week}>
                    <th scope="row">
                      Week {week.week}
                      {week.from && <span className="hint block">{formatRange(week.from, week.to)}</span>}
                    </th>
                    <FigureCells figures={week} kinds={kinds} />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Whole stage</th>
                  <FigureCells figures={stage.total} kinds={kinds} />
                </tr>
              </tfoot>
            </table>
          </div>
          {stage.groups.length > 0 && <GroupTable stageName={stage.stageName} groups={stage.groups} kinds={kinds} editingLimit={editingLimit} />}
        </>
      )}
    </section>
  );
}

function GroupTable({
  stageName,
  groups,
  kinds,
  editingLimit,
}: {
  readonly stageName: string;
  readonly groups: readonly GroupSeries[];
  readonly kinds: KindsPresent;
  readonly editingLimit: number;
}) {
  return (
    <details className="group-breakdown">
      <summary>
        By group ({groups.length}): {groups.map((g) => g.group).join(', ')}
      </summary>
      <div className="table-scroll">
        <table className="table metrics-table">
          <caption className="sr-only">Groups in {stageName}, whole stage</caption>
          <MetricsHead kinds={kinds} editingLimit={editingLimit} first="Group" />
          <tbody>
            {groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{g.group}</th>
                <FigureCells figures={g.total} kinds={kinds} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function MetricsHead({ kinds, editingLimit, first }: { readonly kinds: KindsPresent; readonly editingLimit: number; readonly first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {kinds.usage && (
          <>
            <th scope="col" className="num">
              Active users
            </th>
            <th scope="col" className="num">
              Adoption
            </th>
          </>
        )}
        {kinds.quality && (
          <>
            <th scope="col" className="num">
              Outputs
            </th>
            <th scope="col" className="num">
              Under {formatPercentValue(editingLimit)} editing
            </th>
            <th scope="col" className="num">
              Mean editing
            </th>
            <th scope="col" className="num">
              Median editing
            </th>
          </>
        )}
        {kinds.satisfaction && (
          <>
            <th scope="col" className="num">
              Ratings
            </th>
            <th scope="col" className="num">
              Mean rating
            </th>
            <th scope="col" className="num">
              {/* Word joiners keep "4–5" on one line. */}
              Rated 4{'\u2060–\u2060'}5
            </th>
          </>
        )}
      </tr>
    </thead>
  );
}

function FigureCells({ figures, kinds }: { readonly figures: PeriodFigures; readonly kinds: KindsPresent }) {
  return (
    <>
      {kinds.usage && <UsageCells adoption={figures.adoption} />}
      {kinds.quality && <QualityCells quality={figures.quality} />}
      {kinds.satisfaction && <SatisfactionCells satisfaction={figures.satisfaction} />}
    </>
  );
}

function Empty({ count }: { readonly count: number }) {
  return Array.from({ length: count }, (_, i) => (
    <td key={i} className="num">
      {DASH}
    </td>
  ));
}

function UsageCells({ adoption }: { readonly adoption: PeriodFigures['adoption'] }) {
  if (!adoption || adoption.rows === 0) return <Empty count={2} />;
  return (
    <>
      <td className="num">{formatCount(adoption.activeUsers)}</td>
      <td className="num">
        {enrolmentDisproved(adoption) ? (
          // Not a share of anything: the enrolment is wrong (the warning above says why), as the gates say too.
          <ShareCell value={DASH} counts={adoption.enrolledUsers !== null && adoption.activeUsers > adoption.enrolledUsers ? 'more active than enrolled' : 'stage enrolment too low'} />
        ) : adoption.rate ? (
          <ShareCell value={formatShare(adoption.rate)} counts={formatCounts(adoption.rate)} />
        ) : (
          <ShareCell value={DASH} counts={gapWords[adoption.gap ?? 'enrolment unknown']} />
        )}
      </td>
    </>
  );
}

function QualityCells({ quality }: { readonly quality: PeriodFigures['quality'] }) {
  if (!quality || quality.outputs === 0) return <Empty count={4} />;
  return (
    <>
      <td className="num">{formatCount(quality.outputs)}</td>
      <td className="num">
        <ShareCell value={formatShare(quality.underLimit)} counts={formatCounts(quality.underLimit)} />
      </td>
      <td className="num">{formatMean(quality.meanEditingPercent, '%')}</td>
      <td className="num">{formatMean(quality.medianEditingPercent, '%')}</td>
    </>
  );
}

function SatisfactionCells({ satisfaction }: { readonly satisfaction: PeriodFigures['satisfaction'] }) {
  if (!satisfaction || satisfaction.ratings === 0) return <Empty count={3} />;
  return (
    <>
      <td className="num">{formatCount(satisfaction.ratings)}</td>
      <td className="num">{formatMean(satisfaction.meanRating)}</td>
      <td className="num">
        <ShareCell value={formatShare(satisfaction.topTwo)} counts={formatCounts(satisfaction.topTwo)} />
      </td>
    </>
  );
}
