import { useTranslation } from 'react-i18next';
import type { PlatformScorecard } from '@shared/domain';
import { formatDuration } from './formatDuration';

type Row = PlatformScorecard['responseByChannel'][number];

/** Median response per channel as short horizontal bars, the slowest filling the width. */
export function ChannelBars({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const measured = rows.filter((r) => r.medianSeconds !== null);
  if (measured.length === 0) return <p className="muted small">{t('scorecards.noResponses')}</p>;
  const max = Math.max(...measured.map((r) => r.medianSeconds ?? 0), 60);
  return (
    <ul className="hbars hbars--stacked">
      {rows.map((row) => (
        <li key={row.channel ?? 'none'} className="hbars__row">
          <span className="hbars__label">{row.channel ? t(`channelKind.${row.channel}`) : t('metrics.noChannel')}</span>
          <span className="hbars__track" aria-hidden="true">
            {row.medianSeconds !== null ? (
              <span className="hbars__bar" style={{ width: `${Math.max(3, (row.medianSeconds / max) * 100)}%` }} />
            ) : null}
          </span>
          <span className="hbars__value">
            {row.medianSeconds === null ? t('metrics.notYet') : formatDuration(row.medianSeconds, t)}
            <span className="muted"> · {t('scorecards.answered', { count: row.answered })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
