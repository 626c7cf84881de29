export type ProgressBarProps = {
  /** 0–1, or null when nothing applies. */
  readonly value: number | null;
  readonly label: string;
  readonly valueText: string;
  readonly tone?: 'accent' | 'success' | 'danger';
};

/** A thin bar with its meaning in words for screen readers. */
export function ProgressBar({ value, label, valueText, tone = 'accent' }: ProgressBarProps) {
  const percent = value === null ? 0 : Math.round(value * 100);
  return (
    <div
      className={`progress progress-${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
