import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Clock } from '@shared/followUp';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { formatDuration } from '@renderer/features/metrics/formatDuration';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/useNow';
import { readClock, stateAt, type ClockReading } from './clockDisplay';
import { ClockStateBadge } from './ClockStateBadge';
import { DueDate } from './DueDate';

function readingText(reading: ClockReading, t: TFunction): string {
  const duration = formatDuration(reading.seconds, t);
  switch (reading.kind) {
    case 'elapsed':
      return t(reading.paused ? 'clocks.elapsedPaused' : 'clocks.elapsed', { duration });
    case 'remaining':
      return t(reading.paused ? 'clocks.remainingPaused' : 'clocks.remaining', { duration });
    case 'overdue':
      return t('clocks.overdueBy', { duration });
  }
}

/**
 * A clock's state badge, how much time is left (or gone), and its due date with the explanation on
 * hover. Re-renders with the shared 30-second clock, so the figures stay current without refetching.
 */
export function ClockSummary({ clock, computedAt }: { clock: Clock; computedAt: string }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const now = useNow();
  const state = stateAt(clock, now);
  const reading = readClock(clock, computedAt, now);

  return (
    <div className={`clock-summary clock-summary--${state}`}>
      <div className="clock-summary__line">
        <ClockStateBadge state={state} />
        <span className="clock-summary__reading">{readingText(reading, t)}</span>
      </div>
      {clock.dueAt ? (
        <DueDate dueAt={clock.dueAt} explanation={clock.explanation}>
          {t('clocks.due', { time: formatDateTime(clock.dueAt, dateLocale) })}
        </DueDate>
      ) : (
        <p className="clock-summary__started muted small">
          <TimeStamp iso={clock.startedAt} display={(iso) => t('clocks.started', { time: formatDateTime(iso, dateLocale) })} />
        </p>
      )}
      {clock.pausedSeconds >= 60 ? (
        <p className="muted small">{t('clocks.pausedFor', { duration: formatDuration(clock.pausedSeconds, t) })}</p>
      ) : null}
    </div>
  );
}
