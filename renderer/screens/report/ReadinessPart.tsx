import type { ReadinessSection } from '../../../shared/report/report-model';
import { Icon } from '../../components/Icon';
import { ReportSection } from './ReportSection';
import { ToneBadge } from './ToneBadge';

export type ReadinessPartProps = {
  readonly readiness: ReadinessSection;
};

/** Readiness per area as bars with their figures, the weakest area named, and every blocker. */
export function ReadinessPart({ readiness }: ReadinessPartProps) {
  return (
    <ReportSection title="Readiness">
      <p className="report-lead">
        <ToneBadge tone={readiness.ready ? 'good' : 'bad'} label={readiness.headline} />
        <span>
          Overall <strong>{readiness.overall}</strong>
          {readiness.weakest && (
            <>
              {' '}
              · weakest area <strong>{readiness.weakest}</strong>
            </>
          )}
        </span>
      </p>
      <ul className="report-area-list">
        {readiness.areas.map((area) => (
          <li key={area.title} className={area.weakest ? 'is-weakest' : undefined}>
            {/* The headline names the weakest area. */}
            <span className="report-area-name">{area.title}</span>
            <strong className="report-area-score">{area.score}</strong>
            <span className="report-bar" aria-hidden="true">
              <span className="report-bar-fill" style={{ width: `${Math.round((area.share ?? 0) * 100)}%` }} />
            </span>
            <span className="report-area-note">
              {area.brief}
              {area.blockers > 0 ? ` · ${area.blockers} ${area.blockers === 1 ? 'blocker' : 'blockers'}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="report-small">{readiness.weightsNote}</p>
      {readiness.blockers.length > 0 && (
        <table className="report-table report-blockers">
          <caption>Blockers: required items not done, overdue first</caption>
          <colgroup>
            <col className="col-item" />
            <col className="col-area" />
            <col className="col-state" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Area</th>
              <th scope="col">Status · owner · due</th>
            </tr>
          </thead>
          <tbody>
            {readiness.blockers.map((b, index) => (
              <tr key={index}>
                <td>{b.question}</td>
                <td>{b.area}</td>
                <td>
                  {b.status} · {b.owner} · <span className="nowrap">{b.due}</span>
                  {b.overdue && (
                    <span className="report-overdue">
                      <Icon name="alert" size={11} /> overdue
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {readiness.moreBlockers && <p className="report-small">{readiness.moreBlockers}</p>}
    </ReportSection>
  );
}
