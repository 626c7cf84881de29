import { useEffect, useMemo } from 'react';
import { buildReportModel } from '../../../shared/report/build-report-model';
import { Icon } from '../../components/Icon';
import { selectReadiness } from '../../store/plan-edit-selectors';
import { selectDataWarningTexts, selectNotCounted, selectObservationLookup, selectUnreadableImportIds } from '../../store/pilot-data-selectors';
import { selectStageEvaluations } from '../../store/stages-selectors';
import { selectJudgedThresholds, selectThresholdMeasurements, selectThresholdTally } from '../../store/thresholds-selectors';
import { useAppStore } from '../../store/useAppStore';
import { useDecisionLog } from '../decisions/useDecisionLog';
import { PaperStyle } from './PaperStyle';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar } from './ReportToolbar';
import '../../styles/report-screen.css';
import '../../styles/report-tables.css';
import '../../styles/report-stages.css';
import '../../styles/report-signoff-appendix.css';
import '../../styles/report-stage-results.css';
import '../../styles/report-sections.css';
import '../../styles/print.css';
import '../../styles/report-bottom-line.css';
import { selectValueSummary } from '../../store/value-selectors';

/** The stakeholder summary (SPEC §8): a paper-like preview of exactly what prints. */
export function ReportScreen() {
  const plan = useAppStore((s) => s.plan);
  const readiness = useAppStore(selectReadiness);
  const tally = useAppStore(selectThresholdTally);
  const thresholds = useAppStore(selectJudgedThresholds);
  const measurements = useAppStore(selectThresholdMeasurements);
  const evaluations = useAppStore(selectStageEvaluations);
  const lookup = useAppStore(selectObservationLookup);
  const value = useAppStore(selectValueSummary);
  const unreadableImports = useAppStore(selectUnreadableImportIds);
  const dataWarnings = useAppStore(selectDataWarningTexts);
  const notCounted = useAppStore(selectNotCounted);
  const paper = useAppStore((s) => s.reportPaper);
  const appendix = useAppStore((s) => s.reportAppendix);
  const generatedAt = useAppStore((s) => s.reportGeneratedAt);
  const stampReport = useAppStore((s) => s.stampReport);
  const pilotStatus = useAppStore((s) => s.pilotMetricsStatus);
  const log = useDecisionLog();
  const chain = useAppStore((s) => (s.plan !== null && s.decisionsPlanId === s.plan.id ? s.decisionsCheck : null));
  const changedOutside = useAppStore((s) => s.plans.find((p) => p.id === s.plan?.id)?.changedOutsideApp ?? null);

  // Opening the summary generates it: the time on the page is the time it was looked at.
  useEffect(() => stampReport(), [stampReport]);

  const model = useMemo(
    () =>
      plan && readiness && lookup && log.status === 'ready'
        ? buildReportModel(
            // Thresholds as judged: measured from the pilot data where they carry the metric.
            { ...plan, thresholds: [...thresholds] },
            { readiness, tally, stageEvaluations: evaluations, decisions: log.decisions, lookup, generatedAt, appendix, thresholdMeasurements: measurements, value, unreadableImports, dataWarnings, notCounted },
          )
        : null,
    [plan, thresholds, measurements, readiness, tally, evaluations, log.decisions, log.status, lookup, generatedAt, appendix, value, unreadableImports, dataWarnings, notCounted],
  );

  if (!plan) return null;
  return (
    <div className="report-screen">
      <ReportToolbar />
      {pilotStatus === 'loading' && (
        <p className="callout small report-toolbar-note" role="status">
          <Icon name="loader" className="spin" />
          Reading the pilot data: the stage figures follow in a moment.
        </p>
      )}
      {log.status === 'error' && (
        <p className="callout callout-warning report-toolbar-note" role="alert">
          <Icon name="alert" />
          <span>The decision log could not be read ({log.error}); the summary needs it.</span>
          <button type="button" className="button small" onClick={log.retry}>
            Retry
          </button>
        </p>
      )}
      <PaperStyle paper={paper} />
      <div className={`report-preview paper-${paper.toLowerCase()}`}>
        {model ? <ReportDocument model={model} chain={chain} changedOutside={changedOutside} /> : <p className="loading">Preparing the summary…</p>}
      </div>
    </div>
  );
}
