import { createPortal } from 'react-dom';
import { stageVerdictLabels, type StageVerdict } from '../../../shared/gates/stage-verdict';
import { decisionKindLabels } from '../../../shared/decisions/schema';
import type { DecisionInput } from '../../../shared/decisions/new-entry';
import { Modal } from '../../components/Modal';

export type OverrideConfirmDialogProps = {
  readonly stageLabel: string;
  readonly decision: DecisionInput['decision'];
  readonly recommendation: StageVerdict;
  /** The app's reasons for its recommendation, as shown in the form. */
  readonly reasons: readonly string[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};

/**
 * The second step of an override: says exactly what is being overridden and why the app
 * recommended otherwise, so nobody records one by a stray click. Cancelling changes nothing.
 */
export function OverrideConfirmDialog({ stageLabel, decision, recommendation, reasons, onConfirm, onCancel }: OverrideConfirmDialogProps) {
  const chosen = decisionKindLabels[decision].toLowerCase();
  const recommended = stageVerdictLabels[recommendation].toLowerCase();
  // In a portal, so the backdrop covers the whole window (the Modal traps Tab and says aria-modal).
  return createPortal(
    <Modal
      title="Record an override?"
      role="alertdialog"
      size="small"
      onClose={onCancel}
      description={
        <p>
          You are recording “{chosen}” for {stageLabel}, against the app’s recommendation “{recommended}”. The entry is
          marked as an override in the log and in the report.
        </p>
      }
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onCancel}>
            Go back
          </button>
          <button type="button" className="button primary" onClick={onConfirm}>
            Record override: {chosen}
          </button>
        </>
      }
    >
      {reasons.length > 0 && (
        <>
          <p className="hint">The app recommends “{recommended}” because:</p>
          <ul className="recommendation-reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
    </Modal>,
    document.body,
  );
}
