import type { ChainCheck } from '../../../shared/decisions/chain';
import { formatTimestamp } from '../../format/dates';
import type { ReportModel } from '../../../shared/report/report-model';
import { AppendixPart } from './AppendixPart';
import { BottomLinePart } from './BottomLinePart';
import { ChartKey } from './ChartKey';
import { CommunicationPart } from './CommunicationPart';
import { DecisionsPart } from './DecisionsPart';
import { IncidentsPart } from './IncidentsPart';
import { ReadinessPart } from './ReadinessPart';
import { ReportSection } from './ReportSection';
import { RunningHeader } from './RunningHeader';
import { SignOffPart } from './SignOffPart';
import { StageBlock } from './StageBlock';
import { SystemPart } from './SystemPart';
import { ThresholdsPart } from './ThresholdsPart';
import { ValuePart } from './ValuePart';

export type ReportDocumentProps = {
  readonly model: ReportModel;
  /** The decision log's chain check, verified before printing: its length and head hash go on the page. */
  readonly chain?: ChainCheck | null;
  /** Set while the plan is changed outside the app and not accepted: said on paper above everything else. */
  readonly changedOutside?: { readonly lastSavedAt: string | null } | null;
};

/**
 * The stakeholder summary as a document: the same markup is the paper-like preview on screen
 * and the printed pages. The frame is a one-column table because Chromium repeats a table's
 * header and footer rows on every printed page: empty ones there reserve the room the fixed
 * running header and footer take.
 */
export function ReportDocument({ model, chain = null, changedOutside = null }: ReportDocumentProps) {
  return (
    <article className="report-sheet" aria-label={model.title}>
      <RunningHeader running={model.running} />
      <table className="report-frame" role="presentation">
        <thead>
          <tr>
            <td>
              <div className="report-frame-space report-frame-top" />
            </td>
          </tr>
        </thead>
        <tfoot>
          <tr>
            <td>
              <div className="report-frame-space report-frame-bottom" />
            </td>
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>
              <header className="report-title">
                <p className="report-kicker">{model.title}</p>
                <h1 className="report-h1">{model.system.name}</h1>
              </header>
              {changedOutside && (
                <p className="report-changed">
                  Changed outside the app and not accepted: this plan as stored no longer matches the seal the app saved with it
                  {changedOutside.lastSavedAt === null ? '' : ` when it last saved it (${formatTimestamp(changedOutside.lastSavedAt)})`}. The app cannot
                  tell what changed, so the figures and verdicts below may rest on values it did not record.
                </p>
              )}
              <BottomLinePart bottomLine={model.bottomLine} risks={model.risks} risksEmptyText={model.risksEmptyText} />
              <SystemPart model={model} />
              <ReadinessPart readiness={model.readiness} />
              <ThresholdsPart thresholds={model.thresholds} />
              <ReportSection title="Rollout stages" className="report-stages">
                {model.stages.length === 0 ? (
                  <p className="report-empty">{model.stagesEmptyText}</p>
                ) : (
                  <>
                    {model.stages.some((stage) => stage.charts.length > 0) && <ChartKey />}
                    {model.stages.map((stage) => (
                      <StageBlock key={stage.number} stage={stage} />
                    ))}
                  </>
                )}
              </ReportSection>
              <IncidentsPart incidents={model.incidents} />
              {model.value && <ValuePart value={model.value} />}
              <DecisionsPart decisions={model.decisions} emptyText={model.decisionsEmptyText} note={model.decisionsNote} chain={chain} />
              <CommunicationPart rows={model.communication} emptyText={model.communicationEmptyText} />
              <SignOffPart rows={model.signOff} />
              {model.appendix && <AppendixPart appendix={model.appendix} />}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
