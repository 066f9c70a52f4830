import { useTranslation } from 'react-i18next';
import type { SearchResult } from '@shared/domain';
import { SearchResultOption } from './SearchResultOption';

interface SearchResultsProps {
  id: string;
  /** The query the results are for. */
  query: string;
  results: readonly SearchResult[];
  active: number;
  pending: boolean;
  /** Nothing typed yet. */
  empty: boolean;
  filtered: boolean;
  onClearFilters: () => void;
  onHover: (index: number) => void;
  onOpen: (result: SearchResult) => void;
}

/** The results as a listbox (the search field moves through it), or what to try when there are none. */
export function SearchResults({ id, query, results, active, pending, empty, filtered, onClearFilters, onHover, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <div className="search-results">
      <p className="search-results__status muted small" role="status" aria-live="polite">
        {empty
          ? ''
          : pending && results.length === 0
            ? t('search.searching')
            : results.length > 0
              ? t('search.count', { count: results.length })
              : ''}
      </p>
      {empty ? <p className="search-results__hint">{t('search.hint')}</p> : null}
      {!empty && !pending && results.length === 0 ? (
        <div className="search-results__none">
          <p>
            <strong>{t('search.noneTitle', { query })}</strong>
          </p>
          <ul className="search-results__tips">
            <li>{t('search.tipFewer')}</li>
            <li>{t('search.tipFragment')}</li>
            <li>{t('search.tipLanguage')}</li>
          </ul>
          {filtered ? (
            <button type="button" className="button button--small" onClick={onClearFilters}>
              {t('search.clearFilters')}
            </button>
          ) : null}
        </div>
      ) : null}
      <ul id={id} role="listbox" aria-label={t('search.results')} className="search-results__list" hidden={results.length === 0}>
        {results.map((result, index) => (
          <SearchResultOption
            key={`${result.kind}-${result.ticketId}-${result.entryId ?? ''}-${result.evidenceId ?? ''}-${index}`}
            id={`${id}-${index}`}
            result={result}
            active={index === active}
            onHover={() => onHover(index)}
            onOpen={() => onOpen(result)}
          />
        ))}
      </ul>
    </div>
  );
}
