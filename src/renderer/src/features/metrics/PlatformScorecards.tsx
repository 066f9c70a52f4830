import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { PlatformComparison } from './PlatformComparison';
import { usePlatformScorecards } from './queries';
import { ScorecardCard } from './ScorecardCard';

/**
 * The home dashboard's yardsticks per platform (response time per channel, attitude, problem solving,
 * official channels), then the platforms side by side.
 */
export function PlatformScorecards() {
  const { t } = useTranslation();
  const scorecards = usePlatformScorecards();
  if (scorecards.isError) return <ErrorMessage error={scorecards.error} />;
  const cards = scorecards.data ?? [];
  if (cards.length === 0) return null;
  return (
    <section className="scorecards" aria-labelledby="scorecards-title">
      <div className="scorecards__head">
        <h2 id="scorecards-title">{t('scorecards.title')}</h2>
        <p className="muted small">{t('scorecards.intro')}</p>
      </div>
      <ul className="scorecards__list">
        {cards.map((card) => (
          <li key={card.platformId}>
            <ScorecardCard card={card} />
          </li>
        ))}
      </ul>
      {cards.length > 1 ? <PlatformComparison cards={cards} /> : null}
    </section>
  );
}
