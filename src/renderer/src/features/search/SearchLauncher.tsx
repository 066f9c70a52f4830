import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIMARY_KEY_LABEL } from '@renderer/features/shortcuts/shortcuts';
import { NO_FILTERS, type SearchFilters } from './searchFilters';
import { SearchDialog } from './SearchDialog';
import { useSearchShortcut } from './useSearchShortcut';

/**
 * The search field at the top of the sidebar: a button that looks like one and opens the search dialog
 * (Ctrl/⌘+K from anywhere). The query and filters are kept between openings.
 */
export function SearchLauncher() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  useSearchShortcut(() => setOpen(true));

  return (
    <>
      <button
        type="button"
        className="search-launcher"
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.35-4.35" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-launcher__text">{query || t('search.launcher')}</span>
        <kbd className="search-launcher__keys" aria-hidden="true">
          {PRIMARY_KEY_LABEL} K
        </kbd>
      </button>
      {open ? (
        <SearchDialog
          query={query}
          filters={filters}
          onQueryChange={setQuery}
          onFiltersChange={setFilters}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
