import { useTranslation } from 'react-i18next';
import { AUTHORS, CHANNEL_KINDS, TICKET_STATUSES, type Author, type ChannelKind, type TicketStatus } from '@shared/domain';
import { SelectField, TextField } from '@renderer/components/fields';
import { usePlatforms } from '@renderer/features/platforms/queries';
import { hasFilters, NO_FILTERS, type SearchFilters } from './searchFilters';

/** Narrow the search: platform, ticket status, channel, who wrote it, and a date range. */
export function SearchFiltersForm({ value, onChange }: { value: SearchFilters; onChange: (f: SearchFilters) => void }) {
  const { t } = useTranslation();
  const platforms = usePlatforms();
  const set = <K extends keyof SearchFilters>(key: K, v: SearchFilters[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      <SelectField label={t('search.platform')} value={value.platformId} onChange={(e) => set('platformId', e.target.value)}>
        <option value="">{t('search.any')}</option>
        {(platforms.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('search.status')} value={value.status} onChange={(e) => set('status', e.target.value as TicketStatus | '')}>
        <option value="">{t('search.any')}</option>
        {TICKET_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('search.channel')} value={value.channel} onChange={(e) => set('channel', e.target.value as ChannelKind | '')}>
        <option value="">{t('search.any')}</option>
        {CHANNEL_KINDS.map((c) => (
          <option key={c} value={c}>
            {t(`channelKind.${c}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('search.author')} value={value.author} onChange={(e) => set('author', e.target.value as Author | '')}>
        <option value="">{t('search.any')}</option>
        {AUTHORS.map((a) => (
          <option key={a} value={a}>
            {t(`author.${a}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('search.from')} type="date" value={value.from} max={value.to || undefined} onChange={(e) => set('from', e.target.value)} />
      <TextField label={t('search.to')} type="date" value={value.to} min={value.from || undefined} onChange={(e) => set('to', e.target.value)} />
      {hasFilters(value) ? (
        <button type="button" className="button button--small search-filters__clear" onClick={() => onChange(NO_FILTERS)}>
          {t('search.clearFilters')}
        </button>
      ) : null}
    </fieldset>
  );
}
