import { useState } from 'react';
import { useStoreApi } from '../store/useAppStore';
import { discardTitle, unsavedForms } from '../store/unsaved-forms';
import { Modal } from './Modal';

export type DiscardUnsavedDialogProps = {
  /** Forgets the forms and lets the window close (or the app quit). */
  readonly onDiscard: () => void;
  readonly onClose: () => void;
};

/** Asked when the window closes (or the app quits) with half-written forms: they are not saved, so closing loses them. */
export function DiscardUnsavedDialog({ onDiscard, onClose }: DiscardUnsavedDialogProps) {
  const store = useStoreApi();
  // Read once: the forms behind the dialog cannot change while it is open.
  const [forms] = useState(() => unsavedForms(store.getState()));
  return (
    <Modal
      role="alertdialog"
      size="small"
      title={discardTitle(forms)}
      onClose={onClose}
      description={<p>What you typed here is not saved yet, and closing the app now loses it:</p>}
    >
      <ul>
        {forms.map((form, index) => (
          // Two plans may share a name: the position tells the lines apart.
          <li key={index}>{form.text}.</li>
        ))}
      </ul>
      <div className="modal-footer">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Keep editing
        </button>
        <button type="button" className="button danger" onClick={onDiscard}>
          Discard and close
        </button>
      </div>
    </Modal>
  );
}
