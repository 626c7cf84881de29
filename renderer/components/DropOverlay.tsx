import { Icon } from './Icon';

/** Shown while a file is dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-box">
        <Icon name="upload" size={28} />
        <p>Drop a plan file (.json) or pilot data (.csv) to import it</p>
      </div>
    </div>
  );
}
