import { useAppStore } from '../store/useAppStore';
import { DeletePlanDialog } from './DeletePlanDialog';
import { DiscardUnsavedDialog } from './DiscardUnsavedDialog';
import { ErrorDialog } from './ErrorDialog';
import { ImportConflictDialog } from './ImportConflictDialog';
import { NewPlanDialog } from './NewPlanDialog';
import { RenamePlanDialog } from './RenamePlanDialog';
import { SamplePlanDialog } from './SamplePlanDialog';

/** Shows the one dialog the store says is open. */
export function DialogHost() {
  const dialog = useAppStore((s) => s.dialog);
  const closeDialog = useAppStore((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new-plan':
      return <NewPlanDialog onClose={closeDialog} />;
    case 'sample-plan':
      return <SamplePlanDialog onClose={closeDialog} />;
    case 'rename-plan':
      return <RenamePlanDialog onClose={closeDialog} />;
    case 'delete-plan':
      return <DeletePlanDialog onClose={closeDialog} />;
    case 'import-conflict':
      return <ImportConflictDialog token={dialog.token} conflict={dialog.conflict} onClose={closeDialog} />;
    case 'discard-unsaved':
      return <DiscardUnsavedDialog onDiscard={dialog.discardAndClose} onClose={closeDialog} />;
    case 'error':
      return <ErrorDialog title={dialog.title} message={dialog.message} details={dialog.details} onClose={closeDialog} />;
  }
}
