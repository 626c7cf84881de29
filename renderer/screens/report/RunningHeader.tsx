import type { RunningHeader as RunningHeaderModel } from '../../../shared/report/report-model';

export type RunningHeaderProps = {
  readonly running: RunningHeaderModel;
};

/**
 * The lines every printed page repeats (SPEC §8): plan, version and generation time at the top,
 * the data sources at the foot. In print both are `position: fixed`, which Chromium repeats on
 * every page; the report frame's header and footer rows keep the page content clear of them.
 */
export function RunningHeader({ running }: RunningHeaderProps) {
  return (
    <>
      <div className="report-running report-running-header">
        <span className="report-running-plan">
          {running.planName} <span className="report-running-app">· stakeholder summary</span>
        </span>
        <span>
          {running.version} · {running.revision}
        </span>
        <span>{running.generated}</span>
      </div>
      <div className="report-running report-running-footer">
        <span className="report-running-data">
          <span className="report-running-line">{running.data}</span>
          <span className="report-running-line">{running.versionNote}</span>
        </span>
      </div>
    </>
  );
}
