interface ProgressBarProps {
  /** Accessible name ("Upload of x.png"). */
  label: string;
  /** 0…1; null while the total is unknown (indeterminate). */
  fraction: number | null;
  /** The value in words for screen readers ("3 of 10 files"). */
  valueText?: string;
  className?: string;
}

/** A progress bar that says its value: role=progressbar with aria-valuenow in percent. */
export function ProgressBar({ label, fraction, valueText, className = '' }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div
      className={`progress ${percent === null ? 'progress--indeterminate' : ''} ${className}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
    >
      <div className="progress__bar" style={{ width: percent === null ? undefined : `${percent}%` }} />
    </div>
  );
}
