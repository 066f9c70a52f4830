import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '@shared/domain';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { openResult } from './openResult';
import { useSearch } from './queries';
import { hasFilters, NO_FILTERS, type SearchFilters } from './searchFilters';
import { SearchFiltersForm } from './SearchFiltersForm';
import { SearchResults } from './SearchResults';

interface SearchDialogProps {
  query: string;
  filters: SearchFilters;
  onQueryChange: (query: string) => void;
  onFiltersChange: (filters: SearchFilters) => void;
  onClose: () => void;
}

/**
 * Find anything: results as you type, across tickets, messages, call summaries and evidence descriptions,
 * in Chinese or English. ↑/↓ choose a result, Enter opens it at the entry, Escape closes.
 */
export function SearchDialog({ query, filters, onQueryChange, onFiltersChange, onClose }: SearchDialogProps) {
  const { t } = useTranslation();
  const search = useSearch(query, filters);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = search.data?.results ?? [];
  const shown = query.trim() !== '' && search.settledQuery !== '' ? results : [];
  const current = Math.min(active, Math.max(0, shown.length - 1));

  const open = (result: SearchResult | undefined) => {
    if (!result) return;
    onClose();
    openResult(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(shown[current]);
    }
  };

  return (
    <Dialog title={t('search.title')} onClose={onClose} size="wide">
      <div className="search">
        <div className="field search__field">
          <label htmlFor={`${listId}-q`} className="visually-hidden">
            {t('search.label')}
          </label>
          <input
            id={`${listId}-q`}
            type="text"
            enterKeyHint="search"
            role="combobox"
            aria-expanded={shown.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={shown.length > 0 ? `${listId}-${current}` : undefined}
            className="search__input"
            value={query}
            maxLength={500}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            onChange={(e) => {
              onQueryChange(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <SearchFiltersForm
          value={filters}
          onChange={(next) => {
            onFiltersChange(next);
            setActive(0);
          }}
        />
        <ErrorMessage error={search.error} />
        <SearchResults
          id={listId}
          query={search.settledQuery}
          results={shown}
          active={current}
          pending={query.trim() !== '' && (search.isFetching || query.trim() !== search.settledQuery)}
          empty={query.trim() === ''}
          filtered={hasFilters(filters)}
          onClearFilters={() => onFiltersChange(NO_FILTERS)}
          onHover={setActive}
          onOpen={open}
        />
      </div>
    </Dialog>
  );
}
