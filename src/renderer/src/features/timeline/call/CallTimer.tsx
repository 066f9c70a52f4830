import { useTranslation } from 'react-i18next';
import { useSecondClock } from '@renderer/lib/useSecondClock';
import { formatElapsed } from './duration';

interface CallTimerProps {
  startedAt: number | null;
  running: boolean;
  onStart: () => void;
  onStop: (elapsedSeconds: number) => void;
  /** Shown while stopped: the duration Stop filled in. */
  stoppedText?: string;
}

/** mm:ss since Start, counted from the stored start time (so a re-render or reload never resets it). */
export function CallTimer({ startedAt, running, onStart, onStop, stoppedText }: CallTimerProps) {
  const { t } = useTranslation();
  const now = useSecondClock(running);
  const elapsed = running && startedAt !== null ? Math.max(0, Math.floor((now - startedAt) / 1000)) : 0;
  return (
    <div className="call-timer">
      <span className="call-timer__display" role="timer" aria-label={t('call.timer')} aria-live="off">
        {running ? formatElapsed(elapsed) : stoppedText || '00:00'}
      </span>
      {running ? (
        <button
          type="button"
          className="button button--small call-timer__stop"
          onClick={() => onStop(startedAt === null ? 0 : Math.max(0, Math.floor((Date.now() - startedAt) / 1000)))}
        >
          {t('call.stop')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={onStart}>
          {startedAt === null ? t('call.start') : t('call.restart')}
        </button>
      )}
    </div>
  );
}
