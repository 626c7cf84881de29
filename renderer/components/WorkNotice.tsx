import { useAppStore } from '../store/useAppStore';
import { Icon } from './Icon';

/** What the app is busy with for the user (a plan file being imported), above the toasts until it ends. */
export function WorkNotice() {
  const work = useAppStore((s) => s.work);
  return (
    <>
      {work.map((item) => (
        <div key={item.id} className="toast toast-work" role="status">
          <Icon name="loader" className="spin" />
          <span className="toast-message">{item.message}</span>
        </div>
      ))}
    </>
  );
}
