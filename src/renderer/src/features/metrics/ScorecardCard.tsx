import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformScorecard } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';
import { ChannelBars } from './ChannelBars';

/** One platform's four yardsticks. A rating nobody gave yet says so rather than showing a zero. */
export function ScorecardCard({ card }: { card: PlatformScorecard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const titleId = useId();
  const rating = (value: number | null) =>
    value === null ? (
      <span className="muted">{t('scorecards.notRated')}</span>
    ) : (
      t('scorecards.rating', { value: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value) })
    );
  return (
    <article className="scorecard" aria-labelledby={titleId}>
      <header className="scorecard__head">
        <h3 id={titleId} className="scorecard__name">
          {card.platformName}
        </h3>
        <span className="muted small">{t('scorecards.tickets', { count: card.tickets })}</span>
      </header>
      <div className="scorecard__section">
        <h4 className="scorecard__label">{t('scorecards.response')}</h4>
        <ChannelBars rows={card.responseByChannel} />
      </div>
      <dl className="scorecard__facts">
        <div>
          <dt>{t('scorecards.attitude')}</dt>
          <dd>{rating(card.attitude)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.problemSolving')}</dt>
          <dd>{rating(card.problemSolving)}</dd>
        </div>
        <div>
          <dt>{t('scorecards.officialChannels')}</dt>
          <dd>{card.officialChannels}</dd>
        </div>
      </dl>
    </article>
  );
}
