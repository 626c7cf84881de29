import { useAppStore } from '../store/useAppStore';
import { Icon } from './Icon';

/** What the app did on the user's behalf at start-up (a damaged record set aside, an old plan updated). */
export function StartupNotices() {
  const notices = useAppStore((s) => s.notices);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Start-up notices">
      {notices.map((notice, index) => (
        <div key={`${notice.kind}-${notice.message}`} className={`notice notice-${notice.kind}`}>
          <Icon name={notice.kind === 'migrated' ? 'check-circle' : 'alert'} />
          {/* They arrive after start-up: a live role makes screen readers say them; a set-aside record is urgent. */}
          <p role={notice.kind === 'migrated' ? 'status' : 'alert'}>{notice.message}</p>
          <button type="button" className="icon-button small" aria-label="Dismiss notice" onClick={() => dismissNotice(index)}>
            <Icon name="x" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
