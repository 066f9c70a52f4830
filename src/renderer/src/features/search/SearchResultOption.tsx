import { useTranslation } from 'react-i18next';
import type { SearchResult } from '@shared/domain';
import { HighlightedText } from '@renderer/components/HighlightedText';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime, formatExact } from '@renderer/lib/dates';

interface SearchResultOptionProps {
  id: string;
  result: SearchResult;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
}

/** One result: where it is (ticket, platform, what kind, when), then the snippet with the hits marked. */
export function SearchResultOption({ id, result, active, onHover, onOpen }: SearchResultOptionProps) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-result ${active ? 'search-result--active' : ''}`}
      onMouseMove={active ? undefined : onHover}
      onClick={onOpen}
      ref={(element) => {
        if (active) element?.scrollIntoView({ block: 'nearest' });
      }}
    >
      <span className="search-result__where">
        <span className="search-result__title">{result.ticketTitle}</span>
        <span className="search-result__platform">{result.platformName}</span>
        <span className="badge badge--neutral search-result__kind">{t(`search.kinds.${result.kind}`)}</span>
        {result.occurredAt ? (
          <time className="search-result__time" dateTime={result.occurredAt} title={formatExact(result.occurredAt)}>
            {formatDateTime(result.occurredAt, dateLocale)}
          </time>
        ) : null}
      </span>
      <HighlightedText className="search-result__snippet" text={result.snippet} ranges={result.highlights} />
    </li>
  );
}
