import { useState } from 'react';
import type { ImportConflictChoice, ImportOutcome } from '../../shared/api';
import { formatTimestamp } from '../format/dates';
import { useAppStore } from '../store/useAppStore';
import { Modal } from './Modal';

export type ImportConflictDialogProps = {
  /** The chosen file's handle: answering reads the same file, already checked. */
  readonly token: string;
  readonly conflict: Extract<ImportOutcome, { status: 'conflict' }>;
  readonly onClose: () => void;
};

/** An imported plan has the id of one already here: never overwrite without asking. */
export function ImportConflictDialog({ token, conflict, onClose }: ImportConflictDialogProps) {
  const importPlanFile = useAppStore((s) => s.importPlanFile);
  const [busy, setBusy] = useState(false);
  const choose = (choice: ImportConflictChoice): void => {
    setBusy(true);
    void importPlanFile(token, choice).finally(() => setBusy(false));
  };
  const { existing, incoming } = conflict;

  return (
    <Modal
      role="alertdialog"
      title="This plan is already here"
      onClose={onClose}
      description={
        <p>
          A plan with this id already exists: <strong>{existing.name}</strong> (revision {existing.revision}, changed{' '}
          {formatTimestamp(existing.updatedAt)}). The file holds <strong>{incoming.name}</strong> (revision{' '}
          {incoming.revision}, changed {formatTimestamp(incoming.updatedAt)}).
        </p>
      }
    >
      <div className="modal-footer stacked">
        <button type="button" className="button primary" data-autofocus disabled={busy} onClick={() => choose('copy')}>
          Keep both (import as a copy)
        </button>
        <button type="button" className="button danger-outline" disabled={busy} onClick={() => choose('replace')}>
          Replace the existing plan
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
