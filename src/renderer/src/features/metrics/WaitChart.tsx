import { useTranslation } from 'react-i18next';
import type { Wait } from '@shared/domain';
import { formatDuration } from './formatDuration';

/** At most this many bars: the latest waits. */
const MAX_BARS = 24;
const WIDTH = 300;
const HEIGHT = 120;
const TOP = 16;
const BOTTOM = 18;

/**
 * Each wait for an answer as a bar, oldest first, the open one (still waiting) hatched. Plain SVG: a
 * handful of rectangles do not need a chart library. Bars carry their value as text and as a tooltip.
 */
export function WaitChart({ waits, currentSeconds }: { waits: readonly Wait[]; currentSeconds: number | null }) {
  const { t } = useTranslation();
  if (waits.length === 0) return null;
  const shown = waits.slice(-MAX_BARS);
  const offset = waits.length - shown.length;
  const values = shown.map((w) => (w.toEntryId === null && currentSeconds !== null ? currentSeconds : w.seconds));
  const max = Math.max(60, ...values);
  const slot = WIDTH / shown.length;
  const barWidth = Math.min(36, slot * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  const labelEvery = shown.length <= 8 ? 1 : Math.ceil(shown.length / 6);
  const summary = values.map((v) => formatDuration(v, t)).join(', ');

  return (
    <figure className="wait-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('metrics.chartLabel', { count: shown.length, values: summary })}
        className="wait-chart__svg"
      >
        <defs>
          <pattern id="wait-open" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="6" className="wait-chart__hatch" />
          </pattern>
        </defs>
        <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="wait-chart__axis" />
        {shown.map((wait, i) => {
          const value = values[i]!;
          const h = Math.max(2, (value / max) * plot);
          const x = i * slot + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - h;
          const open = wait.toEntryId === null;
          const label = i % labelEvery === 0 || i === shown.length - 1 || value === max;
          return (
            <g key={wait.fromEntryId} className={open ? 'wait-chart__bar wait-chart__bar--open' : 'wait-chart__bar'}>
              <title>
                {t(open ? 'metrics.barOpen' : 'metrics.bar', {
                  n: offset + i + 1,
                  duration: formatDuration(value, t),
                  channel: wait.channel ? t(`channelKind.${wait.channel}`) : t('metrics.noChannel'),
                })}
              </title>
              <rect x={x} y={y} width={barWidth} height={h} rx="2" fill={open ? 'url(#wait-open)' : undefined} />
              {label ? (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="wait-chart__value">
                  {formatDuration(value, t, true)}
                </text>
              ) : null}
              {label ? (
                <text x={x + barWidth / 2} y={HEIGHT - 4} textAnchor="middle" className="wait-chart__index">
                  {open ? t('metrics.now') : offset + i + 1}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        {waits.length > shown.length
          ? t('metrics.chartCaptionSome', { shown: shown.length, count: waits.length })
          : t('metrics.chartCaption')}
      </figcaption>
    </figure>
  );
}
