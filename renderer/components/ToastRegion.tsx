import { useAppStore } from '../store/useAppStore';
import { ToastItem } from './ToastItem';
import { WorkNotice } from './WorkNotice';

/** Bottom-right notifications, work under way first; each toast is its own live region so it is announced once. */
export function ToastRegion() {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <section className="toasts" aria-label="Notifications">
      <WorkNotice />
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </section>
  );
}
