import { useAppStore } from '../store/useAppStore';
import { Modal } from './Modal';

export type DeletePlanDialogProps = {
  readonly onClose: () => void;
};

/** Asks before deleting; the toast that follows still offers Undo. */
export function DeletePlanDialog({ onClose }: DeletePlanDialogProps) {
  const name = useAppStore((s) => s.plan?.name ?? '');
  const deleteCurrentPlan = useAppStore((s) => s.deleteCurrentPlan);

  return (
    <Modal
      role="alertdialog"
      size="small"
      title={`Delete “${name}”?`}
      onClose={onClose}
      description={
        <p>
          The plan, its checklist answers, thresholds and stages are removed from this computer. You can undo this right
          after; to keep a copy for later, export it first.
        </p>
      }
    >
      <div className="modal-footer">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => void deleteCurrentPlan()}
        >
          Delete plan
        </button>
      </div>
    </Modal>
  );
}
