import { useTranslation } from 'react-i18next';
import type { Venue } from '@shared/followUp';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { ExternalLink } from './ExternalLink';
import { safeHttpUrl, shortUrl } from './externalLink';
import { regionLabel } from '@renderer/lib/regions';
import { fileTypeName, formatLimitBytes } from './uploadLimits';

/** One body that may take the complaint: who it covers, what it needs, its deadlines, limits and caveats, and where that comes from. */
export function VenueCard({ venue, onDelete }: { venue: Venue; onDelete?: (venue: Venue) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingId = `venue-${venue.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const covers = venue.covers[language] || venue.covers.en;
  const needs = venue.needs[language] || venue.needs.en;
  // A venue of the user's own cites its own website as its source: listing it twice says nothing more.
  const sources = venue.sources.filter((source) => safeHttpUrl(source) !== safeHttpUrl(venue.url));

  return (
    <article className={`venue-card venue-card--${venue.kind}`} aria-labelledby={headingId}>
      <header className="venue-card__head">
        <h3 id={headingId} className="venue-card__name">
          {venue.name[language] || venue.name.en}
        </h3>
        <span className="venue-card__badges">
          <span className="badge">{t(`escalation.venueKind.${venue.kind}`)}</span>
          <span className="badge badge--neutral">{regionLabel(venue.jurisdiction, language)}</span>
          {venue.builtIn ? null : <span className="badge badge--warn">{t('venues.mine')}</span>}
        </span>
      </header>
      <dl className="facts venue-card__facts">
        {covers ? (
          <>
            <dt>{t('venues.covers')}</dt>
            <dd className="pre-wrap">{covers}</dd>
          </>
        ) : null}
        {needs ? (
          <>
            <dt>{t('venues.needs')}</dt>
            <dd className="pre-wrap">{needs}</dd>
          </>
        ) : null}
        <dt>{t('venues.deadlines')}</dt>
        <dd>
          {venue.deadlines.length ? (
            <ul className="venue-card__deadlines">
              {venue.deadlines.map((deadline, i) => (
                <li key={i}>{deadline.text[language] || deadline.text.en}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('venues.noDeadlines')}</span>
          )}
        </dd>
        {venue.uploadLimits ? (
          <>
            <dt>{t('venues.uploadLimits')}</dt>
            <dd>
              {t('venues.uploadText', {
                count: venue.uploadLimits.maxFiles,
                size: formatLimitBytes(venue.uploadLimits.maxFileBytes, language),
                types: venue.uploadLimits.types.map(fileTypeName).join(', '),
              })}
            </dd>
          </>
        ) : null}
        <dt>{t('venues.website')}</dt>
        <dd>
          <ExternalLink href={venue.url}>{shortUrl(venue.url)}</ExternalLink>
        </dd>
      </dl>
      {venue.caveats.length ? (
        <ul className="venue-card__caveats" aria-label={t('venues.caveats')}>
          {venue.caveats.map((caveat, i) => (
            <li key={i}>
              <Icon name="warning" />
              <span>{caveat[language] || caveat.en}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="venue-card__foot">
        {sources.length ? (
          <p className="venue-card__sources">
            <span className="muted">{t('venues.sources')}: </span>
            {sources.map((source, i) => (
              <span key={source}>
                {i > 0 ? ', ' : null}
                <ExternalLink href={source}>{shortUrl(source)}</ExternalLink>
              </span>
            ))}
          </p>
        ) : null}
        {onDelete && !venue.builtIn ? (
          <button type="button" className="button button--small button--danger-quiet" onClick={() => onDelete(venue)}>
            <Icon name="trash" />
            {t('venues.delete')}
          </button>
        ) : null}
      </footer>
    </article>
  );
}
