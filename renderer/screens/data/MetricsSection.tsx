import { useId, useMemo } from 'react';
import { unavailableNotice } from '../../../shared/metrics/unavailable-imports';
import { Icon } from '../../components/Icon';
import { selectUnavailableImports } from '../../store/pilot-data-selectors';
import { useAppStore } from '../../store/useAppStore';
import { EditingLimitField } from './EditingLimitField';
import { ManualMinutesField } from './ManualMinutesField';
import { OperationsTable } from './OperationsTable';
import { ReviewsTable } from './ReviewsTable';
import { StageMetricsTable, type KindsPresent } from './StageMetricsTable';
import { TestResultsTable } from './TestResultsTable';
import { WeeklyFiguresTable } from './WeeklyFiguresTable';

/** The pilot metrics of the plan: per stage and week (and group), the test results, and what did not fit anywhere. */
export function MetricsSection() {
  const headingId = useId();
  const metrics = useAppStore((s) => s.pilotMetrics);
  const status = useAppStore((s) => s.pilotMetricsStatus);
  const error = useAppStore((s) => s.pilotMetricsError);
  const limit = useAppStore((s) => s.plan?.editingShareLimit ?? 15);
  const imports = useAppStore((s) => s.plan?.imports);
  const files = useMemo(() => new Map((imports ?? []).map((r) => [r.id, r.fileName])), [imports]);
  const unavailable = useAppStore(selectUnavailableImports);
  const notice = unavailableNotice(unavailable);

  const first = metrics?.stages[0]?.total;
  const kinds: KindsPresent = { usage: !!first?.adoption, quality: !!first?.quality, satisfaction: !!first?.satisfaction };
  const anyTimed = kinds.usage || kinds.quality || kinds.satisfaction;

  return (
    <section className="card" aria-labelledby={headingId} aria-busy={status === 'loading'}>
      <div className="metrics-head">
        <div>
          <h2 id={headingId}>Pilot metrics</h2>
          <p className="lede">
            Computed from the imported rows. Changing a stage’s dates or enrolled users, the editing limit or the minutes a task takes by hand updates them at once.
          </p>
        </div>
        <div className="metrics-settings">
          <EditingLimitField />
          <ManualMinutesField />
        </div>
      </div>
      {status === 'loading' && (
        <p className="loading-note" role="status">
          <Icon name="loader" className="spin" />
          Loading the imported rows…
        </p>
      )}
      {status === 'error' && (
        <p className="callout callout-danger" role="alert">
          <Icon name="x-circle" />
          <span>{error}</span>
        </p>
      )}
      {notice !== null && (
        <p className="callout callout-warning" role="status" aria-label="Files not in these figures">
          <Icon name="alert" />
          <span>{notice}</span>
        </p>
      )}
      {status !== 'loading' && !metrics && <p className="muted">No pilot data yet: import a file to see adoption, quality, satisfaction and operations per stage and week.</p>}
      {metrics && metrics.warnings.length > 0 && (
        <div className="callout callout-warning" role="status">
          <Icon name="alert" />
          <div>
            <p>
              <strong>Rows not counted, or counted with care</strong>
            </p>
            <ul className="metrics-warnings" aria-label="Pilot data warnings">
              {metrics.warnings.map((w) => (
                <li key={`${w.code}/${w.kind ?? ''}`}>{w.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {metrics && anyTimed && metrics.stages.map((stage) => <StageMetricsTable key={stage.stageId} stage={stage} kinds={kinds} editingLimit={limit} />)}
      {metrics && first?.operations && metrics.stages.map((stage) => <OperationsTable key={`ops-${stage.stageId}`} stage={stage} />)}
      {metrics && (first?.reviews || first?.shadow) && metrics.stages.map((stage) => <ReviewsTable key={`rev-${stage.stageId}`} stage={stage} />)}
      {metrics?.figures && metrics.stages.map((stage) => <WeeklyFiguresTable key={`fig-${stage.stageId}`} stage={stage} figures={metrics.figures ?? []} files={files} />)}
      {metrics?.tests && <TestResultsTable tests={metrics.tests} />}
    </section>
  );
}
