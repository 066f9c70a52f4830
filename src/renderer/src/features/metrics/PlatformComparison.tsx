import { useTranslation } from 'react-i18next';
import type { ChannelKind, PlatformScorecard } from '@shared/domain';
import { formatDuration } from './formatDuration';

/**
 * The platforms side by side, one group per channel (a chat and an e-mail answer are not comparable):
 * a bar per platform for its median response there, and the ratings in a table below.
 */
export function PlatformComparison({ cards }: { cards: readonly PlatformScorecard[] }) {
  const { t } = useTranslation();
  const channels = [...new Set(cards.flatMap((c) => c.responseByChannel.filter((r) => r.medianSeconds !== null).map((r) => r.channel)))];
  const medianOf = (card: PlatformScorecard, channel: ChannelKind | null) =>
    card.responseByChannel.find((r) => r.channel === channel)?.medianSeconds ?? null;
  return (
    <section className="comparison" aria-labelledby="comparison-title">
      <h3 id="comparison-title" className="comparison__title">
        {t('scorecards.comparison')}
      </h3>
      {channels.length === 0 ? <p className="muted small">{t('scorecards.comparisonEmpty')}</p> : null}
      {channels.map((channel) => {
        const max = Math.max(60, ...cards.map((c) => medianOf(c, channel) ?? 0));
        return (
          <div key={channel ?? 'none'} className="comparison__group">
            <h4 className="scorecard__label">{channel ? t(`channelKind.${channel}`) : t('metrics.noChannel')}</h4>
            <ul className="hbars">
              {cards.map((card) => {
                const median = medianOf(card, channel);
                return (
                  <li key={card.platformId} className="hbars__row">
                    <span className="hbars__label">{card.platformName}</span>
                    <span className="hbars__track" aria-hidden="true">
                      {median !== null ? <span className="hbars__bar" style={{ width: `${Math.max(3, (median / max) * 100)}%` }} /> : null}
                    </span>
                    <span className="hbars__value">{median === null ? t('metrics.notYet') : formatDuration(median, t)}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <table className="comparison__table">
        <thead>
          <tr>
            <th scope="col">{t('scorecards.platform')}</th>
            <th scope="col">{t('scorecards.attitude')}</th>
            <th scope="col">{t('scorecards.problemSolving')}</th>
            <th scope="col">{t('scorecards.officialChannels')}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.platformId}>
              <th scope="row">{card.platformName}</th>
              <td>{card.attitude === null ? t('scorecards.notRated') : card.attitude.toFixed(1)}</td>
              <td>{card.problemSolving === null ? t('scorecards.notRated') : card.problemSolving.toFixed(1)}</td>
              <td>{card.officialChannels}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
