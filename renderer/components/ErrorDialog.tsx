import { Modal } from './Modal';

export type ErrorDialogProps = {
  readonly title: string;
  readonly message: string;
  readonly details: readonly string[];
  readonly onClose: () => void;
};

/** A failure in plain words, with the technical details underneath for whoever helps. */
export function ErrorDialog({ title, message, details, onClose }: ErrorDialogProps) {
  return (
    <Modal role="alertdialog" size="small" title={title} onClose={onClose} description={<p>{message}</p>}>
      {details.length > 0 && (
        <div className="error-details">
          <h3>Details</h3>
          <ul>
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="modal-footer">
        <button type="button" className="button primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
