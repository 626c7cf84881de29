import { useAppStore } from '../store/useAppStore';
import { ToastItem } from './ToastItem';

/** Bottom-right notifications; each toast is its own live region so it is announced once. */
export function ToastRegion() {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <section className="toasts" aria-label="Notifications">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </section>
  );
}
