import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

export type ShortHashProps = {
  readonly hash: string;
  readonly fileName: string;
};

/** The first 12 hex digits of a SHA-256; the whole hash on hover, and a button that copies it. */
export function ShortHash({ hash, fileName }: ShortHashProps) {
  const showToast = useAppStore((s) => s.showToast);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(hash);
      showToast({ message: `Copied the SHA-256 of “${fileName}”.` });
    } catch {
      showToast({ tone: 'error', message: `Could not copy. The SHA-256 of “${fileName}” is ${hash}.` });
    }
  };
  return (
    <span className="short-hash">
      <code title={hash}>{hash.slice(0, 12)}…</code>
      <button type="button" className="icon-button small" aria-label={`Copy SHA-256 of ${fileName}`} onClick={() => void copy()}>
        <Icon name="copy" size={13} />
      </button>
    </span>
  );
}
