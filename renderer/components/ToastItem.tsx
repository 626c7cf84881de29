import { useEffect, useState } from 'react';
import type { Toast } from '../store/ui-slice';
import { useAppStore } from '../store/useAppStore';
import { Icon } from './Icon';

export type ToastItemProps = {
  readonly toast: Toast;
};

/** Long enough to reach Undo; paused while the pointer or focus is on the toast. */
const lifetime = (toast: Toast): number => (toast.tone === 'error' ? 15_000 : toast.undo ? 10_000 : 5_000);

export function ToastItem({ toast }: ToastItemProps) {
  const dismissToast = useAppStore((s) => s.dismissToast);
  const undoToast = useAppStore((s) => s.undoToast);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismissToast(toast.id), lifetime(toast));
    return () => clearTimeout(timer);
  }, [paused, toast, dismissToast]);

  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon name={toast.tone === 'error' ? 'alert' : 'check-circle'} />
      <span className="toast-message">{toast.message}</span>
      {toast.undo && (
        <button type="button" className="button small toast-undo" onClick={() => void undoToast(toast.id)}>
          Undo
        </button>
      )}
      <button type="button" className="icon-button small" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
        <Icon name="x" size={14} />
      </button>
    </div>
  );
}
